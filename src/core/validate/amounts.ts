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
