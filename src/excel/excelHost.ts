import type { AnnotationPlan } from '../core/annotate/types';
import type { SheetSpec } from '../core/sheetSpec';
import type { HostWarning, Scope, WorkbookHost } from '../host/host';
import { clearAnnotations, writeAnnotations } from './annotate';
import type { Capabilities } from './capabilities';
import { readWorkbookGrid } from './read';
import type { ExcelRun } from './run';
import { selectCell } from './select';
import { writeSpecSheets } from './writeSheets';

/** The workbook open in Excel, through Office.js (every call batched in src/excel). */
export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;

  constructor(
    private readonly run: ExcelRun,
    private readonly caps: Capabilities,
  ) {}

  readWorkbook(scope: Scope, onProgress?: (done: number, total: number) => void) {
    return readWorkbookGrid(this.run, this.caps, scope, onProgress);
  }

  /** Idempotent: earlier annotations are cleared (fills restored) before the new ones are written. */
  async applyAnnotations(plan: AnnotationPlan): Promise<HostWarning[]> {
    await clearAnnotations(this.run, this.caps);
    return writeAnnotations(this.run, this.caps, plan);
  }

  clearAnnotations(): Promise<HostWarning[]> {
    return clearAnnotations(this.run, this.caps);
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
