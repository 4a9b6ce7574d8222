import { planAnnotations } from '../core/annotate/plan';
import type { AnnotationPlan } from '../core/annotate/types';
import type { WorkbookGrid } from '../core/grid/grid';
import type { SheetSpec } from '../core/sheetSpec';
import type { HostWarning, Scope, WorkbookHost } from '../host/host';
import { readXlsx } from '../xlsx/read';
import { writeAnnotatedXlsx, writeFailure } from '../xlsx/annotate';

type SelectionListener = (sheet: string, cell: string) => void;

/**
 * The standalone mode's workbook: an .xlsx opened from disk, kept in memory.
 * Annotations go into a downloadable copy (same writer as the CLI); the
 * opened bytes are never changed.
 */
export class BrowserHost implements WorkbookHost {
  readonly kind = 'browser' as const;
  private plan: AnnotationPlan | null = null;
  private extraSheets: SheetSpec[] = [];
  /** The copy for the current plan and sheets, made when they change: a copy that cannot be made is said at once. */
  private copy: Promise<Uint8Array> | null = null;
  private listeners = new Set<SelectionListener>();
  private activeSheet: string;

  private constructor(
    readonly fileName: string,
    private readonly bytes: Uint8Array,
    readonly grid: WorkbookGrid,
  ) {
    this.activeSheet = grid.sheets[0]?.name ?? '';
  }

  /** Open .xlsx bytes; throws XlsxReadError with a zh/en message for unusable files. */
  static async open(fileName: string, bytes: Uint8Array): Promise<BrowserHost> {
    return new BrowserHost(fileName, bytes, await readXlsx(bytes));
  }

  async readWorkbook(scope: Scope, onProgress?: (done: number, total: number) => void): Promise<WorkbookGrid> {
    const sheets =
      scope === 'workbook' ? this.grid.sheets : this.grid.sheets.filter((s) => s.name === this.activeSheet);
    const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
    onProgress?.(cells, cells);
    return { sheets };
  }

  async applyAnnotations(plan: AnnotationPlan): Promise<HostWarning[]> {
    this.plan = plan;
    return this.remake();
  }

  async clearAnnotations(): Promise<HostWarning[]> {
    this.plan = null;
    this.extraSheets = [];
    this.copy = null;
    return [];
  }

  async writeSheets(specs: SheetSpec[]): Promise<HostWarning[]> {
    const names = new Set(specs.map((s) => s.name));
    this.extraSheets = [...this.extraSheets.filter((s) => !names.has(s.name)), ...specs];
    return this.remake();
  }

  /** Make the copy now, so that the status says whether the download will work. */
  private async remake(): Promise<HostWarning[]> {
    this.copy = writeAnnotatedXlsx(this.bytes, this.plan ?? planAnnotations([]), this.extraSheets);
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
    this.copy ??= writeAnnotatedXlsx(this.bytes, this.plan ?? planAnnotations([]), this.extraSheets);
    return this.copy;
  }

  /** The download's name: `名称-校验.xlsx` (an .xlsm stays an .xlsm; a legacy .xls gets an .xlsx). */
  get copyFileName(): string {
    const ext = /\.xlsm$/i.test(this.fileName) ? '.xlsm' : '.xlsx';
    return `${this.fileName.replace(/\.xls[xm]?$/i, '')}-校验${ext}`;
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
