import type { Severity } from './finding';

/** Parameters interpolated into a message template: `{name}`. */
export type MessageParams = Record<string, string | number | undefined>;

export interface CatalogueEntry {
  severity: Severity;
  /** Short title for the docs catalogue. */
  title: string;
  titleEn: string;
  /** Message templates with `{param}` placeholders. */
  zh: string;
  en: string;
}

/**
 * The findings catalogue: every code the engine can emit. Codes are stable
 * (reports and other tools key on them); docs/FINDINGS.md is generated from
 * this table and a test keeps the two equal.
 */
export const CATALOGUE = {
  // Recognition
  UNRECOGNIZED_CONTENT: {
    severity: 'warning',
    title: '无法识别的内容',
    titleEn: 'Unrecognized content',
    zh: '无法识别：{detail}',
    en: 'Could not recognize: {detail}',
  },
  NO_TARGET_SHEET: {
    severity: 'info',
    title: '未找到绩效目标表',
    titleEn: 'No performance target table',
    zh: '工作表“{sheet}”中未找到绩效目标表或自评表',
    en: 'No performance target or self-evaluation table found on sheet "{sheet}"',
  },
  // Totals
  TOTAL_MISMATCH: {
    severity: 'error',
    title: '金额合计不符',
    titleEn: 'Totals do not add up',
    zh: '{what}不符：应为 {expected}，实际为 {actual}',
    en: '{whatEn} does not add up: expected {expected}, found {actual}',
  },
  IMPLEMENTATION_LESS_THAN_ANNUAL: {
    severity: 'error',
    title: '实施期金额小于年度金额',
    titleEn: 'Implementation-period amount below annual amount',
    zh: '实施期{what}（{actual}）小于年度{what}（{expected}）',
    en: 'Implementation-period {whatEn} ({actual}) is less than the annual {whatEn} ({expected})',
  },
} satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof CATALOGUE;

/** Fill `{param}` placeholders; unknown params stay visible so a gap is noticed. */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : String(v);
  });
}
