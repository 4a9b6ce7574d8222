import { memoizeRecent } from '../memo';
import { labelCandidates, labelKey } from './labelKey';

/** One vocabulary entry: a label as finance offices write it (matched after labelKey), or a pattern over label keys. */
export type LabelVariant = string | RegExp;

/** Labels by the role they name, as data: adding a variant a finance office uses is one line. */
export type LabelTable<R extends string> = Readonly<Record<R, readonly LabelVariant[]>>;

/**
 * A compiled label table: the role a label names, looked up by its label key and then its other
 * readings (labelCandidates); exact variants before patterns. Lookups are memoized: the same
 * header labels recur on every form of a workbook.
 */
export class Vocabulary<R extends string> {
  private readonly exact = new Map<string, R>();
  private readonly patterns: [RegExp, R][] = [];
  /** null for a miss: memoizeRecent remembers every result but undefined. */
  private readonly lookup: (key: string) => R | null;

  constructor(table: LabelTable<R>) {
    for (const [role, variants] of Object.entries(table) as [R, readonly LabelVariant[]][]) {
      for (const v of variants) {
        if (typeof v === 'string') {
          const key = labelKey(v);
          if (!this.exact.has(key)) this.exact.set(key, role);
        } else this.patterns.push([v, role]);
      }
    }
    this.lookup = memoizeRecent(
      (key: string) => key,
      (key: string) => this.fresh(key),
    );
  }

  private fresh(key: string): R | null {
    const candidates = labelCandidates(key);
    for (const c of candidates) {
      const hit = this.exact.get(c);
      if (hit !== undefined) return hit;
    }
    for (const c of candidates) for (const [re, role] of this.patterns) if (re.test(c)) return role;
    return null;
  }

  /** The role a label names, from its raw or normalized text; undefined when none. */
  roleOf(text: string): R | undefined {
    const key = labelKey(text);
    return (key && this.lookup(key)) || undefined;
  }

  /** The role of an already computed label key (SheetView.label). */
  roleOfKey(key: string): R | undefined {
    return (key && this.lookup(key)) || undefined;
  }
}
