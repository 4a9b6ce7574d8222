import type { CatalogueEntry } from '../entry';

/** Codes of the self-evaluation checks (SPEC §5 Self-evaluation, §6). */
export const SELF_EVAL_CODES = {
  SCORE_EXCEEDS_WEIGHT: {
    severity: 'error',
    title: '得分超过分值',
    titleEn: 'Score above its weight',
    zh: '“{name}”得分 {actual} 超过分值 {expected}',
    en: 'The score of "{name}" ({actual}) exceeds its weight ({expected})',
  },
  WEIGHT_SUM_MISMATCH: {
    severity: 'error',
    title: '分值合计不为100',
    titleEn: 'Weights do not sum to 100',
    zh: '分值合计应为 {expected}，实际为 {actual}',
    en: 'Weights should sum to {expected}; they sum to {actual}',
  },
  SCORE_SUM_MISMATCH: {
    severity: 'error',
    title: '总分与各项得分之和不符',
    titleEn: 'Total score is not the sum of the scores',
    zh: '总分应为各项得分之和 {expected}，实际填写 {actual}',
    en: 'The total should be the sum of the scores, {expected}; it is {actual}',
  },
  GRADE_MISMATCH: {
    severity: 'error',
    title: '自评等级与总分不符',
    titleEn: 'Grade does not match the total',
    zh: '总分 {total} 对应等级“{expected}”，实际填写“{actual}”',
    en: 'A total of {total} is graded "{expected}"; the sheet says "{actual}"',
  },
  EXECUTION_RATE_MISMATCH: {
    severity: 'error',
    title: '执行率计算错误',
    titleEn: 'Execution rate miscalculated',
    zh: '{what}应为 {expected}，实际填写 {actual}',
    en: '{whatEn} should be {expected}; the sheet says {actual}',
  },
  SCORE_RULE_MISMATCH: {
    severity: 'warning',
    title: '得分不符合评分规则',
    titleEn: 'Score does not follow the scoring rule',
    zh: '“{name}”按评分规则（{rule}）应得 {expected} 分，实际填写 {actual}',
    en: 'By the scoring rule ({ruleEn}) "{name}" scores {expected}; the sheet says {actual}',
  },
  UNIT_MISMATCH: {
    severity: 'warning',
    title: '目标值与实际值单位不一致',
    titleEn: 'Target and actual in different units',
    zh: '“{name}”的年度指标值单位为 {expected}，实际完成值单位为 {actual}，无法直接比较',
    en: 'The target of "{name}" is in {expected} but the actual is in {actual}; they cannot be compared directly',
  },
} satisfies Record<string, CatalogueEntry>;
