import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Indicator } from '../../model/project';
import type { NumericTarget } from '../../model/target';
import { formatTarget } from '../../parse/targetValue';
import { HIGHER_IS_BETTER, isCostIndicator, LOWER_IS_BETTER } from '../../taxonomy/direction';
import { unitKind } from '../../vocabulary/units';
import { rule } from '../rule';
import { indicatorSite } from '../site';
import { targetParts } from './targetParts';

interface Contradiction {
  expected: string;
  why: string;
  whyEn: string;
}

/**
 * Which way the wording points, against the comparator: a rate that is better higher with ≤, one that is
 * better lower with ≥, a cost given as a floor (≥), a count of outputs capped (≤). A rate name measured
 * in time (检测及时率 ≤7工作日) is a turnaround time: ≤ is right there.
 */
function contradiction(ind: Indicator, t: NumericTarget): Contradiction | null {
  const name = ind.level3;
  const lowering = t.comparator === '<=' || t.comparator === '<';
  const raising = t.comparator === '>=' || t.comparator === '>';
  const kind = unitKind(t.unit);
  const bound = `${t.value}${t.unit}`;
  if (lowering && kind !== 'time' && HIGHER_IS_BETTER.test(name) && !LOWER_IS_BETTER.test(name))
    return { expected: `≥${bound}`, why: '越高越好', whyEn: 'is better when higher' };
  if (raising && LOWER_IS_BETTER.test(name))
    return { expected: `≤${bound}`, why: '越低越好', whyEn: 'is better when lower' };
  if (raising && kind === 'money' && isCostIndicator(ind))
    return { expected: `≤${bound}`, why: '是成本，应设上限', whyEn: 'is a cost, which takes an upper bound' };
  if (lowering && ind.level2 === '数量指标' && kind !== 'money' && !LOWER_IS_BETTER.test(name) && !isCostIndicator(ind))
    return {
      expected: `≥${bound}`,
      why: '是产出数量，少做也能满足上限',
      whyEn: 'is an output count, which doing less would also meet as a cap',
    };
  return null;
}

/** Comparators that contradict what the wording measures (DIRECTION_CONTRADICTS_WORDING). */
export const direction = rule({
  scope: 'indicator',
  codes: ['DIRECTION_CONTRADICTS_WORDING'],
  check({ owner, indicator }) {
    const out: Finding[] = [];
    for (const t of targetParts(indicator.target)) {
      if (t.kind !== 'numeric') continue;
      const c = contradiction(indicator, t);
      if (!c) continue;
      out.push(
        makeFinding('DIRECTION_CONTRADICTS_WORDING', indicatorSite(owner, indicator, indicator.targetCell), {
          actual: formatTarget(t),
          expected: c.expected,
          params: { name: indicator.level3, why: c.why, whyEn: c.whyEn },
        }),
      );
    }
    return out;
  },
});
