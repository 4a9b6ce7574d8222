import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import { round2 } from '../../selfeval/scoring';
import { rule } from '../rule';
import { ownerSite } from '../site';

/**
 * Weights (权重/分值) a target table gives its indicators against the totals it states (WEIGHT_SUM_MISMATCH):
 * per 一级 (`产出指标(50分)`, `其中产出指标权重分值50分`) and in all (its 合计/总分 row). Without a stated total
 * nothing is assumed: provinces split the 100 points differently.
 */
export const targetWeights = rule({
  scope: 'project',
  codes: ['WEIGHT_SUM_MISMATCH'],
  check(project) {
    const stated = project.statedWeights ?? [];
    if (stated.length === 0 || project.unread?.includes('indicators')) return [];
    const out: Finding[] = [];
    for (const s of stated) {
      const ofIt = project.indicators.filter((i) => s.level1 === null || i.level1 === s.level1);
      if (ofIt.length === 0 || ofIt.some((i) => i.weight?.value == null)) continue;
      const sum = round2(ofIt.reduce((a, i) => a + (i.weight?.value as number), 0));
      if (Math.abs(sum - s.weight) <= 0.01) continue;
      out.push(
        makeFinding('WEIGHT_SUM_MISMATCH', ownerSite(project, s.cell), {
          expected: String(s.weight),
          actual: String(sum),
          params: { what: s.level1 ?? '绩效指标', whatEn: s.level1 ?? 'the indicators' },
        }),
      );
    }
    return out;
  },
});
