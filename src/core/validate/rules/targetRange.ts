import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Indicator } from '../../model/project';
import type { NumericTarget } from '../../model/target';
import { formatTarget } from '../../parse/targetValue';
import { isCostIndicator } from '../../taxonomy/direction';
import { rule, type Owner } from '../rule';
import { indicatorSite } from '../site';
import { targetParts } from './targetParts';

/** Shares that cannot exceed 100% (a coverage, a pass rate, satisfaction…): ≥100% of them can only mean =100%. */
const BOUNDED_RATE =
  /满意|覆盖|合格|达标|知晓|到位|及时|准确|完好|正常运行|参保|入学|发放|兑现|落实|覆盖率|通过|合规|安全率|完成率|使用率|利用率|执行率|支付率|下达率/;

interface Problem {
  code: 'TARGET_OUT_OF_RANGE' | 'TRIVIAL_TARGET';
  expected: string;
  because: string;
  becauseEn: string;
  severity?: 'warning';
}

function rangeProblem(ind: Indicator, t: NumericTarget): Problem | null {
  const isRate = t.unit === '%' || t.unit === '‰';
  const cap = t.unit === '‰' ? 1000 : 100;
  const name = ind.level3;
  const upper = t.comparator === '<=' || t.comparator === '<';
  if (isRate && t.value > cap && !upper && BOUNDED_RATE.test(name))
    return {
      code: 'TARGET_OUT_OF_RANGE',
      expected: `≤${cap}${t.unit}`,
      because: `超过 ${cap}${t.unit}`,
      becauseEn: `exceeds ${cap}${t.unit}`,
    };
  if (isRate && t.comparator === '>' && t.value >= cap && BOUNDED_RATE.test(name))
    return {
      code: 'TARGET_OUT_OF_RANGE',
      expected: `≤${cap}${t.unit}`,
      because: '无法达到',
      becauseEn: 'cannot be reached',
    };
  if (isRate && t.comparator === '>=' && t.value === cap && BOUNDED_RATE.test(name) && !/满意/.test(name))
    return {
      code: 'TARGET_OUT_OF_RANGE',
      expected: `=${cap}${t.unit}`,
      severity: 'warning',
      because: `不可能超过 ${cap}${t.unit}，“≥”没有意义`,
      becauseEn: `cannot exceed ${cap}${t.unit}, so "≥" means nothing`,
    };
  if (t.value < 0) return { code: 'TARGET_OUT_OF_RANGE', expected: '≥0', because: '为负数', becauseEn: 'is negative' };
  if (isCostIndicator(ind) && t.value === 0 && !upper && /元/.test(t.unit))
    return {
      code: 'TARGET_OUT_OF_RANGE',
      expected: '实际的成本金额',
      severity: 'warning',
      because: '成本为 0，无法考核（可能被数字格式四舍五入为 0）',
      becauseEn: 'is a cost of 0, which cannot be assessed (perhaps rounded to 0 by the number format)',
    };
  return trivialProblem(ind, t);
}

/** Targets that any result meets (≤0% for a saving, ≥0), or 100% satisfaction, which no survey reaches honestly. */
function trivialProblem(ind: Indicator, t: NumericTarget): Problem | null {
  if ((t.comparator === '<' && t.value <= 0) || (t.comparator === '<=' && t.value < 0))
    return {
      code: 'TARGET_OUT_OF_RANGE',
      expected: '=0 或正的上限',
      severity: 'warning',
      because: '没有意义',
      becauseEn: 'makes no sense',
    };
  if (
    (t.comparator === '>=' && t.value <= 0) ||
    (t.comparator === '<=' && t.value === 0 && /节约|节省|降低|下降|减少/.test(ind.level3))
  )
    return {
      code: 'TRIVIAL_TARGET',
      expected: '有挑战性的数值',
      because: '任何结果都能满足，不能反映绩效',
      becauseEn: 'is met by any result and says nothing about performance',
    };
  if (/满意/.test(ind.level3) && t.unit === '%' && t.value >= 100 && t.comparator !== '<=' && t.comparator !== '<')
    return {
      code: 'TRIVIAL_TARGET',
      expected: '≥90%（按调查实际设定）',
      because: '满意度要求 100%，脱离实际，任何一份不满意的问卷都会使其落空',
      becauseEn: 'asks for 100% satisfaction, which one unhappy respondent defeats',
    };
  return null;
}

function finding(owner: Owner, ind: Indicator, t: NumericTarget, p: Problem): Finding {
  const detail = {
    actual: formatTarget(t),
    expected: p.expected,
    severity: p.severity,
    params: { name: ind.level3, reason: p.because, reasonEn: p.becauseEn },
  };
  const site = indicatorSite(owner, ind, ind.targetCell);
  return p.code === 'TARGET_OUT_OF_RANGE'
    ? makeFinding('TARGET_OUT_OF_RANGE', site, detail)
    : makeFinding('TRIVIAL_TARGET', site, detail);
}

/**
 * Numbers a target cannot take (TARGET_OUT_OF_RANGE): a bounded share above 100%, ≥100% of one, a negative
 * count, a zero cost; and targets that cannot fail (TRIVIAL_TARGET): ≥0, a saving of ≤0%, 100% satisfaction.
 */
export const targetRange = rule({
  scope: 'indicator',
  codes: ['TARGET_OUT_OF_RANGE', 'TRIVIAL_TARGET'],
  check({ owner, indicator }) {
    const out: Finding[] = [];
    for (const t of targetParts(indicator.target)) {
      if (t.kind !== 'numeric') continue;
      const p = rangeProblem(indicator, t);
      if (p) out.push(finding(owner, indicator, t, p));
    }
    return out;
  },
});
