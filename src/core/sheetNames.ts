/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

/** A name left empty by cutting (it held only apostrophes). */
const FALLBACK_NAME = '工作表';

/**
 * `name` within `max` UTF-16 units (Excel's count) without splitting a surrogate pair (an
 * emoji), and without an apostrophe at either end, which Excel does not allow in a sheet name.
 */
function cut(name: string, max: number): string {
  let end = Math.min(name.length, max);
  const last = name.charCodeAt(end - 1);
  if (end < name.length && last >= 0xd800 && last <= 0xdbff) end--;
  return name.slice(0, end).replace(/^'+|'+$/g, '');
}

/**
 * Hands out sheet names no other sheet has. Excel compares names case-insensitively and
 * allows 31 characters, so a suffix `(2)` shortens the name rather than overflowing it.
 * The next suffix per name is remembered: claiming n copies of one name costs O(n), not O(n²).
 */
export class SheetNames {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  constructor(existing: Iterable<string> = []) {
    for (const name of existing) this.taken.add(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  /** `name` (cut to 31 characters) if free, else `name(2)`, `name(3)`, …; the result is taken from now on. */
  claim(name: string): string {
    const base = cut(name, MAX_SHEET_NAME) || FALLBACK_NAME;
    let candidate = base;
    let i = this.nextSuffix.get(base) ?? 2;
    while (this.has(candidate)) {
      const suffix = `(${i++})`;
      candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    this.nextSuffix.set(base, i);
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
