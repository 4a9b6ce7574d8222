import type { AnnotationPlan } from '../core/annotate/types';
import type { Finding } from '../core/findings/finding';
import type { CellRange } from '../core/grid/address';
import type { SheetGrid } from '../core/grid/grid';
import type { Lang } from '../core/lang';
import type { WorkbookOverview } from '../core/report/overview';
import type { SheetSpec } from '../core/sheetSpec';

/**
 * Messages between the pane and the engine it runs in a Web Worker (or in the page where no worker can run).
 * The engine keeps the workbook, the last check and what the copy to download will hold; the page gets only
 * what it shows: findings (in chunks), the overview, a window of a sheet.
 */

/** What the engine is doing: `done` of `total` units of the stage; total 0 when it cannot be counted. */
export interface Progress {
  /** open: sheets of an .xlsx read; read: cells read through Office.js; send/receive: findings passed to the page. */
  stage: 'open' | 'read' | 'check' | 'send' | 'receive' | 'write';
  done: number;
  total: number;
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** The top-left part of a sheet as text, for the browser mode's preview. */
export interface SheetWindow {
  name: string;
  /** Cell texts, row-major, '' for empty. */
  rows: string[][];
  /** Merges that start inside the window. */
  merges: CellRange[];
  /** The sheet's whole size, to say how much the window shows. */
  totalRows: number;
  totalCols: number;
}

export type SelfEvalMode = 'perProject' | 'combined';

/** Each request with the value its answer carries. */
export interface EngineCalls {
  /** An .xlsx opened in the browser: read it here; everything of an earlier workbook is dropped. */
  open: { request: { bytes: Uint8Array }; result: SheetInfo[] };
  /** A workbook read elsewhere (Excel), sent in parts: `reset` starts a new one; rows append to the named sheet. */
  grid: { request: { part: SheetGrid; reset: boolean }; result: null };
  /** Check the workbook (or only the named sheets); findings arrive as chunks before the answer. */
  check: { request: { sheets: string[] | null }; result: WorkbookOverview };
  /** The annotation plan of the last check, for a host that writes it (Excel). */
  plan: { request: { lang: Lang }; result: AnnotationPlan };
  /** Keep the annotation plan for the copy to download, and make the copy: cells annotated, and why a copy cannot be made. */
  annotate: { request: { lang: Lang }; result: { cells: number; warnings: EngineError[] } };
  /** 自评表 sheets of the last check's projects, for a host that writes them. */
  selfEvalSheets: { request: { mode: SelfEvalMode }; result: SheetSpec[] };
  /** Keep 自评表 sheets for the copy to download, and make the copy: how many, and why a copy cannot be made. */
  addSelfEval: { request: { mode: SelfEvalMode }; result: { sheets: number; warnings: EngineError[] } };
  /** Forget kept annotations and 自评表. */
  clear: { request: Record<string, never>; result: null };
  /** The copy to download: the opened file plus kept annotations and sheets. */
  copy: { request: Record<string, never>; result: Uint8Array };
  sheetWindow: { request: { name: string; maxRows: number; maxCols: number }; result: SheetWindow };
}

export type CallType = keyof EngineCalls;

export type EngineRequest = { [K in CallType]: { id: number; type: K } & EngineCalls[K]['request'] }[CallType];

/** A failure, said in both languages (a file that is no workbook, a request out of order). */
export interface EngineError {
  zh: string;
  en: string;
}

export type EngineMessage =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'findings'; findings: Finding[] }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'error'; error: EngineError };
