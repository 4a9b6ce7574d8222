import type ExcelJS from 'exceljs';
import type { AnnotationPlan, CellAnnotation } from '../core/annotate/types';
import { isReportHeader } from '../core/annotate/plan';
import { SheetNames } from '../core/sheetNames';
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

/** Whether a sheet is a report an earlier run wrote (its header row), not a user sheet of that name. */
function isOurReport(ws: ExcelJS.Worksheet): boolean {
  const first = ws.getRow(1);
  return isReportHeader(Array.from({ length: first.cellCount }, (_, i) => first.getCell(i + 1).value));
}

/**
 * An annotated copy of a workbook: fills and notes on cells with findings, the
 * 校验报告 sheet (an earlier run's report, under whatever name, is replaced, never duplicated) and any
 * extra sheets (自评表). No existing sheet is ever removed or overwritten: a user
 * sheet named like ours, or a 自评表 filled in after an earlier run, stays and ours
 * takes a free name. The input bytes are not modified.
 */
export async function writeAnnotatedXlsx(
  original: Uint8Array | ArrayBuffer,
  plan: AnnotationPlan,
  extraSheets: SheetSpec[] = [],
): Promise<Uint8Array> {
  const wb = await loadWorkbook(original);
  for (const a of plan.cells) {
    const ws = wb.getWorksheet(a.sheet);
    if (ws) annotateCell(ws, a);
  }
  for (const previous of wb.worksheets.filter(isOurReport)) wb.removeWorksheet(previous.id);
  const names = new SheetNames(wb.worksheets.map((w) => w.name));
  for (const spec of [plan.reportSheet, ...extraSheets]) renderSheetSpec(wb, { ...spec, name: names.claim(spec.name) });
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
