import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { SelfEvaluation } from '../../model/selfEval';
import { rule } from '../rule';
import { ownerSite } from '../site';
import { notAGoal } from './goal';

/** What of a self-evaluation is left unfilled: no actual anywhere, no score anywhere (when it has a 得分 column). */
function unfilled(e: SelfEvaluation): { zh: string; en: string } | null {
  const rows = e.indicators.filter((i) => i.weight.value !== null || i.target.kind !== 'empty');
  if (rows.length === 0) return null;
  const noActual = e.targets && rows.every((i) => i.actual.kind === 'empty');
  const noScore = e.scored && rows.every((i) => i.score.value === null);
  if (noActual && noScore) return { zh: '没有任何实际完成值和得分', en: 'no actual value and no score anywhere' };
  if (noScore) return { zh: '没有任何得分', en: 'no score anywhere' };
  if (noActual) return { zh: '没有任何实际完成值', en: 'no actual value anywhere' };
  return null;
}

/**
 * A self-evaluation filled in for real: actual values and scores (SELF_EVAL_UNFILLED, never "no problems");
 * its 预期目标 stated, not the project's name or an amount, and its narrative cells (目标完成情况, 评价结论…)
 * not left holding the template's instructions (MISSING_GOAL).
 */
export const selfEvalFilled = rule({
  scope: 'selfEvaluation',
  codes: ['SELF_EVAL_UNFILLED', 'MISSING_GOAL'],
  check(e) {
    const out: Finding[] = [];
    const what = unfilled(e);
    if (what) {
      const cell = e.indicators[0]?.actualCell ?? e.cell;
      out.push(
        makeFinding('SELF_EVAL_UNFILLED', ownerSite(e, cell), { params: { detail: what.zh, detailEn: what.en } }),
      );
    }
    if (e.kind === 'project') {
      const goal = e.expectedGoal;
      const reason = goal?.text.trim() ? notAGoal(goal, e.name) : { zh: '', en: '' };
      if (reason)
        out.push(
          makeFinding('MISSING_GOAL', ownerSite(e, goal?.cell ?? e.cell), {
            actual: goal?.text ?? '',
            params: { what: `预期目标${reason.zh}`, whatEn: `expected goal${reason.en}` },
          }),
        );
    }
    for (const t of e.templateTexts ?? []) {
      out.push(
        makeFinding('MISSING_GOAL', ownerSite(e, t.cell), {
          actual: t.text,
          params: {
            what: '实际完成情况（仍是模板的填写说明）',
            whatEn: "account of results (the template's instructions are still there)",
          },
        }),
      );
    }
    return out;
  },
});
