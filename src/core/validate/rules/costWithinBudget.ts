import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import type { Indicator, Project } from '../../model/project';
import type { NumericTarget } from '../../model/target';
import type { Profile } from '../../profile';
import { formatTarget } from '../../parse/targetValue';
import { isCostIndicator } from '../../taxonomy/direction';
import { rule } from '../rule';
import { formatAmount, indicatorSite } from '../site';
import { targetParts } from './targetParts';

/** 万元 per unit of a money target (`万元/个` → 1, `元/人` → 1/10000) and its per-unit part, null for other units. */
function moneyUnit(t: NumericTarget): { perWan: number; per: string } | null {
  const [money, per = ''] = t.unit.split('/');
  if (money === '万元' || money === '万') return { perWan: 1, per };
  if (money === '元') return { perWan: 1 / 10000, per };
  if (money === '亿元') return { perWan: 10000, per };
  return null;
}

/** How many of `per` the project's other targets state (10个 合作社 for a cost per 个), the first found. */
function countOf(project: Project, per: string, except: Indicator): { count: number; name: string } | null {
  if (!per) return null;
  for (const ind of project.indicators) {
    if (ind === except) continue;
    for (const t of targetParts(ind.target)) {
      if (t.kind === 'numeric' && t.unit === per && t.value > 0 && t.comparator !== '<=' && t.comparator !== '<')
        return { count: t.value, name: ind.level3 };
    }
  }
  return null;
}

/** Months of the project in the budget year: a monthly cost runs 12 of them unless the period says fewer. */
function monthsOf(project: Project): number {
  const m = /(\d{1,2})\s*个?月/.exec(project.period ?? '');
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : 12;
}

interface Cost {
  wan: number;
  shown: string;
  /** How far the total may be off because the unit cost is a rounded figure (71.86元/平方米 × 26970.7平方米). */
  slack: number;
}

/** Half the last printed place of a figure with decimals (71.86 → 0.005); a whole number is taken as exact. */
function roundingOf(value: number): number {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return decimals > 0 ? 0.5 * 10 ** -decimals : 0;
}

/** What a cost target costs in all, in 万元: a total, a unit cost times the count stated elsewhere, a monthly cost over the months. */
function costOf(project: Project, ind: Indicator, t: NumericTarget): Cost | null {
  const unit = moneyUnit(t);
  if (!unit) return null;
  const wan = t.value * unit.perWan;
  if (!unit.per) return { wan, shown: formatTarget(t), slack: 0 };
  const times = (n: number) => ({ wan: wan * n, slack: roundingOf(t.value) * unit.perWan * n });
  if (unit.per === '月') {
    const months = monthsOf(project);
    return { ...times(months), shown: `${formatTarget(t)} × ${months}个月` };
  }
  const count = countOf(project, unit.per, ind);
  return count
    ? { ...times(count.count), shown: `${formatTarget(t)} × ${count.count}${unit.per}（${count.name}）` }
    : null;
}

/**
 * A 成本 target that exceeds the project's budget (COST_EXCEEDS_BUDGET): a total in money, a unit cost times
 * the count another indicator states (23万元/个 × 10个 = 230万元), a monthly cost over the months. A rounded
 * unit cost (71.86元) may overshoot by its rounding times the count.
 */
function costFindings(project: Project, profile: Profile): Finding[] {
  const budgets = [project.budget.total?.value, project.budget.annual?.value].filter(
    (v): v is number => typeof v === 'number',
  );
  if (budgets.length === 0) return [];
  const budget = Math.max(...budgets);
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    if (!isCostIndicator(ind)) continue;
    for (const t of targetParts(ind.target)) {
      if (t.kind !== 'numeric') continue;
      const cost = costOf(project, ind, t);
      if (!cost || cost.wan <= budget + profile.amountTolerance + cost.slack) continue;
      out.push(
        makeFinding('COST_EXCEEDS_BUDGET', indicatorSite(project, ind, ind.targetCell), {
          expected: formatAmount(budget),
          actual: `${cost.shown}（${formatAmount(cost.wan)}）`,
          params: { name: ind.level3 },
        }),
      );
    }
  }
  return out;
}

export const costWithinBudget = rule({ scope: 'project', codes: ['COST_EXCEEDS_BUDGET'], check: costFindings });
