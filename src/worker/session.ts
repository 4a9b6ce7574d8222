import { planAnnotations } from '../core/annotate/plan';
import type { AnnotationPlan } from '../core/annotate/types';
import { checkWorkbook, type CheckResult } from '../core/engine';
import type { Finding } from '../core/findings/finding';
import type { SheetGrid, WorkbookGrid } from '../core/grid/grid';
import type { Lang } from '../core/lang';
import { workbookOverview, type WorkbookOverview } from '../core/report/overview';
import { generateSelfEvalSheets } from '../core/selfeval/generate';
import type { SheetSpec } from '../core/sheetSpec';
import { XlsxReadError } from '../xlsx/errors';
import { sniff } from '../xlsx/errors';
import { readWorkbook } from '../xlsx/read';
import { writeAnnotatedXlsx, writeFailure, XlsxWriteError } from '../xlsx/annotate';
import type { EngineError, Progress, SelfEvalMode, SheetInfo, SheetWindow } from './protocol';

/** Findings per message to the page: each one is unpacked there in a few milliseconds. */
export const FINDINGS_PER_CHUNK = 1000;

/** A request the state does not allow (checking before any workbook came), said in both languages. */
export class EngineStateError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Any failure as the pane shows it. */
export function engineError(e: unknown): EngineError {
  if (e instanceof XlsxReadError || e instanceof EngineStateError) return { zh: e.zh, en: e.en };
  if (e instanceof XlsxWriteError) return writeFailure(e);
  const message = e instanceof Error ? e.message : String(e);
  return { zh: message, en: message };
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/**
 * What the engine holds between requests: the workbook (the opened bytes in the browser mode, or a grid sent
 * by Excel), the last check, and the annotations and 自评表 kept for the copy to download. Opening or sending
 * another workbook drops all of it, so nothing of the previous one can leak into the next.
 */
export class EngineSession {
  private bytes: Uint8Array | null = null;
  private grid: WorkbookGrid | null = null;
  private result: CheckResult | null = null;
  private plan: AnnotationPlan | null = null;
  private extraSheets: SheetSpec[] = [];
  /** The copy for the kept plan and sheets, made when they change: a copy that cannot be made is said at once. */
  private made: Promise<Uint8Array> | null = null;

  private reset(): void {
    this.bytes = null;
    this.grid = null;
    this.result = null;
    this.clear();
  }

  /** Read a workbook's bytes, .xlsx or legacy .xls/.et (XlsxReadError for a file that is none); the previous workbook is gone even when this fails. */
  async open(bytes: Uint8Array, progress: (p: Progress) => void): Promise<SheetInfo[]> {
    this.reset();
    const grid = await readWorkbook(bytes, (done, total) => progress({ stage: 'open', done, total }));
    this.bytes = bytes;
    this.grid = grid;
    return grid.sheets.map((s) => ({ name: s.name, hidden: s.hidden === true }));
  }

  /** One part of a workbook read elsewhere: its rows go after those already received for that sheet. */
  receiveGrid(part: SheetGrid, reset: boolean): void {
    if (reset) this.reset();
    this.grid ??= { sheets: [] };
    const sheet = this.grid.sheets.find((s) => s.name === part.name);
    if (sheet) for (const row of part.rows) sheet.rows.push(row);
    else this.grid.sheets.push({ ...part, rows: [...part.rows] });
    this.result = null;
  }

  private workbook(): WorkbookGrid {
    if (!this.grid) throw new EngineStateError('尚未打开工作簿', 'No workbook is open');
    return this.grid;
  }

  private checked(): CheckResult {
    if (!this.result) throw new EngineStateError('请先校验', 'Validate first');
    return this.result;
  }

  /** Check the workbook or the named sheets; findings go out in chunks before the overview is answered. */
  check(
    sheets: string[] | null,
    progress: (p: Progress) => void,
    sendFindings: (chunk: Finding[]) => void,
  ): WorkbookOverview {
    const grid = this.workbook();
    const scoped = sheets ? { sheets: grid.sheets.filter((s) => sheets.includes(s.name)) } : grid;
    progress({ stage: 'check', done: 0, total: scoped.sheets.length });
    this.result = checkWorkbook(scoped);
    this.clear();
    const { findings } = this.result;
    for (let i = 0; i < findings.length; i += FINDINGS_PER_CHUNK) {
      progress({ stage: 'send', done: i, total: findings.length });
      sendFindings(findings.slice(i, i + FINDINGS_PER_CHUNK));
    }
    return workbookOverview(this.result.model, findings);
  }

  annotationPlan(lang: Lang): AnnotationPlan {
    return planAnnotations(this.checked().findings, lang);
  }

  /** Keep annotations for the copy to download, and make the copy now: `warnings` says if it cannot be made. */
  async annotate(lang: Lang, progress: (p: Progress) => void): Promise<{ cells: number; warnings: EngineError[] }> {
    this.plan = this.annotationPlan(lang);
    return { cells: this.plan.cells.length, warnings: await this.remake(progress) };
  }

  selfEvalSheets(mode: SelfEvalMode): SheetSpec[] {
    return generateSelfEvalSheets(this.checked().model.projects, { mode });
  }

  /** Keep 自评表 for the copy to download (a sheet of the same name replaces the earlier one), and make the copy. */
  async addSelfEval(
    mode: SelfEvalMode,
    progress: (p: Progress) => void,
  ): Promise<{ sheets: number; warnings: EngineError[] }> {
    const specs = this.selfEvalSheets(mode);
    const names = new Set(specs.map((s) => s.name));
    this.extraSheets = [...this.extraSheets.filter((s) => !names.has(s.name)), ...specs];
    return { sheets: specs.length, warnings: await this.remake(progress) };
  }

  clear(): void {
    this.plan = null;
    this.extraSheets = [];
    this.made = null;
  }

  private make(progress: (p: Progress) => void): Promise<Uint8Array> {
    if (!this.bytes) throw new EngineStateError('没有可下载的文件', 'There is no file to download');
    progress({ stage: 'write', done: 0, total: 0 });
    const bytes = this.bytes;
    // The writer edits OOXML packages: a legacy .xls/.et is converted first (SheetJS, loaded only then).
    const source = sniff(bytes) === 'cfb' ? import('../xlsx/legacy').then((m) => m.legacyAsXlsx(bytes)) : bytes;
    return Promise.resolve(source).then((b) =>
      writeAnnotatedXlsx(b, this.plan ?? planAnnotations([]), this.extraSheets),
    );
  }

  /** Only a workbook opened here has a copy to make (Excel writes into the workbook itself). */
  private async remake(progress: (p: Progress) => void): Promise<EngineError[]> {
    if (!this.bytes) return [];
    this.made = this.make(progress);
    try {
      await this.made;
      return [];
    } catch (e) {
      return [writeFailure(e)];
    }
  }

  /** The annotated copy (XlsxWriteError when it cannot be made): the opened bytes are never changed. */
  async copy(progress: (p: Progress) => void): Promise<Uint8Array> {
    this.made ??= this.make(progress);
    return (await this.made).slice();
  }

  sheetWindow(name: string, maxRows: number, maxCols: number): SheetWindow {
    const sheet = this.workbook().sheets.find((s) => s.name === name);
    if (!sheet) throw new EngineStateError(`没有工作表“${name}”`, `There is no sheet "${name}"`);
    const totalRows = sheet.rows.length;
    const totalCols = sheet.rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
    const rowCount = Math.min(totalRows, maxRows);
    const colCount = Math.min(totalCols, maxCols);
    const rows = Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: colCount }, (_, c) => text(sheet.rows[r]?.[c]?.value)),
    );
    const merges = sheet.merges.filter((m) => m.top < rowCount && m.left < colCount);
    return { name, rows, merges, totalRows, totalCols };
  }
}
