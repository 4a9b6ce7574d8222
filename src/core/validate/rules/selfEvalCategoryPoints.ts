import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import { round2 } from '../../selfeval/scoring';
import { rule } from '../rule';
import { pointsGroups } from '../selfEvalPoints';
import { ownerSite } from '../site';

/**
 * The points a scorecard's category labels state against the weights of the rows under them
 * (WEIGHT_SUM_MISMATCH): `数量指标(10分)` over 10 points of rows, `项目产出(30分)` over 30, a band
 * `成本指标(0-20)分` over 0–20. Not judged: a category with a row whose weight is unreadable or blank, and
 * the category the read rows end in, unless a 总分 row closes the table (its rows may go on past what was read:
 * a table continued on the next page, an excerpt).
 */
export const selfEvalCategoryPoints = rule({
  scope: 'selfEvaluation',
  codes: ['WEIGHT_SUM_MISMATCH'],
  check(e) {
    const out: Finding[] = [];
    const last = e.indicators[e.indicators.length - 1];
    const closed = e.totalScore !== undefined && !e.totalScoreInHeader;
    for (const level of [1, 2] as const) {
      for (const { label, points, rows } of pointsGroups(e, level)) {
        if ((!closed && rows.includes(last)) || rows.some((r) => r.weight.value === null)) continue;
        const sum = round2(rows.reduce((a, r) => a + (r.weight.value as number), 0));
        if (sum >= points.min - 0.01 && sum <= points.max + 0.01) continue;
        const expected = points.min === points.max ? String(points.max) : `${points.min}–${points.max}`;
        out.push(
          makeFinding('WEIGHT_SUM_MISMATCH', ownerSite(e, rows[0].weight.cell), {
            expected,
            actual: String(sum),
            params: { what: `“${label}”`, whatEn: `"${label}"` },
          }),
        );
      }
    }
    return out;
  },
});
