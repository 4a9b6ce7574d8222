import ExcelJS from 'exceljs';
import { parseRange } from '../core/grid/address';
import type { GridCell, SheetGrid, WorkbookGrid } from '../core/grid/grid';
import { toGridCell } from './cellValue';
import { XlsxReadError, sniff } from './errors';

export { XlsxReadError } from './errors';

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Load .xlsx bytes with exceljs, turning every failure into an XlsxReadError. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  const kind = sniff(bytes);
  if (kind === 'cfb') throw new XlsxReadError('encrypted');
  if (kind !== 'zip') throw new XlsxReadError('not-xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) throw new XlsxReadError('empty');
  return wb;
}

/** One worksheet as a grid: values, formulas, number formats, merges, visibility, protection. */
export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (GridCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const g = toGridCell(cell);
      if (g) cells[colNumber - 1] = g;
    });
    rows[rowNumber - 1] = cells;
  });
  // Sparse holes become empty rows so row indexes stay addresses.
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = (ws.model.merges ?? []).map(parseRange);
  const grid: SheetGrid = { name: ws.name, rows, merges };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') grid.hidden = true;
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (protection?.sheet) grid.protected = true;
  return grid;
}

/** .xlsx bytes → WorkbookGrid (Node and browser alike). */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const wb = await loadWorkbook(data);
  return { sheets: wb.worksheets.map(sheetToGrid) };
}
