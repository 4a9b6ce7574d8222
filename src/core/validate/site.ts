import type { FindingSite } from '../findings/make';
import type { Indicator, Project } from '../model/project';

/** Where a finding about a whole project points: its indicators (or its name). */
export function projectSite(project: Project, cell: string = project.indicatorsCell): FindingSite {
  return { sheet: project.sheet, cell, project: { id: project.id, name: project.name } };
}

/** Where a finding about one indicator points, with its 一级/二级/三级 path. */
export function indicatorSite(project: Project, indicator: Indicator, cell: string = indicator.cell): FindingSite {
  return {
    ...projectSite(project, cell),
    indicator: [indicator.level1 ?? indicator.level1Raw, indicator.level2 ?? indicator.level2Raw, indicator.level3],
  };
}

/** 万元 amount for messages: `47.39 万元`. */
export function formatAmount(value: number): string {
  return `${Math.round(value * 100) / 100} 万元`;
}
