import type { SheetView } from '../grid/sheetView';
import type { Amount } from '../model/project';
import { isDateFormat, isoDateOfSerial } from '../grid/excelDate';
import { isIdeograph } from '../text/ideograph';
import { normalizeText } from '../text/normalize';

import type { UnitDivisor } from '../vocabulary/labelKey';

export type { UnitDivisor } from '../vocabulary/labelKey';

const AMOUNT_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*(亿元|万元|千元|万|元)?$/;
/** An amount inside a text: an optional short label (总额, 财政拨款:), the figure with its unit, then nothing or a note. */
const AMOUNT_IN_TEXT = /^[\u4e00-\u9fff]{0,8}[:：]?\s*([+-]?\d+(?:\.\d+)?)\s*(亿元|万元|千元|万|元)(?:$|[(（，,；;。])/;

function inWanYuan(n: number, unit: string | undefined, divisor: UnitDivisor): number {
  if (unit === '万' || unit === '万元') return n;
  if (unit === '亿元') return n * 10000;
  if (unit === '千元') return n / 10;
  if (unit === '元') return n / 10000;
  return n / divisor;
}

/** Number of a money text in 万元 (`1,594.68`, `80万`, `８０万`, `3000元`); null when it is not an amount. */
export function amountFromText(text: string, divisor: UnitDivisor): number | null {
  const m = AMOUNT_TEXT.exec(normalizeText(text).replace(/[,，\s]/g, ''));
  return m ? inWanYuan(Number(m[1]), m[2], divisor) : null;
}

/** Chinese characters the label of an amount in text may have (AMOUNT_IN_TEXT). */
const MAX_LABEL_IDEOGRAPHS = 8;

/**
 * Chinese characters (U+4E00–U+9FFF) before the text's first digit (ASCII or full-width); Infinity
 * when it has none. Normalizing keeps both, in order, so this bounds both readings on the raw text.
 */
function ideographsBeforeFigure(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return count;
    if (isIdeograph(c) && ++count > MAX_LABEL_IDEOGRAPHS) return count;
  }
  return Infinity;
}

/**
 * An amount written inside a short text, in 万元: `250万`, `总额10606.7522万元`, `财政拨款:6923.3552万元(…)`.
 * The figure must carry its unit, so that years and counts in prose are never read as money; null otherwise.
 */
export function amountInText(text: string, divisor: UnitDivisor): number | null {
  // Both readings need a figure after at most a short label: prose is ruled out before it is normalized.
  if (ideographsBeforeFigure(text) > MAX_LABEL_IDEOGRAPHS) return null;
  const plain = amountFromText(text, divisor);
  if (plain !== null) return plain;
  const m = AMOUNT_IN_TEXT.exec(normalizeText(text).replace(/(\d),(?=\d{3})/g, '$1'));
  return m ? inWanYuan(Number(m[1]), m[2], divisor) : null;
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
