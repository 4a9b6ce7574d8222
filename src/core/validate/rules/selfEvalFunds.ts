import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Amount } from '../../model/project';
import type { FundsRow, SelfEvaluation } from '../../model/selfEval';
import type { Profile } from '../../profile';
import { executionScore, round2 } from '../../selfeval/scoring';
import { differs, sumAmounts } from '../amounts';
import { rule } from '../rule';
import { agreesAtPrecision } from '../selfEvalPrecision';
import { formatAmount, ownerSite } from '../site';

type Column = 'initialBudget' | 'fullYearBudget' | 'executed';
const COLUMNS: [Column, string, string][] = [
  ['initialBudget', '年初预算数', 'initial budget'],
  ['fullYearBudget', '全年预算数', 'full-year budget'],
  ['executed', '全年执行数', 'amount executed'],
];

const value = (a: Amount | undefined) => a?.value ?? null;

function totalRow(e: SelfEvaluation): FundsRow | undefined {
  return e.funds.find((r) => r.part === 'total') ?? e.funds[0];
}

/** 年度资金总额 against its 其中 rows, column by column (TOTAL_MISMATCH). */
function totalsAgainstParts(e: SelfEvaluation, total: FundsRow, profile: Profile, out: Finding[]): void {
  const parts = e.funds.filter((r) => r !== total && r.part !== undefined && r.part !== 'total');
  for (const [col, zh, en] of COLUMNS) {
    const stated = total[col];
    const sum = sumAmounts(parts.map((p) => p[col]));
    if (!stated || sum === null) continue;
    if (!differs(stated.value ?? 0, sum, profile.amountTolerance)) continue;
    out.push(
      makeFinding('TOTAL_MISMATCH', ownerSite(e, stated.cell), {
        expected: formatAmount(sum),
        actual: stated.value === null ? '（未填写）' : formatAmount(stated.value),
        params: { what: `年度资金总额的${zh}（其中各项之和）`, whatEn: `The ${en} of the total (sum of its parts)` },
      }),
    );
  }
}

/** Budget and executed amount of the total row, or of its parts when the total row is blank or zero. */
function executionBase(e: SelfEvaluation, total: FundsRow): { budget: number; executed: number } | null {
  const parts = e.funds.filter((r) => r !== total && r.part !== undefined && r.part !== 'total');
  const of = (col: Column) => {
    const own = value(total[col]);
    return own !== null && own > 0 ? own : sumAmounts(parts.map((p) => p[col]));
  };
  const budget = of('fullYearBudget') ?? of('initialBudget');
  const executed = of('executed');
  return budget !== null && budget > 0 && executed !== null ? { budget, executed } : null;
}

/** A funds row's own budget and executed amount, when it states both. */
function ownBase(row: FundsRow): { budget: number; executed: number } | null {
  const budget = value(row.fullYearBudget) ?? value(row.initialBudget);
  const executed = value(row.executed);
  return budget !== null && budget > 0 && executed !== null ? { budget, executed } : null;
}

/** A funds row's 得分 against min(执行率, 100%) × 分值 (SCORE_RULE_MISMATCH). */
function executionScoreFinding(
  e: SelfEvaluation,
  row: FundsRow,
  base: { budget: number; executed: number },
  out: Finding[],
): void {
  const weight = value(row.weight);
  const score = row.score;
  if (weight === null || !score) return;
  const expectedScore = executionScore(base.executed / base.budget, weight);
  if (score.value !== null && agreesAtPrecision(score.value, score.raw, expectedScore)) return;
  out.push(
    makeFinding('SCORE_RULE_MISMATCH', ownerSite(e, score.cell), {
      expected: String(expectedScore),
      actual: score.value === null ? '（未填写）' : String(score.value),
      params: {
        name: row === e.funds[0] || row.part === 'total' ? '预算执行率' : `预算执行率（${row.label}）`,
        rule: '执行率×分值，最高为分值',
        ruleEn: 'rate × weight, at most the weight',
      },
    }),
  );
}

/** A funds row's 执行率 against its 全年执行数 ÷ 全年(调整后)预算数, blank or wrong (EXECUTION_RATE_MISMATCH). */
function rateFinding(
  e: SelfEvaluation,
  row: FundsRow,
  base: { budget: number; executed: number },
  out: Finding[],
): void {
  const expectedRate = round2((base.executed / base.budget) * 100);
  const rate = row.rate;
  if (!rate || (rate.value !== null && agreesAtPrecision(rate.value, rate.raw, expectedRate))) return;
  const own = row.part !== undefined && row.part !== 'total' && row !== e.funds[0];
  out.push(
    makeFinding('EXECUTION_RATE_MISMATCH', ownerSite(e, rate.cell), {
      expected: `${expectedRate}%`,
      actual: rate.value === null ? '（未填写）' : `${rate.value}%`,
      params: own
        ? {
            what: `${row.label}的执行率（全年执行数/全年预算数）`,
            whatEn: `Execution rate of ${row.label} (executed / budget)`,
          }
        : { what: '执行率（全年执行数/全年预算数）', whatEn: 'Execution rate (executed / budget)' },
    }),
  );
}

/**
 * The funds table of a self-evaluation: 年度资金总额 = Σ 其中 rows (TOTAL_MISMATCH); 执行率 = 全年执行数 ÷
 * 全年(调整后)预算数, blank or wrong (EXECUTION_RATE_MISMATCH); its 得分 = min(执行率, 100%) × 分值, blank or
 * wrong (SCORE_RULE_MISMATCH), as is each source row's that has its own 分值 and 得分, and the 执行率 a source
 * row prints of its own. Figures are compared at
 * the precision the sheet keeps.
 */
export const selfEvalFunds = rule({
  scope: 'selfEvaluation',
  codes: ['TOTAL_MISMATCH', 'EXECUTION_RATE_MISMATCH', 'SCORE_RULE_MISMATCH'],
  check(e, profile) {
    const total = totalRow(e);
    if (!total) return [];
    const out: Finding[] = [];
    totalsAgainstParts(e, total, profile, out);
    const base = executionBase(e, total);
    if (!base) return out;
    rateFinding(e, total, base, out);
    executionScoreFinding(e, total, base, out);
    // Funds by source (基本支出 / 项目支出), each with its own 分值 and 得分, are each scored by the same rule.
    for (const part of e.funds) {
      if (part === total || value(part.weight) === null || !part.score) continue;
      const partBase = ownBase(part);
      if (partBase) executionScoreFinding(e, part, partBase, out);
    }
    // A source row that prints its own 执行率 (其中:财政拨款 100, 其他资金 0) is held to its own figures.
    for (const part of e.funds) {
      if (part === total || part.rate?.value === null || part.rate?.value === undefined) continue;
      const partBase = ownBase(part);
      if (partBase) rateFinding(e, part, partBase, out);
    }
    return out;
  },
});
