import type { CatalogueEntry } from '../entry';

/** Codes of the mid-year monitoring checks (绩效运行监控). */
export const MONITORING_CODES = {
  PROGRESS_BEHIND_PLAN: {
    severity: 'warning',
    area: 'monitoring',
    title: '预算执行进度滞后',
    titleEn: 'Spending behind plan',
    zh: '截至{month}月底已执行 {actual}，低于{against} {expected}',
    en: 'By the end of month {month}, {actual} was spent, below {againstEn} {expected}',
    why: '执行进度明显落后于支出计划（或序时进度），年底可能完不成预算和绩效目标，监控时应说明原因并提出措施。',
    whyEn:
      "Spending well behind the plan (or the share of the year gone) puts the year's budget and targets at risk; monitoring must explain why and what will be done.",
    fix: '在“偏差原因分析”中说明滞后原因和纠偏措施，必要时调整预算或绩效目标。',
    fixEn:
      'Explain the delay and the corrective steps in the deviation analysis; adjust the budget or targets if needed.',
  },
} as const satisfies Record<string, CatalogueEntry>;
