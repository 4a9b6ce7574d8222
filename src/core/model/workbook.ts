import type { Finding } from '../findings/finding';
import type { ListTable, Project } from './project';
import type { SelfEvaluation } from './selfEval';

/** What recognition found on one sheet. */
export interface SheetSummary {
  name: string;
  /** Layouts found on the sheet, in order of appearance. */
  layouts: ('list' | 'form' | 'form-plan' | 'self-eval' | 'dept-self-eval')[];
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
