import * as XLSX from '@e965/xlsx';
import { isDateFormat, isoDateOfSerial } from '../core/grid/excelDate';
import type { CellScalar, GridCell, SheetGrid, WorkbookGrid } from '../core/grid/grid';
import { XlsxReadError } from './errors';

/**
 * Legacy binary workbooks — Excel 97–2003 `.xls` (BIFF8) and WPS `.et`, both compound (CFB) files —
 * into the same grid as an .xlsx, through SheetJS (see the README for why this build). Values
 * (formula results), formulas, number formats, merges, visibility and protection, as the .xlsx
 * reader gives them. Throws XlsxReadError: 'encrypted' for a file with an open password,
 * 'corrupt' for anything SheetJS cannot read, 'empty' for a workbook without worksheets.
 */
export function readLegacy(bytes: Uint8Array): WorkbookGrid {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellHTML: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new XlsxReadError(/password|encrypt/i.test(message) ? 'encrypted' : 'corrupt', message);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets: SheetGrid[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    // Chart sheets and macro sheets hold no cells to check.
    if (!ws || ws['!type'] === 'chart') return;
    const grid: SheetGrid = { name, rows: rowsOf(ws, date1904), merges: mergesOf(ws) };
    if ((wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) > 0) grid.hidden = true;
    if (ws['!protect']) grid.protected = true;
    sheets.push(grid);
  });
  if (sheets.length === 0) throw new XlsxReadError('empty');
  return { sheets };
}

function rowsOf(ws: XLSX.WorkSheet, date1904: boolean): (GridCell | undefined)[][] {
  const dense = (ws as XLSX.DenseWorkSheet)['!data'] ?? [];
  const rows: (GridCell | undefined)[][] = [];
  for (let r = 0; r < dense.length; r++) {
    const source = dense[r];
    const row: (GridCell | undefined)[] = [];
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = source[c] && gridCell(source[c], date1904);
        if (cell) row[c] = cell;
      }
    }
    rows.push(row);
  }
  return rows;
}

function gridCell(cell: XLSX.CellObject, date1904: boolean): GridCell | undefined {
  const format = cell.z !== undefined && cell.z !== 'General' ? String(cell.z) : undefined;
  const value = valueOf(cell, format, date1904);
  const formula = cell.f || undefined;
  if ((value === null || value === '') && !formula) return undefined;
  const out: GridCell = { value: value === '' ? null : value };
  if (formula) out.formula = formula;
  if (format) out.numberFormat = format;
  return out;
}

/** The value as Excel shows it, as the .xlsx reader gives it: error text, dates as `2023-12-31`. */
function valueOf(cell: XLSX.CellObject, format: string | undefined, date1904: boolean): CellScalar {
  switch (cell.t) {
    case 'n':
      return isDateFormat(format) ? isoDateOfSerial(cell.v as number, date1904) : (cell.v as number);
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return cell.w ?? XLSX.utils.format_cell(cell);
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    default:
      return null;
  }
}

function mergesOf(ws: XLSX.WorkSheet): SheetGrid['merges'] {
  return (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
}

/**
 * An .xlsx package of the legacy workbook, for the annotated copy: the writer edits .xlsx only,
 * so a `.xls` is copied as `.xlsx` (values, formulas, merges and number formats; SheetJS's
 * community build keeps no fills or fonts).
 */
export function legacyAsXlsx(bytes: Uint8Array): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
