import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { ScoredIndicator } from '../../model/selfEval';
import type { Profile } from '../../profile';
import { round2, ruleOfNumeric, scoreQuantitative, tierOfText, tiersOf, type Tier } from '../../selfeval/scoring';
import { isScored, isSelfEvaluation, rule, type Owner } from '../rule';
import { agreesAtPrecision } from '../selfEvalPrecision';
import { indicatorSite } from '../site';

interface Rule {
  expected: number | [number, number];
  rule: string;
  ruleEn: string;
}

const NO_REASON = /^[\s0/—\-无]*$/;
/** 预算执行率 as a scorecard's own row: scored as min(执行率, 100%) × 分值 without a target (SPEC §6). */
const EXECUTION_RATE_ROW = /(预算|资金)执行率$|^执行率$/;

/** Target and actual state the same thing (`2021年12月完成` both): the target was met as written. */
function metAsWritten(ind: ScoredIndicator): boolean {
  const norm = (s: string) => s.replace(/[\s。.,，;；]/g, '');
  const t = norm(ind.target.raw);
  return t !== '' && t === norm(ind.actual.raw) && ind.target.kind !== 'numeric';
}

/** The rule for a row with no target to judge: only a 预算执行率 row has one (its rate × 分值). */
function frameworkRuleScore(ind: ScoredIndicator, weight: number): Rule | null {
  const a = ind.actual;
  if (!EXECUTION_RATE_ROW.test(ind.level3) || a.kind !== 'numeric' || a.unit !== '%') return null;
  return {
    expected: round2((weight * Math.min(a.value, 100)) / 100),
    rule: '预算执行率得分 = 执行率（不超过100%）× 分值',
    ruleEn: 'budget execution scores min(rate, 100%) × weight',
  };
}

/** What the scoring rule (财预〔2020〕10号, SPEC §6) gives the indicator, when it can be told. */
function ruleScore(ind: ScoredIndicator, weight: number, profile: Profile, framework: boolean): Rule | null {
  if (framework) return frameworkRuleScore(ind, weight);
  const t = ind.target;
  const a = ind.actual;
  if (t.kind === 'empty' || a.kind === 'empty')
    return {
      expected: 0,
      rule: '无指标值或实际完成值，不能计分',
      ruleEn: 'no target or actual value, nothing to score',
    };
  if (t.kind === 'numeric' && a.kind === 'numeric' && t.unit === a.unit) {
    const dir = ruleOfNumeric(t, ind.level3);
    return {
      expected: scoreQuantitative(dir, weight, t.value, a.value, profile),
      rule: dir === 'higher' ? '越高越好，按完成比例计分' : '越低越好，超出目标按比例扣分',
      ruleEn: dir === 'higher' ? 'higher is better, scored in proportion' : 'lower is better, scored inversely',
    };
  }
  if (t.kind !== 'numeric' && metAsWritten(ind)) return tierRule('达成', weight, profile);
  if (t.kind === 'qualitative' && a.kind === 'qualitative') {
    const tier = tierOfText(a.text);
    return tier ? tierRule(tier, weight, profile) : null;
  }
  return null;
}

function tierRule(tier: Tier, weight: number, profile: Profile): Rule {
  const { low, high } = tiersOf(profile)[tier];
  return {
    expected: [round2(weight * low), round2(weight * high)],
    rule: `定性指标“${tier}”得分为分值的 ${low * 100}%–${high * 100}%`,
    ruleEn: `a qualitative "${tier}" scores ${low * 100}–${high * 100}% of the weight`,
  };
}

