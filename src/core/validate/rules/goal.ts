import { makeFinding } from '../../findings/make';
import type { Project, TextField } from '../../model/project';
import { amountInText } from '../../recognize/amount';
import { isIdeograph } from '../../text/ideograph';
import { labelKey } from '../../vocabulary/labelKey';
import { rule } from '../rule';
import { ownerSite } from '../site';

/** Leading enumerator characters labelKey may drop (`十二、`): its key keeps all other Chinese characters. */
const ENUMERATOR_IDEOGRAPHS = 3;

/**
 * Whether the text has more Chinese characters than its label key could drop and still fit within
 * `limit` characters: then its key is longer than any key of `limit` characters (goals are prose,
 * names short, so most goals are ruled out without normalizing them).
 */
function tooLongForKey(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isIdeograph(c) && ++count > limit + ENUMERATOR_IDEOGRAPHS) return true;
  }
  return false;
}

/** Whether the goal's key is the name's, or a part of it of four characters or more. */
function repeatsName(goal: string, name: string): boolean {
  if (tooLongForKey(goal, name.length)) return false;
  const g = labelKey(goal).replace(/[。.]$/, '');
  const n = labelKey(name);
  return !!g && !!n && (g === n || (n.includes(g) && g.length >= 4));
}

/** Why a goal text is no goal: it restates the project's name, or it is only an amount. */
export function notAGoal(goal: TextField, name: string): { zh: string; en: string } | null {
  if (repeatsName(goal.text, name)) return { zh: '（只写了项目名称）', en: ' (it only repeats the project name)' };
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
