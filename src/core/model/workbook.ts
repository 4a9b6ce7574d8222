import type { Finding } from '../findings/finding';
import type { ListTable, Project } from './project';
import type { SelfEvaluation } from './selfEval';

/**
 * Layouts a sheet can hold: target tables (list, list-rows, form, form-plan, department), filed
 * self-evaluations (self-eval, dept-self-eval), mid-year monitoring tables.
 */
export type SheetLayout =
  'list' | 'list-rows' | 'form' | 'form-plan' | 'department' | 'self-eval' | 'dept-self-eval' | 'monitoring';

/** What recognition found on one sheet. */
export interface SheetSummary {
  name: string;
  /** Layouts found on the sheet, in order of appearance. */
  layouts: SheetLayout[];
  projectCount: number;
  selfEvaluationCount: number;
  hidden?: boolean;
  protected?: boolean;
}

/** The typed model of a whole workbook. */
export interface RecognizedWorkbook {
  sheets: SheetSummary[];
  projects: Project[];
  /** 合计/小计 hierarchy of each list-form table. */
  listTables: ListTable[];
  selfEvaluations: SelfEvaluation[];
  /** Findings raised while recognizing (UNRECOGNIZED_CONTENT, …). */
  recognitionFindings: Finding[];
}
