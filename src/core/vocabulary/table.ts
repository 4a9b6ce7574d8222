import { memoizeRecent } from '../memo';
import { labelCandidates, labelKey } from './labelKey';

/** One vocabulary entry: a label as finance offices write it (matched after labelKey), or a pattern over label keys. */
export type LabelVariant = string | RegExp;

/** Shortest label read in transposed order: two-character labels (分值, 值分) are too easily another word. */
const MIN_ANAGRAM = 4;
/** Longest: labels are short, and a data cell's text is not worth sorting. */
const MAX_ANAGRAM = 12;

function sortedChars(key: string): string {
  return [...key].sort().join('');
}

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
  /** Exact variants by their sorted characters: OCR of scanned forms transposes characters (考值参分 for 参考分值). */
  private readonly anagrams = new Map<string, R | null>();
  /** null for a miss: memoizeRecent remembers every result but undefined. */
  private readonly lookup: (key: string) => R | null;

  constructor(table: LabelTable<R>) {
    for (const [role, variants] of Object.entries(table) as [R, readonly LabelVariant[]][]) {
      for (const v of variants) {
        if (typeof v === 'string') {
          const key = labelKey(v);
          if (!this.exact.has(key)) this.exact.set(key, role);
          if (key.length >= MIN_ANAGRAM) {
            const sorted = sortedChars(key);
            // Two roles sharing the same characters: no anagram reading is safe.
            this.anagrams.set(sorted, this.anagrams.has(sorted) && this.anagrams.get(sorted) !== role ? null : role);
          }
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
    const anagram = key.length >= MIN_ANAGRAM && key.length <= MAX_ANAGRAM;
    return anagram ? (this.anagrams.get(sortedChars(key)) ?? null) : null;
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
