import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Project } from '../../model/project';
import type { NumericTarget } from '../../model/target';
import type { Profile } from '../../profile';
import { formatTarget } from '../../parse/targetValue';
import { rule } from '../rule';
import { formatAmount, indicatorSite } from '../site';

/** 万元 value of a money target, null for other units (元 → 万元). */
function inWan(t: NumericTarget): number | null {
  if (t.unit === '万元') return t.value;
  if (t.unit === '元') return t.value / 10000;
  return null;
}

/** A 成本 target in money that exceeds the project's budget (COST_EXCEEDS_BUDGET). */
function costFindings(project: Project, profile: Profile): Finding[] {
  const budgets = [project.budget.total?.value, project.budget.annual?.value].filter(
    (v): v is number => typeof v === 'number',
  );
  if (budgets.length === 0) return [];
  const budget = Math.max(...budgets);
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    if (ind.level2 !== '成本指标' && ind.level1 !== '成本指标') continue;
    const parts = ind.target.kind === 'composite' ? ind.target.parts : [ind.target];
    for (const t of parts) {
      if (t.kind !== 'numeric') continue;
      const wan = inWan(t);
      if (wan === null || wan <= budget + profile.amountTolerance) continue;
      out.push(
        makeFinding('COST_EXCEEDS_BUDGET', indicatorSite(project, ind, ind.targetCell), {
          expected: formatAmount(budget),
          actual: `${formatTarget(t)}（${formatAmount(wan)}）`,
          params: { name: ind.level3 },
        }),
      );
    }
  }
  return out;
}

export const costWithinBudget = rule({ scope: 'project', codes: ['COST_EXCEEDS_BUDGET'], check: costFindings });
