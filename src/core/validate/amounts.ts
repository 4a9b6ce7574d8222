import type { Amount } from '../model/project';

/** Sum of amounts, blanks as 0; null when every amount is blank. */
export function sumAmounts(amounts: (Amount | undefined)[]): number | null {
  let any = false;
  let sum = 0;
  for (const a of amounts) {
    if (a && a.value !== null) {
      any = true;
      sum += a.value;
    }
  }
  return any ? Math.round(sum * 1e6) / 1e6 : null;
}

/** True when two 万元 amounts differ by more than the tolerance. */
export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-9;
}

/** Cells that say "nothing here" in finance tables (—, -, /, 无): blank, not a defect. */
const PLACEHOLDER = /^[\s\-－—–_/／\\无]*$/;

/** True when a cell is blank or only holds a placeholder dash. */
export function isBlankRaw(raw: string): boolean {
  return PLACEHOLDER.test(raw);
}

/** True when a cell holds something that is not a number (text, an Excel error, a date): sums over it cannot be checked. */
export function isUnreadable(a: Amount | undefined): boolean {
  return a !== undefined && a.value === null && !isBlankRaw(a.raw);
}
