import type ExcelJS from 'exceljs';
import type { CellScalar, GridCell } from '../core/grid/grid';

/**
 * exceljs turns the cached text or error of a formula in a date-formatted cell into an
 * invalid Date, losing it; the cell then reads as this text, never as a crash.
 */
export const LOST_FORMULA_RESULT = '（公式结果无法读取）';

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? LOST_FORMULA_RESULT : d.toISOString().slice(0, 10);
}

/** exceljs cell value → plain scalar as Excel would display it (rich text joined, dates as text, errors as text). */
function scalar(v: ExcelJS.CellValue): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) return scalar((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return scalar((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(v);
}

/** One exceljs cell as a GridCell, or undefined when it holds nothing. */
export function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const value = scalar(cell.value);
  const formula = cell.formula;
  if ((value === null || value === '') && !formula) return undefined;
  const out: GridCell = { value: value === '' ? null : value };
  if (formula) out.formula = formula;
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') out.numberFormat = fmt;
  return out;
}
