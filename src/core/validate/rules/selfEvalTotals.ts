import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Amount } from '../../model/project';
import { gradeOf, round2 } from '../../selfeval/scoring';
import { rule } from '../rule';
import { ownerSite } from '../site';

function sum(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return round2((values as number[]).reduce((a, b) => a + b, 0));
}

const num = (a: Amount | undefined) => a?.value ?? null;

/**
 * A self-evaluation's totals: Σ 分值 (with the 预算执行率's) = 100 for a project, or the 合计 the table
 * states (WEIGHT_SUM_MISMATCH); Σ 得分 = 总分 (SCORE_SUM_MISMATCH); the 等级 the 总分 gives (GRADE_MISMATCH).
 */
export const selfEvalTotals = rule({
  scope: 'selfEvaluation',
  codes: ['WEIGHT_SUM_MISMATCH', 'SCORE_SUM_MISMATCH', 'GRADE_MISMATCH'],
  check(e) {
    const out: Finding[] = [];
    const funds = e.funds.find((r) => r.part === 'total') ?? e.funds[0];
    const fundsWeight = funds?.weight?.value != null ? [funds.weight.value] : [];
    const fundsScore = funds?.score?.value != null ? [funds.score.value] : [];
    const weights = sum([...fundsWeight, ...e.indicators.map((i) => num(i.weight))]);
    const scores = sum([...fundsScore, ...e.indicators.map((i) => num(i.score))]);
    // A project's weights are the national 100 (10 + 50 + 30 + 10); a department's, the total its table states.
    const stated = e.kind === 'project' ? 100 : (e.totalWeight?.value ?? null);
    const firstWeight = funds?.weight?.cell ?? e.indicators[0]?.weight.cell ?? e.cell;
    if (weights !== null && stated !== null && e.indicators.length > 0 && Math.abs(weights - stated) > 0.01) {
      out.push(
        makeFinding('WEIGHT_SUM_MISMATCH', ownerSite(e, firstWeight), {
          expected: String(stated),
          actual: String(weights),
          params: { what: '自评表', whatEn: 'the self-evaluation' },
        }),
      );
    }
    const total = num(e.totalScore);
    if (scores !== null && total !== null && e.totalScore && Math.abs(scores - total) > 0.01) {
      out.push(
        makeFinding('SCORE_SUM_MISMATCH', ownerSite(e, e.totalScore.cell), {
          expected: String(scores),
          actual: String(total),
        }),
      );
    }
    if (total !== null && e.grade && e.grade.text.trim() !== '') {
      const expected = gradeOf(total);
      const actual = e.grade.text.trim();
      if (!actual.startsWith(expected))
        out.push(makeFinding('GRADE_MISMATCH', ownerSite(e, e.grade.cell), { expected, actual, params: { total } }));
    }
    return out;
  },
});
