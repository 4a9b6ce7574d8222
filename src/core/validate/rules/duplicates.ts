import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import { memoizeRecent } from '../../memo';
import { labelKey } from '../../vocabulary/labelKey';
import { isBareNumberName } from '../../vocabulary/placeholders';
import { rule } from '../rule';
import { indicatorSite } from '../site';

/**
 * What makes two 三级 names the same: spacing, width, quotes and brackets aside. Names recur across projects.
 * A bare number is no name (MISSING_INDICATOR_NAME says so): two of them are not a duplicate.
 */
const sameNameKey = memoizeRecent(
  (name: string) => name,
  (name: string) => (isBareNumberName(name) ? '' : labelKey(name).replace(/[“”"'‘’()（）]/g, '')),
);

/** The same 三级 twice in one project or self-evaluation (DUPLICATE_INDICATOR, on the repeat). */
export const duplicates = rule({
  scope: 'indicatorSet',
  codes: ['DUPLICATE_INDICATOR'],
  check(owner) {
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const ind of owner.indicators) {
      const key = sameNameKey(ind.level3);
      if (!key) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, ind.cell);
      else
        out.push(
          makeFinding('DUPLICATE_INDICATOR', indicatorSite(owner, ind), {
            actual: ind.level3,
            params: { name: ind.level3, first },
          }),
        );
    }
    return out;
  },
});