function scoreFindings(owner: Owner, ind: ScoredIndicator, profile: Profile, framework: boolean, out: Finding[]): void {
  const weight = ind.weight.value;
  const score = ind.score.value;
  if (weight === null || score === null) return;
  if (score > weight + 0.01) {
    out.push(
      makeFinding('SCORE_EXCEEDS_WEIGHT', indicatorSite(owner, ind, ind.score.cell), {
        expected: String(weight),
        actual: String(score),
        params: { name: ind.level3 },
      }),
    );
    return;
  }
  const r = ruleScore(ind, weight, profile, framework);
  if (!r) return;
  const ok = Array.isArray(r.expected)
    ? score >= r.expected[0] - 0.01 && score <= r.expected[1] + 0.01
    : agreesAtPrecision(score, ind.score.raw, r.expected);
  if (ok) return;
  out.push(
    makeFinding('SCORE_RULE_MISMATCH', indicatorSite(owner, ind, ind.score.cell), {
      expected: Array.isArray(r.expected) ? `${r.expected[0]}–${r.expected[1]}` : String(r.expected),
      actual: String(score),
      params: { name: ind.level3, rule: r.rule, ruleEn: r.ruleEn },
    }),
  );
}

/**
 * A missed target, or one exceeded beyond the profile's margin, needs its 偏差原因; so do points taken off a
 * target met as written (DEVIATION_REASON_MISSING).
 */
function deviationFinding(owner: Owner, ind: ScoredIndicator, profile: Profile, out: Finding[]): void {
  const t = ind.target;
  const a = ind.actual;
  if (!NO_REASON.test(ind.deviation ?? '')) return;
  const { value: weight } = ind.weight;
  const { value: score } = ind.score;
  if (metAsWritten(ind) && weight !== null && score !== null && score < weight - 0.01) {
    out.push(
      makeFinding('DEVIATION_REASON_MISSING', indicatorSite(owner, ind, ind.score.cell), {
        expected: t.raw,
        actual: a.raw,
        params: {
          name: ind.level3,
          deviation: `完成值与年度指标值一致，却只得 ${score} 分（分值 ${weight}）`,
          deviationEn: `met its target as written yet scored ${score} of ${weight}`,
        },
      }),
    );
    return;
  }
  if (t.kind !== 'numeric' || a.kind !== 'numeric' || t.unit !== a.unit) return;
  const dir = ruleOfNumeric(t, ind.level3);
  const missed = dir === 'higher' ? a.value < t.value : a.value > t.value;
  const beyond = dir === 'higher' && t.value > 0 && a.value > t.value * (1 + profile.deviationMargin);
  if (!missed && !beyond) return;
  out.push(
    makeFinding('DEVIATION_REASON_MISSING', indicatorSite(owner, ind, ind.actualCell), {
      expected: t.raw,
      actual: a.raw,
      params: {
        name: ind.level3,
        deviation: missed ? '未完成年度指标值' : `超出年度指标值 ${Math.round(profile.deviationMargin * 100)}% 以上`,
        deviationEn: missed
          ? 'missed its target'
          : `exceeded its target by more than ${Math.round(profile.deviationMargin * 100)}%`,
      },
    }),
  );
}

/**
 * The scores of a self-evaluation's indicators: within the weight (SCORE_EXCEEDS_WEIGHT); as the rule gives
 * them — proportional for figures, within the tier for 达成/部分达成/未达成, nothing without a target or an
 * actual (SCORE_RULE_MISMATCH); and a 偏差原因 where the actual misses or far exceeds the target.
 */
export const selfEvalScores = rule({
  scope: 'indicator',
  codes: ['SCORE_EXCEEDS_WEIGHT', 'SCORE_RULE_MISMATCH', 'DEVIATION_REASON_MISSING'],
  frameworkRows: true,
  check({ owner, indicator }, profile) {
    if (!isScored(indicator)) return [];
    const out: Finding[] = [];
    // Framework rows (项目决策 / 项目管理, a department's scoring framework) have no target to score against.
    const framework = indicator.framework !== undefined || (isSelfEvaluation(owner) && !owner.targets);
    scoreFindings(owner, indicator, profile, framework, out);
    if (!framework) deviationFinding(owner, indicator, profile, out);
    return out;
  },
});
