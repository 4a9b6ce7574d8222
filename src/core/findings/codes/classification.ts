import type { CatalogueEntry } from '../entry';

/** Codes of the classification checks (SPEC §5 Classification). */
export const CLASSIFICATION_CODES = {
  MISCLASSIFIED_INDICATOR: {
    severity: 'warning',
    area: 'classification',
    title: '指标归类不当',
    titleEn: 'Indicator filed under the wrong category',
    zh: '指标“{name}”填在{actual}下，按其表述应归入{expected}（依据：{matched}）',
    en: 'Indicator "{name}" is filed under {actual}; its wording belongs to {expected} (matched: {matched})',
    why: '归类错误会掩盖缺项（例如把满意度当作效益，效益指标实际上就缺了），自评时也会按错误的权重打分。',
    whyEn:
      'A misfiled indicator hides a missing category (a satisfaction rate filed as a benefit leaves benefits empty) and is scored under the wrong weight.',
    fix: '把指标移到建议的类别下；如该类别下原本没有别的指标，还需为原类别补充一个真正的指标。',
    fixEn:
      'Move the indicator to the suggested category; if its old category is now empty, add a genuine indicator there.',
  },
  UNKNOWN_CATEGORY: {
    severity: 'warning',
    area: 'classification',
    title: '无法识别的指标类别',
    titleEn: 'Unknown category label',
    zh: '“{actual}”不是规范的{level}名称',
    en: '"{actual}" is not a known {levelEn} name',
    why: '类别名称不规范，系统汇总和审核时无法归入标准的一级、二级指标体系。',
    whyEn: 'A non-standard category name cannot be mapped to the national framework in summaries and reviews.',
    fix: '改用标准名称：一级为产出/效益/满意度（或成本）指标，二级为数量、质量、时效、成本、经济效益、社会效益、生态效益、可持续影响、服务对象满意度指标。',
    fixEn:
      'Use a standard name: 产出/效益/满意度 (or 成本) for level 1; 数量, 质量, 时效, 成本, 经济效益, 社会效益, 生态效益, 可持续影响, 服务对象满意度 for level 2.',
  },
  LEVEL2_PARENT_MISMATCH: {
    severity: 'warning',
    area: 'classification',
    title: '二级指标与一级指标不匹配',
    titleEn: 'Level-2 category under the wrong level-1',
    zh: '{actual}不属于{parent}，应在{expected}下',
    en: '{actual} does not belong under {parent}; it belongs under {expected}',
    why: '二级指标挂错一级，汇总到一级时会错算，也说明指标体系填写有误。',
    whyEn:
      'A level-2 under the wrong level-1 is miscounted when rolled up, and shows the framework was filled in wrongly.',
    fix: '把该二级指标移到它所属的一级指标下。',
    fixEn: 'Move the level-2 category under the level-1 it belongs to.',
  },
} as const satisfies Record<string, CatalogueEntry>;
