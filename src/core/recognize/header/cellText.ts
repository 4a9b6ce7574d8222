import { isDateFormat, isoDateOfSerial } from '../../grid/excelDate';
import type { GridCell } from '../../grid/grid';
import type { SheetView } from '../../grid/sheetView';
import { normalizeText } from '../../text/normalize';

/** One cell as a table reader sees it: normalized text as displayed, the raw value, its address. */
export interface CellText {
  /** Normalized text as Excel displays it (a percent-formatted 0.95 reads `95%`, a date `2021-12-31`). */
  text: string;
  /** The stored value as text (`0.95`, `44561`). */
  raw: string;
  cell: string;
  /** The stored value, when it is a number. */
  number?: number;
  /** The cell's number format, when not General. */
  format?: string;
}

/** Excel's display of a number in a percent format (`0%`, `0.00%`): the value × 100 with its decimals. */
function percentText(v: number, format: string): string {
  const decimals = /\.(0+)%/.exec(format)?.[1].length ?? 0;
  const scaled = Math.round(v * 100 * 10 ** decimals) / 10 ** decimals;
  return `${scaled}%`;
}

/** Excel's display of a number in a fixed format (`0.00`, `#,##0`): its decimals and thousands separators. */
function fixedText(v: number, format: string): string {
  const section = format.split(';')[0];
  const decimals = /0\.(0+)/.exec(section)?.[1].length ?? 0;
  const fixed = v.toFixed(decimals);
  if (!section.includes(',')) return fixed;
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** How Excel shows a cell's value, as far as recognizers need it: percents, dates, fixed decimals and separators. */
export function displayText(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return normalizeText(String(v));
  const format = cell?.numberFormat;
  if (!format || format === 'General' || format === '@') return String(v);
  if (format.includes('%')) return percentText(v, format);
  if (isDateFormat(format)) return isoDateOfSerial(v);
  if (/^[#,0.]+$/.test(format.split(';')[0])) return fixedText(v, format);
  return String(v);
}

/** The cell at (row, col), merges resolved, as a CellText; empty text for an empty cell. */
export function cellText(view: SheetView, row: number, col: number): CellText {
  const cell = view.cell(row, col);
  const v = cell?.value;
  const out: CellText = {
    text: displayText(cell),
    raw: v === null || v === undefined ? '' : String(v),
    cell: view.address(row, col),
  };
  if (typeof v === 'number') out.number = v;
  if (cell?.numberFormat) out.format = cell.numberFormat;
  return out;
}

/** A blank cell of a table (a missing target, a missing 三级): still has an address to report on. */
export function emptyCell(view: SheetView, row: number, col: number): CellText {
  return { text: '', raw: '', cell: view.address(row, col) };
}
