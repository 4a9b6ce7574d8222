/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

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
    const base = name.slice(0, MAX_SHEET_NAME);
    let candidate = base;
    let i = this.nextSuffix.get(base) ?? 2;
    while (this.has(candidate)) {
      const suffix = `(${i++})`;
      candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    this.nextSuffix.set(base, i);
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
