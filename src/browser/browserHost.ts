import type { Lang } from '../core/lang';
import type { CheckOutcome, HostWarning, Scope, SelfEvalMode, WorkbookHost, WorkOptions } from '../host/host';
import { checkInEngine } from '../worker/check';
import type { EngineClient } from '../worker/client';
import { DurableEngine } from '../worker/durableEngine';
import type { EngineError, SheetInfo, SheetWindow } from '../worker/protocol';

type SelectionListener = (sheet: string, cell: string) => void;

function hostWarning(e: EngineError): HostWarning {
  return { message: e.zh, messageEn: e.en };
}

/**
 * The standalone mode's workbook: an .xlsx opened from disk. The engine (a worker) reads it, checks it and
 * keeps the annotations and 自评表 for the copy to download; the opened bytes are never changed, and nothing
 * is written anywhere until the user downloads the copy.
 */
export class BrowserHost implements WorkbookHost {
  readonly kind = 'browser' as const;
  private listeners = new Set<SelectionListener>();
  private activeSheet: string;
  private kept = { annotations: false, sheets: 0 };

  private constructor(
    readonly fileName: string,
    readonly sheets: SheetInfo[],
    private readonly engine: DurableEngine,
  ) {
    this.activeSheet = sheets[0]?.name ?? '';
  }

  /**
   * Open a workbook's bytes (.xlsx, .xlsm, .xltx, .xls, .et) in the engine: everything the engine held of an earlier workbook is dropped, even when
   * this fails (EngineCallError with the zh/en reason, e.g. not an .xlsx; CancelledError when cancelled).
   */
  static async open(
    fileName: string,
    bytes: Uint8Array,
    client: EngineClient,
    options: WorkOptions = {},
  ): Promise<BrowserHost> {
    const engine = new DurableEngine(client);
    const sheets = await engine.call('open', { bytes }, options);
    return new BrowserHost(fileName, sheets, engine);
  }

  validate(scope: Scope, options: WorkOptions = {}): Promise<CheckOutcome> {
    this.kept = { annotations: false, sheets: 0 };
    return checkInEngine(this.engine, scope === 'workbook' ? null : [this.activeSheet], options);
  }

  /** Annotations go into the copy to download (nothing else changes); the copy is made now, so a failure is said now. */
  async annotate(lang: Lang, options: WorkOptions = {}): Promise<{ cells: number; warnings: HostWarning[] }> {
    const { cells, warnings } = await this.engine.call('annotate', { lang }, options);
    this.kept.annotations = true;
    return { cells, warnings: warnings.map(hostWarning) };
  }

  async clearAnnotations(): Promise<{ removed: boolean; warnings: HostWarning[] }> {
    const removed = this.kept.annotations || this.kept.sheets > 0;
    await this.engine.call('clear', {});
    this.kept = { annotations: false, sheets: 0 };
    return { removed, warnings: [] };
  }

  async generateSelfEvaluations(
    mode: SelfEvalMode,
    options: WorkOptions = {},
  ): Promise<{ sheets: number; warnings: HostWarning[] }> {
    const { sheets, warnings } = await this.engine.call('addSelfEval', { mode }, options);
    this.kept.sheets += sheets;
    return { sheets, warnings: warnings.map(hostWarning) };
  }

  /** What the copy to download holds beyond the opened file. */
  get changes(): { annotations: boolean; sheets: number } {
    return { ...this.kept };
  }

  /** The download's name: `名称-校验.xlsx` (an .xlsm stays an .xlsm, a template a template; a legacy .xls or .et gets an .xlsx). */
  get copyFileName(): string {
    const ext = /\.(xlsm|xltx|xltm)$/i.exec(this.fileName)?.[0].toLowerCase() ?? '.xlsx';
    return `${this.fileName.replace(/\.(xlsx|xlsm|xltx|xltm|xls|et)$/i, '')}-校验${ext}`;
  }

  /** The annotated copy (EngineCallError with the writer's reason when it cannot be made). */
  annotatedCopy(options: WorkOptions = {}): Promise<Uint8Array> {
    return this.engine.call('copy', {}, options);
  }

  /** The top-left part of a sheet, for the preview. */
  sheetWindow(name: string, maxRows: number, maxCols: number): Promise<SheetWindow> {
    return this.engine.call('sheetWindow', { name, maxRows, maxCols });
  }

  /** The sheet the preview shows: what "active sheet" validates. */
  setActiveSheet(name: string): void {
    this.activeSheet = name;
  }

  async selectCell(sheet: string, cell: string): Promise<HostWarning[]> {
    this.activeSheet = sheet;
    for (const l of this.listeners) l(sheet, cell);
    return [];
  }

  async onSelectionChanged(listener: SelectionListener): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
