import type { CatalogueEntry } from '../entry';

/** Codes of the completeness checks (SPEC §5 Completeness; 财预〔2021〕101号 指引). */
export const COMPLETENESS_CODES = {
  MISSING_LEVEL1: {
    severity: 'error',
    area: 'completeness',
    title: '缺少一级指标',
    titleEn: 'Missing level-1 category',
    zh: '项目缺少{expected}',
    en: 'The project has no {expectedEn} indicators',
    why: '绩效指标应覆盖产出、效益和满意度（财预〔2021〕101号）；缺少一类，就无法说明项目做了什么、带来什么、服务对象是否认可。',
    whyEn:
      'Indicators must cover outputs, benefits and satisfaction (MoF guidance 财预〔2021〕101号); without one the sheet cannot show what was done, what it achieved, or whether recipients approve.',
    fix: '补充该类别下至少一个可衡量的三级指标，如产出“完成XX数量≥N个”、效益“XX覆盖率≥N%”、满意度“服务对象满意度≥90%”。',
    fixEn:
      'Add at least one measurable indicator of that category, e.g. output "完成XX数量≥N个", benefit "XX覆盖率≥N%", satisfaction "服务对象满意度≥90%".',
  },
  MISSING_LEVEL2: {
    severity: 'warning',
    area: 'completeness',
    title: '缺少二级指标',
    titleEn: 'Missing level-2 category',
    zh: '{parent}下缺少{expected}{note}',
    en: 'No {expectedEn} under {parentEn}{noteEn}',
    why: '审核中最常见的问题之一：产出指标缺少时效或成本指标，持续性项目缺少可持续影响指标，使目标无法考核进度和成本。',
    whyEn:
      'A defect reviews keep finding: outputs without a timeliness or cost indicator, lasting projects without a sustainable-impact indicator, so progress and cost cannot be assessed.',
    fix: '补充该二级指标，如时效“12月底前完成”“资金支付及时率≥95%”，成本“单位成本≤N元”“项目总成本≤预算数”，可持续影响“设施正常使用年限≥N年”。',
    fixEn:
      'Add that level-2 indicator, e.g. timeliness "12月底前完成", cost "单位成本≤N元", sustainable impact "设施正常使用年限≥N年".',
  },
  CATEGORY_UNDETERMINED: {
    severity: 'info',
    area: 'completeness',
    title: '无法判断是否有该类指标',
    titleEn: 'Could not tell whether a category is present',
    zh: '无法判断{parent}下是否有{expected}：{count} 个指标的二级类别无法从表述确定（如“{example}”）',
    en: 'Could not tell whether there is a {expectedEn} indicator under {parentEn}: the level-2 category of {count} indicators cannot be told from their wording (e.g. "{example}")',
    why: '表中没有填写二级指标，而指标表述不足以判断类别；与其断言缺少，不如请您确认。',
    whyEn:
      'The sheet gives no level-2 categories and the wording does not tell; rather than assert one is missing, this asks you to confirm.',
    fix: '为每个指标注明二级类别（数量/质量/时效/成本等），或使指标名称表明其类别。',
    fixEn:
      "State each indicator's level-2 category (数量/质量/时效/成本…), or word the indicators so their category is clear.",
  },
  MISSING_TARGET: {
    severity: 'error',
    area: 'completeness',
    title: '缺少指标值',
    titleEn: 'Missing target value',
    zh: '指标“{name}”未填写{what}',
    en: 'Indicator "{name}" has no {whatEn}',
    why: '没有指标值的指标无法考核，也无法在年底自评时判断是否完成。',
    whyEn: 'An indicator without a target cannot be assessed, nor scored at the year-end self-evaluation.',
    fix: '填写可衡量的指标值：数值加单位（≥95%、10台）、期限（12月底前）或明确的等级标准。',
    fixEn: 'Fill in a measurable target: a number with a unit (≥95%, 10台), a deadline (12月底前) or a stated level.',
  },
  MISSING_GOAL: {
    severity: 'warning',
    area: 'completeness',
    title: '缺少绩效目标',
    titleEn: 'Missing performance goal',
    zh: '项目未填写{what}',
    en: 'The project has no {whatEn}',
    why: '绩效目标说明资金要达到的产出和效果，是设置指标和年底自评的依据。',
    whyEn:
      'The goal states the outputs and effects the money should achieve; indicators and the year-end evaluation rest on it.',
    fix: '用一两句话写明本年度要完成的任务和预期效果，与绩效指标相对应，不要照抄模板说明。',
    fixEn:
      "State in a sentence or two the year's tasks and expected effects, matching the indicators; do not leave the template's instructions.",
  },
} as const satisfies Record<string, CatalogueEntry>;
