import { makeFinding } from '../../findings/make';
import type { Indicator } from '../../model/project';
import type { NumericTarget, QualitativeTarget, SimpleTarget } from '../../model/target';
import { suggestReclassification } from '../../taxonomy/classifier';
import { LOWER_IS_BETTER } from '../../taxonomy/direction';
import { isBareNumberName } from '../../vocabulary/placeholders';
import { unitKind } from '../../vocabulary/units';
import { rule } from '../rule';
import { indicatorSite } from '../site';
import { targetParts, unitOnly } from './targetParts';

/**
 * Definite states a reviewer can check against the indicator's name (its criterion): 是/否, 合格, 达标,
 * 通过, 完成, 建成, 全覆盖, 零/无 (零事故). Everything else without a figure, date or period is vague.
 */
const DEFINITE =
  /^(是|否|有|无|零|合格|达标|通过|通过验收|验收合格|完成|已完成|全部完成|按期完成|建成|全覆盖|100%覆盖|全部覆盖|全额|足额|符合|不符合|达到|未达到|及格|正常运行|已建立|建立|出台|印发|实现)$/;

/** Names that measure a share: a percent of them is meaningful. */
const RATE_NAME =
  /率|度|比例|比重|占比|百分比|覆盖|完成|达标|合格|到位|知晓|参与|增长|增幅|降幅|减少|提高|下降|降低|节约|程度|水平|%|份额|进度|成功|准确|及时|完好|正常|合规|使用|利用|满意|认可|支持|好评|通过|入学|就业|参保|执行|发放|兑现|落实|改善|提升|减少|满足|保障/;

/** A quantified form to suggest, fitting the 二级 and the wording, in both languages. */
function suggestion(ind: Indicator): { zh: string; en: string } {
  const name = ind.level3;
  if (/满意/.test(name) || ind.level2 === '服务对象满意度指标') return { zh: '≥90%', en: '≥90%' };
  if (/率$/.test(name))
    return LOWER_IS_BETTER.test(name)
      ? { zh: '≤X%（给出上限）', en: '≤X% (state the ceiling)' }
      : { zh: '≥95%', en: '≥95%' };
  if (ind.level2 === '时效指标' || /及时|按时|时限|期限/.test(name))
    return {
      zh: '12月底前完成 / ≤N个工作日 / 及时率≥95%',
      en: 'done by the end of December / ≤N working days / on-time rate ≥95%',
    };
  if (ind.level2 === '成本指标' || ind.level1 === '成本指标' || /成本|费用|经费/.test(name))
    return { zh: '≤N万元（或单位成本≤N元）', en: '≤N 万元 (or a unit cost ≤N 元)' };
  if (LOWER_IS_BETTER.test(name) || /降低|减少|下降/.test(name))
    return { zh: '≤X%（给出上限）', en: '≤X% (state the ceiling)' };
  if (ind.level2 === '数量指标' || /次|数量|个数|家|场|人|户/.test(name))
    return { zh: '≥N个/次（给出数量）', en: '≥N items or times (state the count)' };
  if (/率/.test(name) || ind.level2 === '质量指标') return { zh: '≥95%', en: '≥95%' };
  return {
    zh: '数值+单位（如 ≥95%、≥10次）或期限（如 12月底前）',
    en: 'a number with its unit (≥95%, ≥10 times) or a deadline (by the end of December)',
  };
}

interface Vagueness {
  reason: string;
  reasonEn: string;
}

/** Why a qualitative target cannot be measured (null when it is a definite state). */
function vagueText(t: QualitativeTarget): Vagueness | null {
  const text = t.text.replace(/[。.\s]/g, '');
  // A unit alone is a missing target (MISSING_TARGET), not a vague one.
  if (DEFINITE.test(text) || unitOnly(t)) return null;
  return { reason: '无法衡量', reasonEn: 'cannot be measured' };
}

/** A percent of something that is no share (维护社会稳定 ≥95%): the figure measures nothing. */
function percentOfNothing(ind: Indicator, t: NumericTarget): Vagueness | null {
  if (t.unit !== '%' || RATE_NAME.test(ind.level3)) return null;
  return {
    reason: '是百分比，但指标名称没有说明是什么的比率',
    reasonEn: 'is a percentage of nothing the name measures',
  };
}

/** Names a bare figure can measure: counts and amounts (人数, 面积), rates and scores (率, 指数, 分). */
const FIGURE_NAME =
  /数|量|人|户|次|个|家|所|座|处|项|件|台|套|亩|公里|米|吨|天|年|月|元|率|度|比|指数|分|值|额|规模|面积|长度/;

/** A bare figure (100, no unit) for a benefit that is no count, rate or score (学校发展能力 100): it measures nothing. */
function bareFigure(ind: Indicator, t: NumericTarget): Vagueness | null {
  if (t.unit !== '' || !t.implicitComparator || ind.level1 !== '效益指标' || FIGURE_NAME.test(ind.level3)) return null;
  return {
    reason: '只是一个数字，没有单位，指标名称也不是数量、比率或分值',
    reasonEn: 'is a bare figure, with no unit, for something that is no count, rate or score',
  };
}

/** A 时效 target that is a minimum duration (维持时效 ≥1年): timeliness is a deadline or a maximum time. */
function timelinessAsMinimum(ind: Indicator, t: NumericTarget): Vagueness | null {
  if (ind.level2 !== '时效指标' || unitKind(t.unit) !== 'time' || (t.comparator !== '>=' && t.comparator !== '>'))
    return null;
  // A lasting effect misfiled under 时效 (执法服装使用年限 ≥3年) is a misfiling, said once (MISCLASSIFIED_INDICATOR).
  if (suggestReclassification(ind.level3, '时效指标', ind.target, ind.description)) return null;
  return {
    reason: '是时长的下限，不能说明何时完成',
    reasonEn: 'is a minimum duration, which says nothing of when the work is done',
  };
}

function vagueness(ind: Indicator, t: SimpleTarget): Vagueness | null {
  if (t.kind === 'qualitative') return vagueText(t);
  if (t.kind === 'numeric') return percentOfNothing(ind, t) ?? bareFigure(ind, t) ?? timelinessAsMinimum(ind, t);
  return null;
}

/**
 * Targets must be measurable (SPEC §5; 财预〔2021〕101号): a number with a unit, a date, deadline or
 * period, or a definite state checked against the indicator's name. Anything else is VAGUE_TARGET with a
 * quantified form that fits the 二级 and the wording; so is a percentage of nothing measurable, a bare
 * figure for a benefit that is no count or rate, and a 时效 target that is only a minimum duration.
 */
export const vagueTarget = rule({
  scope: 'indicator',
  codes: ['VAGUE_TARGET'],
  check({ owner, indicator }) {
    // A bare number as the name is reported once, as MISSING_INDICATOR_NAME.
    if (isBareNumberName(indicator.level3)) return [];
    for (const t of targetParts(indicator.target)) {
      const v = vagueness(indicator, t);
      if (!v) continue;
      const suggested = suggestion(indicator);
      return [
        makeFinding('VAGUE_TARGET', indicatorSite(owner, indicator, indicator.targetCell), {
          actual: t.kind === 'numeric' ? t.raw : t.text,
          expected: suggested.zh,
          params: { name: indicator.level3, reason: v.reason, reasonEn: v.reasonEn, expectedEn: suggested.en },
        }),
      ];
    }
    return [];
  },
});
