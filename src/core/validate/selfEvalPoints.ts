import type { ScoredIndicator, SelfEvaluation } from '../model/selfEval';
import { categoryPoints, type CategoryPoints } from '../vocabulary/categoryPoints';

/** The rows a self-evaluation files under one category label that states its points (`项目产出(30分)`). */
export interface PointsGroup {
  label: string;
  points: CategoryPoints;
  rows: ScoredIndicator[];
}

/**
 * The rows under each 一级 label (level 1) or each 二级 label within its 一级 (level 2) that states points, in
 * table order. A label printed again (a page break) gathers into its first group.
 */
export function pointsGroups(e: SelfEvaluation, level: 1 | 2): PointsGroup[] {
  const groups = new Map<string, PointsGroup>();
  for (const ind of e.indicators) {
    const label = level === 1 ? ind.level1Raw : ind.level2Raw;
    const points = label ? categoryPoints(label) : null;
    if (!points) continue;
    const key = level === 1 ? label : `${ind.level1Raw}\u0000${label}`;
    const group = groups.get(key) ?? { label: label.replace(/\s+/g, ''), points, rows: [] };
    groups.set(key, group);
    group.rows.push(ind);
  }
  return [...groups.values()];
}

/**
 * The full points of a self-evaluation: the national 100 for a project; for a department, the 合计 its table
 * states, else what its 一级 labels state when every row sits under one that states points and a 总分 row
 * closes the table (with the funds row's weight). Null when it cannot be told: labels above rows that may go
 * on past what was read give only part of the points.
 */
export function fullPoints(e: SelfEvaluation): number | null {
  if (e.kind === 'project') return 100;
  if (e.totalWeight?.value != null) return e.totalWeight.value;
  if (e.totalScore === undefined || e.totalScoreInHeader) return null;
  const groups = pointsGroups(e, 1);
  const covered = groups.reduce((a, g) => a + g.rows.length, 0);
  if (groups.length === 0 || covered !== e.indicators.length) return null;
  const funds = e.funds.find((r) => r.part === 'total') ?? e.funds[0];
  return groups.reduce((a, g) => a + g.points.max, funds?.weight?.value ?? 0);
}
