import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Indicator } from '../../model/project';
import { measuresExecution, speaksOfEcology } from '../../taxonomy/benefitWording';
import { PARENT_OF, type Level2 } from '../../taxonomy/categories';
import { rankLevel2, suggestReclassification } from '../../taxonomy/classifier';
import { isBareNumberName } from '../../vocabulary/placeholders';
import { unitKind } from '../../vocabulary/units';
import { rule, type Owner } from '../rule';
import { indicatorSite } from '../site';

/** 预算执行率 and its kin: scored on their own in a self-evaluation, never an output or cost indicator. */
const EXECUTION_RATE = /(预算|资金|经费|项目|财政)(执行|支出|结算)率|^(执行|支出)率|预算执行|资金执行进度/;

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

/** Words that make an indicator about cost (a cost-control rate states a cost too). */
const COST_WORDS = /成本|费用|经费|单价|价格|造价|金额|标准|定额|预算|投资|控制/;
/** Words of a count. */
const COUNT_WORDS = /数量|个数|人数|户数|次数|数$|覆盖/;
/**
 * Rates that measure how well, not how much (合格率, 使用率): filed under 数量 they are misfiled. Rates of
 * how much is in place (到位率, 稳定率, 完成率) are quantities written as ratios and stay.
 */
const QUALITY_RATE =
  /比例|占比|合格率|达标率|优良率|准确率|正确率|完好率|使用率|利用率|通过率|及时率|知晓率|规范率|合规率|满意/;
/** Wording of satisfaction (or its opposite, complaints): what a 满意度 indicator must be about. */
const SATISFACTION_WORDS = /满意|满足|认可|认同|评价|评议|好评|投诉|信访|赞成|支持|获得感|幸福感|口碑/;

/** The best 二级 the wording gives other than the filed one (for what a misfiled indicator should be). */
function otherThan(ind: Indicator, filed: Level2, family: Level2[]): Level2 | null {
  return (
    rankLevel2(ind.level3, null, ind.target, ind.description).find(
      (r) => !family.includes(r.level2) && r.level2 !== filed,
    )?.level2 ?? null
  );
}

/**
 * Indicators whose target shows they are not what they are filed as: a 成本 indicator with no cost in its
 * wording and no money in its target (资金使用效率 100%, a purchasing rule at 100%); a 数量 indicator that is
 * a quality rate or a share (疫苗使用率 100%, 课时比例 70%) rather than a count; a 满意度 indicator that measures no one's satisfaction
 * (安全事件发生数 0起).
 */
function filedByShape(owner: Owner, ind: Indicator): Finding | null {
  const t = ind.target;
  if (!ind.level2 || ind.level2Inferred || t.kind === 'empty' || t.kind === 'composite') return null;
  const money = t.kind === 'numeric' && unitKind(t.unit) === 'money';
  const costFamily: Level2[] = ['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标'];
  if ((ind.level2 === '成本指标' || ind.level2 === '经济成本指标') && !money && !COST_WORDS.test(ind.level3)) {
    const expected = otherThan(ind, ind.level2, costFamily);
    return shapeFinding(owner, ind, expected, '指标值不是金额，表述也不涉及成本');
  }
  const rate = t.kind === 'numeric' && t.unit === '%';
  if (ind.level2 === '数量指标' && rate && QUALITY_RATE.test(ind.level3) && !COUNT_WORDS.test(ind.level3)) {
    return shapeFinding(owner, ind, otherThan(ind, '数量指标', []), '是比率而不是数量');
  }
  if (ind.level1 === '满意度指标' && !rate && !SATISFACTION_WORDS.test(ind.level3)) {
    return shapeFinding(owner, ind, otherThan(ind, ind.level2, ['服务对象满意度指标']), '既不是满意度也不是比率');
  }
  return null;
}

/**
 * 效益 indicators whose wording states no effect: a name that measures the project's own execution
 * (`与委托运营方合同完成率`, `项目实施情况`) under any 效益 二级, and a 生态效益 indicator whose wording never
 * speaks of the environment (`对控制基建项目成本影响程度`).
 */
function benefitWithoutEffect(owner: Owner, ind: Indicator): Finding | null {
  if (ind.level1 !== '效益指标' || !ind.level2 || ind.level2Inferred) return null;
  if (measuresExecution(ind.level3)) {
    return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(owner, ind), {
      expected: '产出指标（按考核内容归入数量、质量或时效指标）',
      actual: ind.level2,
      params: { name: ind.level3, matched: '表述的是项目自身的完成或实施情况，是产出而不是效益' },
    });
  }
  const wording = [ind.level3, ind.target.raw, ind.description ?? ''].join(' ');
  if (ind.level2 === '生态效益指标' && !speaksOfEcology(wording))
    return shapeFinding(owner, ind, otherThan(ind, ind.level2, []), '表述不涉及生态环境');
  return null;
}

function shapeFinding(owner: Owner, ind: Indicator, expected: Level2 | null, why: string): Finding {
  return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(owner, ind), {
    expected: expected ?? '（按其实际考核内容归类）',
    actual: ind.level2 ?? '',
    params: { name: ind.level3, matched: why },
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
    // A bare number as the name (MISSING_INDICATOR_NAME) has no wording to classify.
    if (isBareNumberName(indicator.level3)) return out;
    const found =
      parentMismatch(owner, indicator) ??
      executionRate(owner, indicator) ??
      misclassified(owner, indicator) ??
      benefitWithoutEffect(owner, indicator) ??
      filedByShape(owner, indicator);
    if (found) out.push(found);
    return out;
  },
});
