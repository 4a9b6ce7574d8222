import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Project, SpendingPlanPoint } from '../../model/project';
import { rule } from '../rule';
import { ownerSite } from '../site';

/** How far behind the plan (or the share of the year gone) spending may run before it is worth saying, in points. */
const BEHIND_BY = 10;
/** Outlooks that say a target may not be met. */
const AT_RISK = /有可能|不可能|无法|不能|难以|可能无法|存在风险/;

/** The planned cumulative share by the end of a month, read off the spending plan's points (linear between them). */
function plannedBy(plan: SpendingPlanPoint[], month: number): number | null {
  const points = plan.filter((p) => p.month !== null && p.percent !== null) as { month: number; percent: number }[];
  if (points.length === 0) return null;
  let before = { month: 0, percent: 0 };
  for (const p of points) {
    if (p.month === month) return p.percent;
    if (p.month > month)
      return before.percent + ((p.percent - before.percent) * (month - before.month)) / (p.month - before.month);
    before = p;
  }
  return before.percent;
}

function progressFinding(project: Project, out: Finding[]): void {
  const m = project.monitoring;
  const row = m?.funds.find((f) => f.part === 'total') ?? m?.funds[0];
  const budget = row?.fullYearBudget?.value ?? row?.initialBudget?.value ?? null;
  const spent = row?.executed?.value ?? null;
  if (!m?.month || !row?.executed || budget === null || budget <= 0 || spent === null) return;
  const share = (spent / budget) * 100;
  const planned = plannedBy(project.spendingPlan, m.month);
  const against = planned ?? (m.month / 12) * 100;
  if (share + BEHIND_BY >= against) return;
  out.push(
    makeFinding('PROGRESS_BEHIND_PLAN', ownerSite(project, row.executed.cell), {
      expected: `${Math.round(against * 10) / 10}%`,
      actual: `${Math.round(share * 10) / 10}%`,
      params: {
        month: m.month,
        against: planned !== null ? '资金支出计划' : '序时进度',
        againstEn: planned !== null ? 'the spending plan' : 'the share of the year gone',
      },
    }),
  );
}

/**
 * A mid-year monitoring table: spending so far against the spending plan (or, without one, the share of the
 * year gone) (PROGRESS_BEHIND_PLAN); an indicator whose outlook says it may not be met, with no 偏差原因 given
 * (DEVIATION_REASON_MISSING).
 */
export const monitoring = rule({
  scope: 'project',
  codes: ['PROGRESS_BEHIND_PLAN', 'DEVIATION_REASON_MISSING'],
  check(project) {
    if (project.layout !== 'monitoring') return [];
    const out: Finding[] = [];
    progressFinding(project, out);
    if (project.monitoring?.deviation?.text.trim()) return out;
    for (const ind of project.indicators) {
      if (!ind.outlook || !AT_RISK.test(ind.outlook.text)) continue;
      out.push(
        makeFinding('DEVIATION_REASON_MISSING', ownerSite(project, ind.outlook.cell), {
          expected: ind.target.raw,
          actual: ind.progress?.text ?? '',
          params: {
            name: ind.level3,
            deviation: `完成目标可能性为“${ind.outlook.text}”`,
            deviationEn: `has the outlook "${ind.outlook.text}"`,
          },
        }),
      );
    }
    return out;
  },
});
