import type { Finding, Severity } from '../findings/finding';
import type { SheetSpec } from '../sheetSpec';

/** Name of the report sheet the product adds (and removes on clear). */
export const REPORT_SHEET_NAME = '校验报告';

/** Marker that starts every note the product writes (and the line above ours in a user's note); clear removes exactly these. */
export const COMMENT_MARKER = '【绩效表校验】';

/** What to write on one user cell that has findings: a fill and one comment listing them all. */
export interface CellAnnotation {
  sheet: string;
  cell: string;
  /** Worst severity of the cell's findings. */
  severity: Severity;
  /** Fill colour #RRGGBB for that severity. */
  fill: string;
  /** Comment text: one line per finding, `[CODE] message`. */
  comment: string;
  findings: Finding[];
}

/** Everything an adapter writes to annotate a workbook; adapters add nothing of their own. */
export interface AnnotationPlan {
  cells: CellAnnotation[];
  reportSheet: SheetSpec;
}
