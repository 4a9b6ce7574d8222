import { makeFinding } from '../../findings/make';
import type { Project, TextField } from '../../model/project';
import { amountInText } from '../../recognize/amount';
import { labelKey } from '../../vocabulary/labelKey';
import { rule } from '../rule';
import { ownerSite } from '../site';

/** Why a goal text is no goal: it restates the project's name, or it is only an amount. */
export function notAGoal(goal: TextField, name: string): { zh: string; en: string } | null {
  const g = labelKey(goal.text).replace(/[。.]$/, '');
  const n = labelKey(name);
  if (g && n && (g === n || (n.includes(g) && g.length >= 4)))
    return { zh: '（只写了项目名称）', en: ' (it only repeats the project name)' };
  if (amountInText(goal.text, 1) !== null) return { zh: '（只写了金额）', en: ' (it only states an amount)' };
  return null;
}

/**
 * The project states its 绩效目标 (实施期 or 年度): MISSING_GOAL when neither has text, or the text
 * is no goal (the project's name again, an amount). Template instructions were read as no text.
 */
export const goal = rule({
  scope: 'project',
  codes: ['MISSING_GOAL'],
  check(project: Project) {
    const stated = [project.goal, project.annualGoal].filter((g): g is TextField => !!g?.text.trim());
    if (stated.length === 0) {
      const cell = project.goal?.cell ?? project.annualGoal?.cell ?? project.cell;
      return [
        makeFinding('MISSING_GOAL', ownerSite(project, cell), {
          params: { what: '绩效目标', whatEn: 'performance goal' },
        }),
      ];
    }
    const reasons = stated.map((g) => notAGoal(g, project.name));
    if (reasons.some((r) => r === null)) return [];
    const [first] = stated;
    const why = reasons[0] as { zh: string; en: string };
    return [
      makeFinding('MISSING_GOAL', ownerSite(project, first.cell), {
        actual: first.text,
        params: { what: `可衡量的绩效目标${why.zh}`, whatEn: `measurable performance goal${why.en}` },
      }),
    ];
  },
});
