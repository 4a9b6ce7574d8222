import ExcelJS from 'exceljs';
import { parseRange } from '../../src/core/grid/address';
import type { CellScalar, GridCell, SheetGrid, WorkbookGrid } from '../../src/core/grid/grid';

/**
 * The reference reading of an .xlsx, through exceljs's full parse: what src/xlsx/read.ts must
 * agree with. Merged tails are left out (exceljs repeats the anchor's value there; Excel and
 * our reader show them empty).
 */
export async function exceljsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { sheets: wb.worksheets.map(sheetGrid) };
}

function scalar(v: ExcelJS.CellValue): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('formula' in v || 'sharedFormula' in v)
    return scalar((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return String(v);
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = scalar(cell.value);
      if ((value === null || value === '') && !cell.formula) return;
      const g: GridCell = { value: value === '' ? null : value };
      if (cell.formula) g.formula = cell.formula;
      if (cell.numFmt && cell.numFmt !== 'General') g.numberFormat = cell.numFmt;
      (rows[r - 1] ??= [])[c - 1] = g;
    }),
  );
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const grid: SheetGrid = { name: ws.name, rows, merges: (ws.model.merges ?? []).map(parseRange) };
  if (ws.state !== 'visible') grid.hidden = true;
  if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) grid.protected = true;
  return grid;
}
