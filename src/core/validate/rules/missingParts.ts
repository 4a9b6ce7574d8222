import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Project } from '../../model/project';
import { indicatorSite, projectSite } from '../site';

/** Every indicator has a 年度指标值 (MISSING_TARGET); the project states its 绩效目标 (MISSING_GOAL). */
export function checkMissingParts(project: Project): Finding[] {
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    if (ind.target.kind === 'empty') {
      out.push(
        makeFinding('MISSING_TARGET', indicatorSite(project, ind, ind.targetCell), {
          params: { name: ind.level3, what: '年度指标值', whatEn: 'annual target value' },
        }),
      );
    }
  }
  if (!project.goal?.text.trim() && !project.annualGoal?.text.trim()) {
    const cell = project.goal?.cell ?? project.annualGoal?.cell ?? project.cell;
    out.push(
      makeFinding('MISSING_GOAL', projectSite(project, cell), {
        params: { what: '绩效目标', whatEn: 'performance goal' },
      }),
    );
  }
  return out;
}
