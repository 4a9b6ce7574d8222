import { planAnnotations } from '../core/annotate/plan';
import type { AnnotationPlan } from '../core/annotate/types';
import type { WorkbookGrid } from '../core/grid/grid';
import type { SheetSpec } from '../core/sheetSpec';
import type { HostWarning, Scope, WorkbookHost } from '../host/host';
import { sniff } from '../xlsx/errors';
import { readWorkbook } from '../xlsx/read';
import { writeAnnotatedXlsx, writeFailure } from '../xlsx/annotate';

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

  /** Open a workbook's bytes (.xlsx, .xlsm, .xltx, .xls, .et); throws XlsxReadError with a zh/en message for unusable files. */
  static async open(fileName: string, bytes: Uint8Array): Promise<BrowserHost> {
    return new BrowserHost(fileName, bytes, await readWorkbook(bytes));
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

  /** The copy: the writer edits OOXML packages, so a legacy .xls/.et is first converted to one (SheetJS, loaded only then). */
  private async makeCopy(): Promise<Uint8Array> {
    const source = sniff(this.bytes) === 'cfb' ? (await import('../xlsx/legacy')).legacyAsXlsx(this.bytes) : this.bytes;
    return writeAnnotatedXlsx(source, this.plan ?? planAnnotations([]), this.extraSheets);
  }

  /** Make the copy now, so that the status says whether the download will work. */
  private async remake(): Promise<HostWarning[]> {
    this.copy = this.makeCopy();
    try {
      await this.copy;
      return [];
    } catch (e) {
      const { zh, en } = writeFailure(e);
      return [{ message: zh, messageEn: en }];
    }
  }

  /** The annotated copy to download: the opened file plus annotations and generated sheets. Throws XlsxWriteError. */
  annotatedCopy(): Promise<Uint8Array> {
    this.copy ??= this.makeCopy();
    return this.copy;
  }

  /** The download's name: `名称-校验.xlsx` (an .xlsm stays an .xlsm, a template a template; a legacy .xls or .et gets an .xlsx). */
  get copyFileName(): string {
    const ext = /\.(xlsm|xltx|xltm)$/i.exec(this.fileName)?.[0].toLowerCase() ?? '.xlsx';
    return `${this.fileName.replace(/\.(xlsx|xlsm|xltx|xltm|xls|et)$/i, '')}-校验${ext}`;
  }

  get hasChanges(): boolean {
    return this.plan !== null || this.extraSheets.length > 0;
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
