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
    params: { name: ind.level3 },
  });
}

/** What is wrong with a numeric target: the bound it should respect and why. */
interface TargetProblem {
  expected: string;
  params: Record<string, string>;
  severity?: 'warning';
}

/** A finding about a numeric target, at its cell, quoting it. */
function targetFinding(
  project: Project,
  ind: Indicator,
  t: NumericTarget,
  code: 'TARGET_OUT_OF_RANGE' | 'DIRECTION_CONTRADICTS_WORDING',
  problem: TargetProblem | null,
): Finding | null {
  if (!problem) return null;
  const { expected, params, severity } = problem;
  return makeFinding(code, indicatorSite(project, ind, ind.targetCell), {
    actual: formatTarget(t),
    expected,
    severity,
    params: { name: ind.level3, ...params },
  });
}

function outOfRange(project: Project, ind: Indicator, t: NumericTarget): Finding | null {
  return targetFinding(project, ind, t, 'TARGET_OUT_OF_RANGE', rangeProblem(t));
}

function rangeProblem(t: NumericTarget): TargetProblem | null {
  const isRate = t.unit === '%' || t.unit === '‰';
  const cap = t.unit === '‰' ? 1000 : 100;
  if (isRate && t.value > cap && t.comparator !== '<=' && t.comparator !== '<')
    return {
      expected: `≤${cap}${t.unit}`,
      params: { reason: `超过 ${cap}${t.unit}`, reasonEn: `exceeds ${cap}${t.unit}` },
    };
  if (isRate && t.comparator === '>' && t.value >= cap)
    return { expected: `≤${cap}${t.unit}`, params: { reason: '无法达到', reasonEn: 'cannot be reached' } };
  if (t.value < 0) return { expected: '≥0', params: { reason: '为负数', reasonEn: 'is negative' } };
  if ((t.comparator === '<' && t.value <= 0) || (t.comparator === '<=' && t.value < 0)) {
    return {
      expected: '=0 或正的上限',
      severity: 'warning',
      params: { reason: '没有意义', reasonEn: 'makes no sense' },
    };
  }
  return null;
}

function direction(project: Project, ind: Indicator, t: NumericTarget): Finding | null {
  return targetFinding(project, ind, t, 'DIRECTION_CONTRADICTS_WORDING', directionProblem(ind.level3, t));
}

function directionProblem(name: string, t: NumericTarget): TargetProblem | null {
  const lowering = t.comparator === '<=' || t.comparator === '<';
  const raising = t.comparator === '>=' || t.comparator === '>';
  if (lowering && HIGHER_IS_BETTER.test(name) && !LOWER_IS_BETTER.test(name)) {
    return { expected: `≥${t.value}${t.unit}`, params: { why: '越高越好', whyEn: 'is better when higher' } };
  }
  if (raising && LOWER_IS_BETTER.test(name))
    return { expected: `≤${t.value}${t.unit}`, params: { why: '越低越好', whyEn: 'is better when lower' } };
  return null;
}
