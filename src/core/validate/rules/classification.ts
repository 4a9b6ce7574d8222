import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Indicator, Project } from '../../model/project';
import { PARENT_OF } from '../../taxonomy/categories';
import { suggestReclassification } from '../../taxonomy/infer';
import { indicatorSite } from '../site';

/**
 * Category labels: unknown labels (UNKNOWN_CATEGORY), a 二级 under a 一级 it does
 * not belong to (LEVEL2_PARENT_MISMATCH), and wording that belongs to another
 * 二级 (MISCLASSIFIED_INDICATOR). Known synonyms were normalized silently.
 */
export function checkClassification(project: Project): Finding[] {
  const out: Finding[] = [];
  for (const ind of project.indicators) {
    unknownLabels(project, ind, out);
    const parentMismatch = parentMismatchOf(project, ind);
    if (parentMismatch) out.push(parentMismatch);
    else {
      const misfiled = misclassified(project, ind);
      if (misfiled) out.push(misfiled);
    }
  }
  return out;
}

/** Unknown 一级/二级 labels of the indicator, added to `out` (no array per indicator: most have none). */
function unknownLabels(project: Project, ind: Indicator, out: Finding[]): void {
  if (ind.level1 === null && ind.level1Raw.trim() !== '') {
    out.push(
      makeFinding('UNKNOWN_CATEGORY', indicatorSite(project, ind), {
        actual: ind.level1Raw,
        params: { level: '一级指标', levelEn: 'level-1 category' },
      }),
    );
  }
  if (ind.level2 === null && ind.level2Raw.trim() !== '') {
    out.push(
      makeFinding('UNKNOWN_CATEGORY', indicatorSite(project, ind), {
        actual: ind.level2Raw,
        params: { level: '二级指标', levelEn: 'level-2 category' },
      }),
    );
  }
}

function parentMismatchOf(project: Project, ind: Indicator): Finding | null {
  if (!ind.level1 || !ind.level2 || ind.level2Inferred) return null;
  const parent = PARENT_OF[ind.level2];
  // 成本指标 may stand as 一级 with 经济/社会/生态环境成本 under it, or as 二级 of 产出.
  if (parent === ind.level1 || (ind.level1 === '成本指标' && ind.level2 === '成本指标')) return null;
  return makeFinding('LEVEL2_PARENT_MISMATCH', indicatorSite(project, ind), {
    expected: parent,
    actual: ind.level2,
    params: { parent: ind.level1 },
  });
}

function misclassified(project: Project, ind: Indicator): Finding | null {
  if (!ind.level2) return null;
  // A 二级 inferred from the wording's own keywords scores above zero: nothing to suggest (spares a rescoring).
  if (ind.level2Inferred && ind.inference && ind.inference.matched.length > 0) return null;
  // An inferred 二级 is our own guess: only a 一级 that contradicts the wording is worth saying (info).
  const suggestion = suggestReclassification(ind.level3, ind.level2, ind.target);
  if (!suggestion) return null;
  if (ind.level2Inferred) {
    if (PARENT_OF[suggestion.level2] === ind.level1) return null;
    return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(project, ind), {
      severity: 'info',
      expected: suggestion.level2,
      actual: ind.level1 ?? ind.level1Raw,
      params: { name: ind.level3, matched: suggestion.matched.join('、') },
    });
  }
  return makeFinding('MISCLASSIFIED_INDICATOR', indicatorSite(project, ind), {
    expected: suggestion.level2,
    actual: ind.level2,
    params: { name: ind.level3, matched: suggestion.matched.join('、') },
  });
}
