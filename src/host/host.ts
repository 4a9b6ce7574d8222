import type { Finding } from '../core/findings/finding';
import type { Lang } from '../core/lang';
import type { WorkbookOverview } from '../core/report/overview';
import type { Progress, SelfEvalMode } from '../worker/protocol';

export type { Progress, SelfEvalMode } from '../worker/protocol';

/** Which part of the workbook a validation run reads. */
export type Scope = 'activeSheet' | 'workbook';

/** A write the host could not do (protected sheet, missing API set); the pane shows it. */
export interface HostWarning {
  message: string;
  messageEn: string;
}

/** How a long piece of work reports and is stopped. */
export interface WorkOptions {
  onProgress?(p: Progress): void;
  signal?: AbortSignal;
}

/** A checked workbook as the pane shows it: every finding in report order, and the overview. */
export interface CheckOutcome {
  findings: Finding[];
  overview: WorkbookOverview;
}

/**
 * What the task pane needs from where the workbook lives: Excel (Office.js adapter; the engine in a worker
 * where the webview allows) or the standalone browser mode (an .xlsx opened from disk, engine in a worker).
 */
export interface WorkbookHost {
  readonly kind: 'excel' | 'browser';
  /** Read the workbook (or the active sheet) and check it; findings arrive in the outcome, in report order. */
  validate(scope: Scope, options?: WorkOptions): Promise<CheckOutcome>;
  /** Annotate the last check's findings in `lang`, replacing any earlier annotations (idempotent). */
  annotate(lang: Lang, options?: WorkOptions): Promise<{ cells: number; warnings: HostWarning[] }>;
  /** Remove every comment, fill and sheet the product added; restore original formats exactly. `removed`: there were some. */
  clearAnnotations(): Promise<{ removed: boolean; warnings: HostWarning[] }>;
  /** Add (or replace) 自评表 sheets for the last check's projects. */
  generateSelfEvaluations(
    mode: SelfEvalMode,
    options?: WorkOptions,
  ): Promise<{ sheets: number; warnings: HostWarning[] }>;
  /** Show a finding's cell; warnings when it cannot be shown (hidden or deleted sheet). */
  selectCell(sheet: string, cell: string): Promise<HostWarning[]>;
  /** Subscribe to the user's selection; returns an unsubscribe function. */
  onSelectionChanged(listener: (sheet: string, cell: string) => void): Promise<() => void>;
}
