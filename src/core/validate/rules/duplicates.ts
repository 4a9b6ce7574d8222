import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Project } from '../../model/project';
import { labelKey } from '../../text/normalize';
import { indicatorSite } from '../site';

/** The same 三级 twice in one project (DUPLICATE_INDICATOR, on the repeat). */
export function checkDuplicates(project: Project): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    const key = labelKey(ind.level3).replace(/[“”"'‘’()（）]/g, '');
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, ind.cell);
    else out.push(makeFinding('DUPLICATE_INDICATOR', indicatorSite(project, ind), { actual: ind.level3, params: { name: ind.level3, first } }));
  }
  return out;
}
