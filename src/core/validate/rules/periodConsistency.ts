import { makeFinding } from '../../findings/make';
import type { NumericTarget } from '../../model/target';
import { formatTarget } from '../../parse/targetValue';
import { unitKind } from '../../vocabulary/units';
import { rule } from '../rule';
import { indicatorSite } from '../site';

const raising = (t: NumericTarget) =>
  t.comparator === '>=' || t.comparator === '>' || (t.comparator === '=' && t.implicitComparator);
const lowering = (t: NumericTarget) => t.comparator === '<=' || t.comparator === '<';

/**
 * 年度 against 实施期 (中期) values of one indicator (PERIOD_ANNUAL_INCONSISTENT): a cumulative count, length
 * or amount for the year above the whole period's; comparators pointing opposite ways.
 */
export const periodConsistency = rule({
  scope: 'indicator',
  codes: ['PERIOD_ANNUAL_INCONSISTENT'],
  check({ owner, indicator }) {
    const a = indicator.target;
    const p = indicator.periodTarget;
    if (a.kind !== 'numeric' || p?.kind !== 'numeric' || a.unit !== p.unit) return [];
    const kind = unitKind(a.unit);
    const cumulative =
      kind === 'count' || kind === 'measure' || kind === 'money' || (kind === undefined && a.unit === '');
    let reason: [string, string] | null = null;
    if (cumulative && raising(a) && raising(p) && a.value > p.value)
      reason = ['超过了整个实施期的', "exceeds the whole period's"];
    else if ((raising(a) && lowering(p)) || (lowering(a) && raising(p)))
      reason = ['与实施期的比较方向相反：', 'points the other way than'];
    if (!reason) return [];
    return [
      makeFinding('PERIOD_ANNUAL_INCONSISTENT', indicatorSite(owner, indicator, indicator.targetCell), {
        actual: formatTarget(a),
        expected: formatTarget(p),
        params: { name: indicator.level3, reason: reason[0], reasonEn: reason[1] },
      }),
    ];
  },
});
