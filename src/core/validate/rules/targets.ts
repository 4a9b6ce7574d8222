import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Indicator, Project } from '../../model/project';
import type { NumericTarget, SimpleTarget } from '../../model/target';
import { formatTarget } from '../../parse/targetValue';
import { HIGHER_IS_BETTER, LOWER_IS_BETTER } from '../../taxonomy/direction';
import { indicatorSite } from '../site';

/**
 * Target values: vague wording (VAGUE_TARGET), impossible numbers
 * (TARGET_OUT_OF_RANGE), comparators against the wording (DIRECTION_CONTRADICTS_WORDING).
 */
export function checkTargets(project: Project): Finding[] {
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    const parts: SimpleTarget[] =
      ind.target.kind === 'composite' ? ind.target.parts : ind.target.kind === 'empty' ? [] : [ind.target];
    for (const t of parts) {
      if (t.kind === 'qualitative' && t.vague) out.push(vague(project, ind, t.text));
      if (t.kind === 'numeric') {
        const range = outOfRange(project, ind, t);
        if (range) out.push(range);
        const dir = direction(project, ind, t);
        if (dir) out.push(dir);
      }
    }
  }
  return out;
}

/** A quantified form to suggest for vague wording. */
function suggestion(name: string): string {
  if (/满意/.test(name)) return '≥90%';
  if (LOWER_IS_BETTER.test(name) || /降低|减少|下降/.test(name)) return '≤X%（给出上限）';
  if (/率/.test(name)) return '≥95%';
  if (/次|数量|个数|家|场|人/.test(name)) return '≥N次/个（给出数量）';
  return '数值+单位（如 ≥95%、≥10次、12月底前）';
}

function vague(project: Project, ind: Indicator, text: string): Finding {
  return makeFinding('VAGUE_TARGET', indicatorSite(project, ind, ind.targetCell), {
    actual: text,
    expected: suggestion(ind.level3),
    params: { name: ind.level3, reason: '无法衡量', reasonEn: 'cannot be measured' },
  });
}

/** What is wrong with a numeric target: the bound it should respect, and why in zh/en. */
interface TargetProblem {
  expected: string;
  because: string;
  becauseEn: string;
  severity?: 'warning';
}

function outOfRange(project: Project, ind: Indicator, t: NumericTarget): Finding | null {
  const p = rangeProblem(t);
  if (!p) return null;
  return makeFinding('TARGET_OUT_OF_RANGE', indicatorSite(project, ind, ind.targetCell), {
    actual: formatTarget(t),
    expected: p.expected,
    severity: p.severity,
    params: { name: ind.level3, reason: p.because, reasonEn: p.becauseEn },
  });
}

function rangeProblem(t: NumericTarget): TargetProblem | null {
  const isRate = t.unit === '%' || t.unit === '‰';
  const cap = t.unit === '‰' ? 1000 : 100;
  if (isRate && t.value > cap && t.comparator !== '<=' && t.comparator !== '<')
    return { expected: `≤${cap}${t.unit}`, because: `超过 ${cap}${t.unit}`, becauseEn: `exceeds ${cap}${t.unit}` };
  if (isRate && t.comparator === '>' && t.value >= cap)
    return { expected: `≤${cap}${t.unit}`, because: '无法达到', becauseEn: 'cannot be reached' };
  if (t.value < 0) return { expected: '≥0', because: '为负数', becauseEn: 'is negative' };
  if ((t.comparator === '<' && t.value <= 0) || (t.comparator === '<=' && t.value < 0)) {
    return { expected: '=0 或正的上限', severity: 'warning', because: '没有意义', becauseEn: 'makes no sense' };
  }
  return null;
}

function direction(project: Project, ind: Indicator, t: NumericTarget): Finding | null {
  const p = directionProblem(ind.level3, t);
  if (!p) return null;
  return makeFinding('DIRECTION_CONTRADICTS_WORDING', indicatorSite(project, ind, ind.targetCell), {
    actual: formatTarget(t),
    expected: p.expected,
    params: { name: ind.level3, why: p.because, whyEn: p.becauseEn },
  });
}

function directionProblem(name: string, t: NumericTarget): TargetProblem | null {
  const lowering = t.comparator === '<=' || t.comparator === '<';
  const raising = t.comparator === '>=' || t.comparator === '>';
  if (lowering && HIGHER_IS_BETTER.test(name) && !LOWER_IS_BETTER.test(name)) {
    return { expected: `≥${t.value}${t.unit}`, because: '越高越好', becauseEn: 'is better when higher' };
  }
  if (raising && LOWER_IS_BETTER.test(name))
    return { expected: `≤${t.value}${t.unit}`, because: '越低越好', becauseEn: 'is better when lower' };
  return null;
}
