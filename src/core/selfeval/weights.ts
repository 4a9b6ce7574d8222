import type { Indicator } from '../model/project';
import type { Profile } from '../profile';
import type { Level1 } from '../taxonomy/categories';
import { round2 } from './scoring';

type Category = 'output' | 'benefit' | 'satisfaction';

/** Which weight bucket a 一级 falls in (成本指标 as 一级 counts with 产出). */
function categoryOf(level1: Level1 | null): Category {
  if (level1 === '效益指标') return 'benefit';
  if (level1 === '满意度指标') return 'satisfaction';
  return 'output';
}

/**
 * Default 分值 per indicator: the category weight (产出 50, 效益 30, 满意度 10)
 * split evenly, the rounding remainder on the last one so each category sums
 * exactly; a category without indicators gives its weight to 产出 so Σ stays 100.
 */
export function defaultWeights(indicators: Pick<Indicator, 'level1'>[], profile: Profile): number[] {
  const members: Record<Category, number[]> = { output: [], benefit: [], satisfaction: [] };
  indicators.forEach((ind, i) => members[categoryOf(ind.level1)].push(i));
  const budget: Record<Category, number> = {
    output: profile.weights.output,
    benefit: profile.weights.benefit,
    satisfaction: profile.weights.satisfaction,
  };
  for (const c of ['benefit', 'satisfaction'] as const) {
    if (members[c].length === 0) {
      budget.output += budget[c];
      budget[c] = 0;
    }
  }
  const weights = new Array<number>(indicators.length).fill(0);
  for (const c of ['output', 'benefit', 'satisfaction'] as const) {
    const idx = members[c];
    if (idx.length === 0) continue;
    const each = round2(budget[c] / idx.length);
    idx.forEach((i, k) => {
      weights[i] = k === idx.length - 1 ? round2(budget[c] - each * (idx.length - 1)) : each;
    });
  }
  return weights;
}
