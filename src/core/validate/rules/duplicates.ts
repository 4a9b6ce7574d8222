import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Project } from '../../model/project';
import { memoizeRecent } from '../../memo';
import { labelKey } from '../../vocabulary/labelKey';
import { indicatorSite } from '../site';

/** What makes two 三级 names the same: spacing, width, quotes and brackets aside. Names recur across projects. */
const sameNameKey = memoizeRecent(
  (name: string) => name,
  (name: string) => labelKey(name).replace(/[“”"'‘’()（）]/g, ''),
);

/** The same 三级 twice in one project (DUPLICATE_INDICATOR, on the repeat). */
export function checkDuplicates(project: Project): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    const key = sameNameKey(ind.level3);
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, ind.cell);
    else
      out.push(
        makeFinding('DUPLICATE_INDICATOR', indicatorSite(project, ind), {
          actual: ind.level3,
          params: { name: ind.level3, first },
        }),
      );
  }
  return out;
}
