import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Project } from '../../model/project';
import { isBlankRaw } from '../amounts';
import { rule } from '../rule';
import { ownerSite } from '../site';

/** Months between the plan's 100% and a 时效 deadline that no longer fit together. */
const FAR_BEFORE = 4;

/** The earliest month-end deadline of the project's 时效 indicators in the budget year. */
function earliestDeadline(project: Project): { month: number; name: string } | null {
  let best: { month: number; name: string } | null = null;
  for (const ind of project.indicators) {
    const t = ind.target;
    if (ind.level2 !== '时效指标' || t.kind !== 'deadline' || t.month === undefined || t.from) continue;
    if (!best || t.month < best.month) best = { month: t.month, name: ind.level3 };
  }
  return best;
}

/**
 * 资金支出计划（%）: cumulative, so non-decreasing, within 0–100, and 100% by
 * 12月底 (SPENDING_PLAN_INVALID, error); blank points, and 100% spent months before a 时效 deadline, are warnings.
 */
function spendingPlanFindings(project: Project): Finding[] {
  const plan = project.spendingPlan;
  if (plan.length === 0) return [];
  const out: Finding[] = [];
  const at = (cell: string, reason: string, reasonEn: string, expected: string, actual: string, severity?: 'warning') =>
    out.push(
      makeFinding('SPENDING_PLAN_INVALID', ownerSite(project, cell), {
        expected,
        actual,
        severity,
        params: { reason, reasonEn },
      }),
    );
  let previous: { percent: number; label: string } | null = null;
  for (const p of plan) {
    if (p.percent === null) {
      // Text or an error in the point is AMOUNT_NOT_NUMBER; only a blank one is "未填写".
      if (isBlankRaw(p.raw)) at(p.cell, `“${p.label}”未填写`, `point "${p.label}" is blank`, '0–100%', '', 'warning');
      continue;
    }
    if (p.percent < 0 || p.percent > 100)
      at(p.cell, `“${p.label}”超出 0–100%`, `point "${p.label}" is outside 0–100%`, '0–100%', `${p.percent}%`);
    else if (previous && p.percent + 1e-9 < previous.percent) {
      at(
        p.cell,
        `“${p.label}”低于“${previous.label}”（累计进度不应下降）`,
        `point "${p.label}" is below "${previous.label}" (cumulative plan must not decrease)`,
        `≥${previous.percent}%`,
        `${p.percent}%`,
      );
    }
    previous = { percent: p.percent, label: p.label };
  }
  const deadline = earliestDeadline(project);
  const full = plan.find((p) => p.percent !== null && p.percent >= 100 && p.month !== null);
  if (deadline && full?.month && deadline.month - full.month >= FAR_BEFORE) {
    at(
      full.cell,
      `在${full.label}已支出100%，远早于时效目标“${deadline.name}”的期限（${deadline.month}月）`,
      `reaches 100% at "${full.label}", long before the deadline of "${deadline.name}" (month ${deadline.month})`,
      `与时效目标相符的支出进度`,
      `${full.percent}%`,
      'warning',
    );
  }
  const last = plan[plan.length - 1];
  if (last.month === 12 && last.percent !== null && Math.abs(last.percent - 100) > 1e-6 && last.percent <= 100) {
    at(last.cell, '12月底未达到100%', 'does not reach 100% by the end of December', '100%', `${last.percent}%`);
  }
  return out;
}

export const spendingPlan = rule({ scope: 'project', codes: ['SPENDING_PLAN_INVALID'], check: spendingPlanFindings });
