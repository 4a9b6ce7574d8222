import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Indicator } from '../../model/project';
import { PARENT_OF } from '../../taxonomy/categories';
import { suggestReclassification } from '../../taxonomy/classifier';
import { rule, type Owner } from '../rule';
import { indicatorSite } from '../site';

/** 预算执行率 and its kin: scored on their own in a self-evaluation, never an output or cost indicator. */
const EXECUTION_RATE = /(预算|资金|经费)?(执行|支出|结算)率|预算执行|资金执行进度/;

/** Unknown 一级/二级 labels of the indicator (UNKNOWN_CATEGORY). */
function unknownLabels(owner: Owner, ind: Indicator, out: Finding[]): void {
  if (ind.level1 === null && ind.level1Raw.trim() !== '') {
    out.push(
      makeFinding('UNKNOWN_CATEGORY', indicatorSite(owner, ind), {
        actual: ind.level1Raw,
        params: { level: '一级指标', levelEn: 'level-1 category' },
      }),
    );
  }
  if (ind.level2 === null && !ind.level2Inferred && ind.level2Raw.trim() !== '') {
    out.push(
      makeFinding('UNKNOWN_CATEGORY', indicatorSite(owner, ind), {
        actual: ind.level2Raw,
        params: { level: '二级指标', levelEn: 'level-2 category' },
      }),
    );
  }
}

function parentMismatch(owner: Owner, ind: Indicator): Finding | null {
  if (!ind.level1 || !ind.level2 || ind.level2Inferred) return null;
  const parent = PARENT_OF[ind.level2];
  // 成本指标 may stand as 一级 with 经济/社会/生态环境成本 under it, or as 二级 of 产出.
  if (parent === ind.level1 || (ind.level1 === '成本指标' && ind.level2 === '成本指标')) return null;
  return makeFinding('LEVEL2_PARENT_MISMATCH', indicatorSite(owner, ind), {
    expected: parent,
    actual: ind.level2,
    params: { parent: ind.level1 },
  });
}

/** 预算执行率 filed as an output or cost indicator (the review complaint: it is scored apart). */
function executionRate(owner: Owner, ind: Indicator): Finding | null {
  if (!EXECUTION_RATE.test(ind.level3) || (ind.level1 !== '产出指标' && ind.level1 !== '成本指标')) return null;
  return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(owner, ind), {
    expected: '预算执行情况（自评时单独计分，不作为产出或成本指标）',
    actual: ind.level2 ?? ind.level1,
    params: { name: ind.level3, matched: '执行率' },
  });
}

function misclassified(owner: Owner, ind: Indicator): Finding | null {
  if (!ind.level2) return null;
  // A 二级 inferred from the wording's own keywords scores above zero: nothing to suggest (spares a rescoring).
  if (ind.level2Inferred && ind.inference && ind.inference.matched.length > 0) return null;
  const suggestion = suggestReclassification(ind.level3, ind.level2, ind.target, ind.description);
  if (!suggestion?.level2) return null;
  if (ind.level2Inferred) {
    // An inferred 二级 is our own guess: only a 一级 that contradicts the wording is worth saying (info).
    if (PARENT_OF[suggestion.level2] === ind.level1) return null;
    return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(owner, ind), {
      severity: 'info',
      expected: suggestion.level2,
      actual: ind.level1 ?? ind.level1Raw,
      params: { name: ind.level3, matched: suggestion.matched.join('、') },
    });
  }
  return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(owner, ind), {
    expected: suggestion.level2,
    actual: ind.level2,
    params: { name: ind.level3, matched: suggestion.matched.join('、') },
  });
}

/**
 * Category labels: unknown labels (UNKNOWN_CATEGORY), a 二级 under a 一级 it does not belong to
 * (LEVEL2_PARENT_MISMATCH), 预算执行率 filed as an output or cost, and wording that belongs to another
 * category (MISCLASSIFIED_INDICATOR). Known synonyms were normalized silently.
 */
export const classification = rule({
  scope: 'indicator',
  codes: ['UNKNOWN_CATEGORY', 'LEVEL2_PARENT_MISMATCH', 'MISCLASSIFIED_INDICATOR'],
  check({ owner, indicator }) {
    const out: Finding[] = [];
    unknownLabels(owner, indicator, out);
    const found =
      parentMismatch(owner, indicator) ?? executionRate(owner, indicator) ?? misclassified(owner, indicator);
    if (found) out.push(found);
    return out;
  },
});
