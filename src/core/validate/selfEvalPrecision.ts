/**
 * Comparing a filed figure with the one a rule gives, at the precision the sheet keeps: an execution rate
 * filed as `86%` for 86.2%, a score filed as a whole 9 for 8.62 (or 9.8, rounded down) is what a clerk
 * writes, not an error.
 */

/** Decimals of a figure as written (`86%` → 0, `8.62` → 2). */
function decimalsOf(raw: string, value: number): number {
  const text = raw.trim() || String(value);
  const m = /\.(\d+)/.exec(text.replace(/%$/, ''));
  const d = m ? m[1].length : 0;
  // A percent stored as a fraction (0.862 for 86.2%) keeps two decimals fewer in percent points.
  const fraction = !text.endsWith('%') && Number(text) !== value && Math.abs(Number(text) * 100 - value) < 1e-6;
  return fraction ? Math.max(0, d - 2) : d;
}

function roundTo(x: number, d: number, mode: 'round' | 'floor'): number {
  const f = 10 ** d;
  return (mode === 'round' ? Math.round(x * f + 1e-9) : Math.floor(x * f + 1e-9)) / f;
}

/** Whether the filed figure is the expected one, to 0.01 or as rounded (or rounded down) to the filed precision. */
export function agreesAtPrecision(filed: number, filedRaw: string, expected: number): boolean {
  if (Math.abs(filed - expected) <= 0.01 + 1e-9) return true;
  const d = decimalsOf(filedRaw, filed);
  if (d > 1) return false;
  return filed === roundTo(expected, d, 'round') || filed === roundTo(expected, d, 'floor');
}
