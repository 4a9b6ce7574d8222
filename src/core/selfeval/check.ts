import { makeFinding, type FindingSite } from '../findings/make';
import type { Finding } from '../findings/finding';
import type { Amount } from '../model/project';
import type { ScoredIndicator, SelfEvaluation } from '../model/selfEval';
import type { NumericTarget } from '../model/target';
import type { Profile } from '../profile';
import { executionScore, gradeOf, round2, ruleOfNumeric, scoreQuantitative } from './scoring';

/** Points tolerance: filed scores are rounded to 2 decimals. */
const POINTS = 0.01;

const num = (a: Amount | undefined): number | null => a?.value ?? null;

function site(e: SelfEvaluation, cell: string, ind?: ScoredIndicator): FindingSite {
  const s: FindingSite = { sheet: e.sheet, cell, project: { id: e.id, name: e.name } };
  if (ind) s.indicator = [ind.level1 ?? ind.level1Raw, ind.level2 ?? ind.level2Raw, ind.level3];
  return s;
}

/** Units that measure the same thing on another scale: comparing them directly is wrong. */
const UNIT_FAMILIES = [
  ['%', '‰'],
  ['万元', '元'],
];

function unitMismatch(target: NumericTarget, actual: NumericTarget): boolean {
  return target.unit !== actual.unit && UNIT_FAMILIES.some((f) => f.includes(target.unit) && f.includes(actual.unit));
}

function checkIndicator(e: SelfEvaluation, ind: ScoredIndicator, profile: Profile): Finding[] {
  const out: Finding[] = [];
  const weight = num(ind.weight);
  const score = num(ind.score);
  if (weight !== null && score !== null && score > weight + POINTS) {
    out.push(
      makeFinding('SCORE_EXCEEDS_WEIGHT', site(e, ind.score.cell, ind), {
        expected: String(weight),
        actual: String(score),
        params: { name: ind.level3 },
      }),
    );
    return out;
  }
  const t = ind.target;
  const a = ind.actual;
  if (t.kind !== 'numeric' || a.kind !== 'numeric') return out;
  if (unitMismatch(t, a)) {
    out.push(
      makeFinding('UNIT_MISMATCH', site(e, ind.actualCell, ind), {
        expected: t.unit,
        actual: a.unit,
        params: {
          name: ind.level3,
          reason: '的实际完成值与年度指标值单位不同',
          reasonEn: 'has its actual in another unit than its target',
        },
      }),
    );
    return out;
  }
  if (weight === null || score === null || t.unit !== a.unit) return out;
  const rule = ruleOfNumeric(t, ind.level3);
  const expected = scoreQuantitative(rule, weight, t.value, a.value, profile);
  if (Math.abs(expected - score) > POINTS) {
    out.push(
      makeFinding('SCORE_RULE_MISMATCH', site(e, ind.score.cell, ind), {
        expected: String(expected),
        actual: String(score),
        params: {
          name: ind.level3,
          rule: rule === 'higher' ? '越高越好，按完成比例计分' : '越低越好，超出目标按比例扣分',
          ruleEn: rule === 'higher' ? 'higher is better, scored in proportion' : 'lower is better, scored inversely',
        },
      }),
    );
  }
  return out;
}

/** 执行率 = 全年执行数 / 全年预算数 and its score = min(执行率, 100%) × 分值. */
function checkExecution(e: SelfEvaluation): Finding[] {
  const row = e.funds[0];
  if (!row) return [];
  const executed = num(row.executed);
  const budget = num(row.fullYearBudget);
  const rate = num(row.rate);
  if (executed === null || budget === null || budget <= 0) return [];
  const expectedRate = round2((executed / budget) * 100);
  if (rate !== null && row.rate && Math.abs(rate - expectedRate) > POINTS) {
    return [
      makeFinding('EXECUTION_RATE_MISMATCH', site(e, row.rate.cell), {
        expected: `${expectedRate}%`,
        actual: `${rate}%`,
        params: { what: '执行率（全年执行数/全年预算数）', whatEn: 'Execution rate (executed / budget)' },
      }),
    ];
  }
  const weight = num(row.weight);
  const score = num(row.score);
  if (weight === null || score === null || !row.score) return [];
  const expectedScore = executionScore(executed / budget, weight);
  if (Math.abs(expectedScore - score) > POINTS) {
    return [
      makeFinding('EXECUTION_RATE_MISMATCH', site(e, row.score.cell), {
        expected: String(expectedScore),
        actual: String(score),
        params: { what: '执行率得分', whatEn: 'Execution score' },
      }),
    ];
  }
  return [];
}

function sum(values: (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  return round2((values as number[]).reduce((a, b) => a + b, 0));
}

/** Σ 分值 = 100, Σ 得分 = 总分, 等级 matches 总分. */
function checkTotals(e: SelfEvaluation): Finding[] {
  const out: Finding[] = [];
  const fundsRow = e.kind === 'project' ? e.funds[0] : undefined;
  const weights = sum([...(fundsRow ? [num(fundsRow.weight)] : []), ...e.indicators.map((i) => num(i.weight))]);
  const scores = sum([...(fundsRow ? [num(fundsRow.score)] : []), ...e.indicators.map((i) => num(i.score))]);
  const firstWeight = fundsRow?.weight?.cell ?? e.indicators[0]?.weight.cell ?? e.cell;
  if (weights !== null && e.indicators.length > 0 && Math.abs(weights - 100) > POINTS) {
    out.push(
      makeFinding('WEIGHT_SUM_MISMATCH', site(e, firstWeight), {
        expected: '100',
        actual: String(weights),
        params: { what: '自评表', whatEn: 'the self-evaluation' },
      }),
    );
  }
  const total = num(e.totalScore);
  if (scores !== null && total !== null && e.totalScore && Math.abs(scores - total) > POINTS) {
    out.push(
      makeFinding('SCORE_SUM_MISMATCH', site(e, e.totalScore.cell), {
        expected: String(scores),
        actual: String(total),
      }),
    );
  }
  if (total !== null && e.grade && e.grade.text.trim() !== '') {
    const expected = gradeOf(total);
    const actual = e.grade.text.trim();
    if (!actual.startsWith(expected))
      out.push(makeFinding('GRADE_MISMATCH', site(e, e.grade.cell), { expected, actual, params: { total } }));
  }
  return out;
}

/** Every check of a filed self-evaluation (layouts D and E). */
export function checkSelfEvaluations(evaluations: SelfEvaluation[], profile: Profile): Finding[] {
  return evaluations.flatMap((e) => [
    ...checkExecution(e),
    ...e.indicators.flatMap((i) => checkIndicator(e, i, profile)),
    ...checkTotals(e),
  ]);
}
