import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Amount } from '../../model/project';
import type { SelfEvaluation } from '../../model/selfEval';
import { gradeOf, round2 } from '../../selfeval/scoring';
import { rule } from '../rule';
import { ownerSite } from '../site';
import { fullPoints } from '../selfEvalPoints';

function sum(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return round2((values as number[]).reduce((a, b) => a + b, 0));
}

const num = (a: Amount | undefined) => a?.value ?? null;

interface Item {
  weight: number | null;
  score: number | null;
  /** The score's cell (where it belongs, when blank). */
  cell: string;
}

/** The scored items: the funds row when it carries a weight or a score, then every indicator row. */
function itemsOf(e: SelfEvaluation): { funds: Item | null; rows: Item[] } {
  const f = e.funds.find((r) => r.part === 'total') ?? e.funds[0];
  const funds =
    f && (f.weight?.value != null || f.score?.value != null)
      ? { weight: num(f.weight), score: num(f.score), cell: f.score?.cell ?? f.weight?.cell ?? e.cell }
      : null;
  return { funds, rows: e.indicators.map((i) => ({ weight: num(i.weight), score: num(i.score), cell: i.score.cell })) };
}

/**
 * What the stated total can be when the scores do not settle it (a score unreadable or blank, or rows the
 * table may hold past what was read): at most the full points less the points the read rows lost, at least
 * the scores read (when none is negative). The finding says how the bound was made.
 */
function boundFinding(e: SelfEvaluation, total: number, full: number | null, items: Item[]): Finding | null {
  const read = items.filter((i): i is Item & { score: number } => i.score !== null);
  const open = items.filter((i) => i.score === null).map((i) => i.cell);
  const lost = round2(read.reduce((a, i) => a + (i.weight !== null ? Math.max(0, i.weight - i.score) : 0), 0));
  const scored = round2(read.reduce((a, i) => a + i.score, 0));
  const cells = open.length > 3 ? `${open.slice(0, 3).join('、')} 等 ${open.length} 格` : open.join('、');
  const cellsEn = open.length > 3 ? `${open.slice(0, 3).join(', ')} and ${open.length - 3} more` : open.join(', ');
  const openZh = open.length > 0 ? `；${cells} 的得分无法读出或未填写，按不扣分计` : '';
  const openEn = open.length > 0 ? `; the scores at ${cellsEn} are unreadable or blank, counted as losing nothing` : '';
  const site = ownerSite(e, e.totalScore?.cell ?? e.cell);
  if (full !== null && total > round2(full - lost) + 0.01) {
    return makeFinding('SCORE_SUM_MISMATCH', site, {
      expected: String(round2(full - lost)),
      actual: String(total),
      params: {
        rule: '最多为',
        ruleEn: 'can be at most',
        basis: `（满分 ${full}，已读出的各项共扣 ${lost} 分${openZh}）`,
        basisEn: ` (${full} points in all, of which the scores read lost ${lost}${openEn})`,
      },
    });
  }
  if (read.every((i) => i.score >= 0) && total < scored - 0.01) {
    return makeFinding('SCORE_SUM_MISMATCH', site, {
      expected: String(scored),
      actual: String(total),
      params: {
        rule: '至少为',
        ruleEn: 'is at least',
        basis: `（已读出的各项得分之和${openZh}）`,
        basisEn: ` (the sum of the scores read${openEn})`,
      },
    });
  }
  return null;
}

/**
 * A self-evaluation's totals: Σ 分值 (with the 预算执行率's) = 100 for a project, or the 合计 the table
 * states (WEIGHT_SUM_MISMATCH); Σ 得分 = 总分, or, where the scores read do not settle it, a 总分 within what
 * they allow (SCORE_SUM_MISMATCH); the 等级 the 总分 gives (GRADE_MISMATCH).
 */
export const selfEvalTotals = rule({
  scope: 'selfEvaluation',
  codes: ['WEIGHT_SUM_MISMATCH', 'SCORE_SUM_MISMATCH', 'GRADE_MISMATCH'],
  check(e) {
    const out: Finding[] = [];
    const { funds: fundsItem, rows } = itemsOf(e);
    // The funds row counts where it has a figure: a weight without a score (or the reverse) adds nothing.
    const weights = sum([...(fundsItem?.weight != null ? [fundsItem.weight] : []), ...rows.map((i) => i.weight)]);
    const scores = sum([...(fundsItem?.score != null ? [fundsItem.score] : []), ...rows.map((i) => i.score)]);
    // A project's weights are the national 100 (10 + 50 + 30 + 10); a department's, the total its table states.
    const stated = e.kind === 'project' ? 100 : (e.totalWeight?.value ?? null);
    const funds = e.funds.find((r) => r.part === 'total') ?? e.funds[0];
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
    const full = fullPoints(e);
    // A 总分 row closes the table: its rows are all above it. A 自评得分 above the table sums the rows read
    // only when their weights make up the full points.
    const allRows = !e.totalScoreInHeader || (full !== null && weights !== null && Math.abs(weights - full) <= 0.01);
    if (total !== null && e.totalScore) {
      if (scores !== null && allRows) {
        if (Math.abs(scores - total) > 0.01)
          out.push(
            makeFinding('SCORE_SUM_MISMATCH', ownerSite(e, e.totalScore.cell), {
              expected: String(scores),
              actual: String(total),
              params: { rule: '应为各项得分之和', ruleEn: 'should be the sum of the scores,', basis: '', basisEn: '' },
            }),
          );
      } else if (rows.length > 0) {
        const bound = boundFinding(e, total, full, fundsItem ? [fundsItem, ...rows] : rows);
        if (bound) out.push(bound);
      }
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
