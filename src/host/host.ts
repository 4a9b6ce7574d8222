import type { AnnotationPlan } from '../core/annotate/types';
import type { WorkbookGrid } from '../core/grid/grid';
import type { SheetSpec } from '../core/sheetSpec';

/** Which part of the workbook a validation run reads. */
export type Scope = 'activeSheet' | 'workbook';

/** A write the host could not do (protected sheet, missing API set); the pane shows it. */
export interface HostWarning {
  message: string;
  messageEn: string;
}

/**
 * What the task pane needs from where the workbook lives: Excel (Office.js
 * adapter) or the standalone browser mode (an .xlsx opened from disk).
 */
export interface WorkbookHost {
  readonly kind: 'excel' | 'browser';
  readWorkbook(scope: Scope, onProgress?: (done: number, total: number) => void): Promise<WorkbookGrid>;
  /** Replace any earlier annotations by this plan (idempotent). */
  applyAnnotations(plan: AnnotationPlan): Promise<HostWarning[]>;
  /** Remove every comment, fill and sheet the product added; restore original formats exactly. */
  clearAnnotations(): Promise<HostWarning[]>;
  /** Add (or replace) generated sheets such as 自评表. */
  writeSheets(specs: SheetSpec[]): Promise<HostWarning[]>;
  /** Show a finding's cell; warnings when it cannot be shown (hidden or deleted sheet). */
  selectCell(sheet: string, cell: string): Promise<HostWarning[]>;
  /** Subscribe to the user's selection; returns an unsubscribe function. */
  onSelectionChanged(listener: (sheet: string, cell: string) => void): Promise<() => void>;
}
