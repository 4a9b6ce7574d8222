import type { SheetView } from '../grid/sheetView';
import type { Amount } from '../model/project';
import { isDateFormat, isoDateOfSerial } from '../grid/excelDate';
import { normalizeText } from '../text/normalize';

/** How many of the sheet's money unit make one 万元: 1 for 万元, 10000 for 元. */
export type UnitDivisor = 1 | 10000;

const AMOUNT_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*(万元|万|元)?$/;

/** Number of a money text in 万元 (`1,594.68`, `80万`, `８０万`, `3000元`); null when it is not an amount. */
export function amountFromText(text: string, divisor: UnitDivisor): number | null {
  const m = AMOUNT_TEXT.exec(normalizeText(text).replace(/[,，\s]/g, ''));
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2] === '万' || m[2] === '万元') return n;
  if (m[2] === '元') return n / 10000;
  return n / divisor;
}

/** Amount of a cell (merge-aware) in 万元, keeping raw text and address; blank, unreadable or a date → value null. */
export function readAmount(view: SheetView, row: number, col: number, divisor: UnitDivisor): Amount {
  const data = view.cell(row, col);
  const v = data?.value ?? null;
  const cell = view.address(row, col);
  if (typeof v === 'number') {
    if (isDateFormat(data?.numberFormat)) return { value: null, raw: isoDateOfSerial(v), cell };
    return { value: v / divisor, raw: String(v), cell };
  }
  const raw = v === null ? '' : String(v);
  return { value: raw.trim() === '' ? null : amountFromText(raw, divisor), raw, cell };
}

/** A plain number (分值, 得分) with no unit scaling. */
export function readNumber(view: SheetView, row: number, col: number): Amount {
  return readAmount(view, row, col, 1);
}

/**
 * A percent cell as a number of percent points (47.78 for 47.78%): text `47.78%`, or a number
 * formatted as percent (0.4778), or a bare number taken as written in a percent column.
 */
export function readPercent(view: SheetView, row: number, col: number): Amount {
  const cellData = view.cell(row, col);
  const cell = view.address(row, col);
  const v = cellData?.value ?? null;
  if (typeof v === 'number') {
    const isPercentFormat = (cellData?.numberFormat ?? '').includes('%');
    return { value: isPercentFormat ? round(v * 100) : v, raw: String(v), cell };
  }
  const raw = v === null ? '' : String(v);
  const m = /^([+-]?\d+(?:\.\d+)?)\s*%?$/.exec(normalizeText(raw).replace(/\s/g, ''));
  return { value: m ? Number(m[1]) : null, raw, cell };
}

/** Floating noise of ×100 (0.4778 × 100 = 47.779999…) removed. */
function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
