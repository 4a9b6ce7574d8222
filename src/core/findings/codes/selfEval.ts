import type { CatalogueEntry } from '../entry';

/** Codes of the self-evaluation checks (SPEC §5 Self-evaluation, §6; 财预〔2020〕10号). Scores in 分. */
export const SELF_EVAL_CODES = {
  SELF_EVAL_UNFILLED: {
    severity: 'warning',
    area: 'selfEval',
    title: '自评表未填写完成',
    titleEn: 'Self-evaluation not filled in',
    zh: '自评表未填写完成：{detail}',
    en: 'The self-evaluation is not filled in: {detailEn}',
    why: '没有实际完成值和得分的自评表不能说明任何结果，公开后会被认定为走形式。',
    whyEn:
      'A self-evaluation without actual results and scores says nothing and, once published, reads as a formality.',
    fix: '逐项填写实际完成值、得分和偏差原因，并把模板中的说明文字换成本项目的实际情况。',
    fixEn:
      "Fill in each actual value, score and deviation reason, and replace the template's instructions with the project's facts.",
  },
  SCORE_EXCEEDS_WEIGHT: {
    severity: 'error',
    area: 'selfEval',
    title: '得分超过分值',
    titleEn: 'Score above its weight',
    zh: '“{name}”得分 {actual} 超过分值 {expected}',
    en: 'The score of "{name}" ({actual}) exceeds its weight ({expected})',
    why: '任何一项的得分都不能超过该项分值。',
    whyEn: 'No item can score more than its weight.',
    fix: '把得分改为不超过分值，按评分规则重新计算。',
    fixEn: 'Lower the score to at most the weight, recomputed by the scoring rule.',
  },
  SCORE_SUM_MISMATCH: {
    severity: 'error',
    area: 'selfEval',
    title: '总分与各项得分之和不符',
    titleEn: 'Total score is not the sum of the scores',
    zh: '总分{rule} {expected}{basis}，实际填写 {actual}',
    en: 'The total {ruleEn} {expected}{basisEn}; it is {actual}',
    why: '总分决定自评等级，与各项得分不符会让等级失真；总分也不能高于满分减去各项已扣的分。',
    whyEn:
      'The total decides the grade; a total that is not the sum misstates it. Nor can it exceed the full points less the points each item lost.',
    fix: '把总分改为各项得分（含预算执行率得分）之和，最好用公式计算。',
    fixEn: 'Make the total the sum of all scores (including the execution-rate score), ideally by formula.',
  },
  SCORE_NOT_NUMBER: {
    severity: 'error',
    area: 'selfEval',
    title: '分值或得分无法读取',
    titleEn: 'Weight or score cannot be read',
    zh: '{what}“{actual}”不是数字{reason}，依赖它的总分和评分核对未做或只按上限估计',
    en: '{whatEn} "{actual}" is not a number{reasonEn}; checks of the total and the scoring that need it were skipped or bounded',
    why: '分值或得分读不出数字，就无法核对它是否符合评分规则、各项之和是否等于总分；扫描件中数字常被识别成形似的字母（IO、l0、O）。',
    whyEn:
      'A weight or score that does not read as a number cannot be checked against the scoring rule or added into the total; scans often turn digits into look-alike letters (IO, l0, O).',
    fix: '按原件填写数字分值（如把“IO”改为 10）；公式出错的请修正公式。',
    fixEn: 'Enter the figure as the original shows it (e.g. 10 for "IO"); fix formulas that give errors.',
  },
  GRADE_MISMATCH: {
    severity: 'error',
    area: 'selfEval',
    title: '自评等级与总分不符',
    titleEn: 'Grade does not match the total',
    zh: '总分 {total} 对应等级“{expected}”，实际填写“{actual}”',
    en: 'A total of {total} is graded "{expected}"; the sheet says "{actual}"',
    why: '等级按总分划定：90分（含）以上为优，80（含）–90分为良，60（含）–80分为中，60分以下为差（财预〔2020〕10号）。',
    whyEn: 'Grades follow the total: ≥90 优, 80–90 良, 60–80 中, <60 差 (财预〔2020〕10号).',
    fix: '按总分改正等级。',
    fixEn: 'Correct the grade from the total.',
  },
  EXECUTION_RATE_MISMATCH: {
    severity: 'error',
    area: 'selfEval',
    title: '执行率计算错误',
    titleEn: 'Execution rate miscalculated',
    zh: '{what}应为 {expected}，实际填写 {actual}',
    en: '{whatEn} should be {expected}; the sheet says {actual}',
    why: '预算执行率 = 全年执行数 ÷ 全年（调整后）预算数，其得分 = 执行率 × 分值（不超过分值）；算错会直接影响总分。',
    whyEn:
      'Execution rate = amount spent ÷ full-year (adjusted) budget, and its score = rate × weight (capped); an error changes the total.',
    fix: '按公式重新计算执行率和得分，最好在单元格中使用公式。',
    fixEn: 'Recompute the rate and its score by the formula, ideally with a formula in the cell.',
  },
  SCORE_RULE_MISMATCH: {
    severity: 'warning',
    area: 'selfEval',
    title: '得分不符合评分规则',
    titleEn: 'Score does not follow the scoring rule',
    zh: '“{name}”按评分规则（{rule}）应得 {expected} 分，实际填写 {actual}',
    en: 'By the scoring rule ({ruleEn}) "{name}" scores {expected}; the sheet says {actual}',
    why: '得分应按实际完成值与指标值的比较计算（完成的得满分，未完成的按比例扣分），否则自评结果不可信。',
    whyEn:
      'Scores follow from comparing actual and target (met: full weight; missed: in proportion); otherwise the evaluation cannot be trusted.',
    fix: '按实际完成值和评分规则重新计算得分；定性指标按“达成/部分达成/未达成”分档打分。',
    fixEn:
      'Recompute the score from the actual value by the rule; score qualitative indicators by tier (达成/部分达成/未达成).',
  },
  DEVIATION_REASON_MISSING: {
    severity: 'warning',
    area: 'selfEval',
    title: '缺少偏差原因',
    titleEn: 'Deviation not explained',
    zh: '“{name}”{deviation}（指标值 {expected}，完成值 {actual}），但未说明偏差原因',
    en: '"{name}" {deviationEn} (target {expected}, actual {actual}) but no reason is given',
    why: '未完成目标或大幅超出目标都应分析原因并提出改进措施（财预〔2020〕10号）；大幅超出往往说明目标设置偏低。',
    whyEn:
      'A missed target, or one exceeded by far, must be explained with remedies (财预〔2020〕10号); exceeding by far usually means the target was set too low.',
    fix: '在“偏差原因分析及改进措施”栏写明原因和措施。',
    fixEn: 'Explain the cause and the remedy in the deviation column.',
  },
} as const satisfies Record<string, CatalogueEntry>;
