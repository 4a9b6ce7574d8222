import type ExcelJS from 'exceljs';
import type { AnnotationPlan, CellAnnotation } from '../core/annotate/types';
import type { SheetSpec } from '../core/sheetSpec';
import { loadWorkbook } from './read';
import { renderSheetSpec, solidFill } from './renderSpec';

/**
 * Fill and note one annotated cell. The style object is replaced, not mutated:
 * exceljs shares style objects between cells, and the user's other cells must keep theirs.
 */
function annotateCell(ws: ExcelJS.Worksheet, a: CellAnnotation): void {
  const cell = ws.getCell(a.cell);
  cell.style = { ...cell.style, fill: solidFill(a.fill) };
  cell.note = a.comment;
}

/**
 * An annotated copy of a workbook: fills and notes on cells with findings, the
 * 校验报告 sheet (replaced, never duplicated) and any extra sheets (自评表).
 * The input bytes are not modified; values and formulas of user cells are kept.
 */
export async function writeAnnotatedXlsx(original: Uint8Array | ArrayBuffer, plan: AnnotationPlan, extraSheets: SheetSpec[] = []): Promise<Uint8Array> {
  const wb = await loadWorkbook(original);
  for (const a of plan.cells) {
    const ws = wb.getWorksheet(a.sheet);
    if (ws) annotateCell(ws, a);
  }
  renderSheetSpec(wb, plan.reportSheet);
  for (const spec of extraSheets) renderSheetSpec(wb, spec);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
