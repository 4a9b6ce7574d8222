import type { AnnotationPlan } from '../core/annotate/types';
import type { Lang } from '../core/lang';
import type { SheetSpec } from '../core/sheetSpec';
import type { CheckOutcome, HostWarning, Scope, SelfEvalMode, WorkbookHost, WorkOptions } from '../host/host';
import { EngineClient } from '../worker/client';
import { checkInEngine, sendGrid } from '../worker/check';
import { DurableEngine } from '../worker/durableEngine';
import { CancelledError } from '../worker/client';
import { clearAnnotations, writeAnnotations } from './annotate';
import type { Capabilities } from './capabilities';
import { readWorkbookGrid } from './read';
import type { ExcelRun } from './run';
import { selectCell } from './select';
import { writeSpecSheets } from './writeSheets';

/**
 * The workbook open in Excel, through Office.js (every call batched in src/excel). Reading and writing happen
 * here, in the page (Office.js lives there); checking happens in the engine, a worker where the webview allows.
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  private readonly engine: DurableEngine;

  constructor(
    private readonly run: ExcelRun,
    private readonly caps: Capabilities,
    engine: EngineClient = new EngineClient(null),
  ) {
    this.engine = new DurableEngine(engine);
  }

  /** The workbook's cells (chunked syncs; `onProgress` counts cells read). */
  readWorkbook(scope: Scope, onProgress?: (done: number, total: number) => void) {
    return readWorkbookGrid(this.run, this.caps, scope, onProgress);
  }

  async validate(scope: Scope, options: WorkOptions = {}): Promise<CheckOutcome> {
    const grid = await this.readWorkbook(scope, (done, total) => options.onProgress?.({ stage: 'read', done, total }));
    if (options.signal?.aborted) throw new CancelledError();
    await sendGrid(this.engine, grid, options);
    return checkInEngine(this.engine, null, options);
  }

  async annotate(lang: Lang, options: WorkOptions = {}): Promise<{ cells: number; warnings: HostWarning[] }> {
    const plan = await this.engine.call('plan', { lang }, options);
    return { cells: plan.cells.length, warnings: await this.applyAnnotations(plan) };
  }

  /** Idempotent: earlier annotations are cleared (fills restored) before the new ones are written. */
  async applyAnnotations(plan: AnnotationPlan): Promise<HostWarning[]> {
    await clearAnnotations(this.run, this.caps);
    return writeAnnotations(this.run, this.caps, plan);
  }

  clearAnnotations(): Promise<{ removed: boolean; warnings: HostWarning[] }> {
    return clearAnnotations(this.run, this.caps);
  }

  async generateSelfEvaluations(
    mode: SelfEvalMode,
    options: WorkOptions = {},
  ): Promise<{ sheets: number; warnings: HostWarning[] }> {
    const specs = await this.engine.call('selfEvalSheets', { mode }, options);
    return { sheets: specs.length, warnings: await this.writeSheets(specs) };
  }

  writeSheets(specs: SheetSpec[]): Promise<HostWarning[]> {
    return writeSpecSheets(this.run, this.caps, specs);
  }

  selectCell(sheet: string, cell: string): Promise<HostWarning[]> {
    return selectCell(this.run, sheet, cell);
  }

  async onSelectionChanged(listener: (sheet: string, cell: string) => void): Promise<() => void> {
    if (!this.caps.selectionEvents) return () => undefined;
    return this.run(async (context) => {
      const handler = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
        await this.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(event.worksheetId);
          ws.load('name');
          await ctx.sync();
          listener(ws.name, event.address.split(':')[0]);
        });
      });
      await context.sync();
      return () => {
        handler.remove();
        void handler.context.sync();
      };
    });
  }
}
