import type { CatalogueEntry } from '../entry';

/** Codes raised while recognizing layouts. */
export const RECOGNITION_CODES = {
  UNRECOGNIZED_CONTENT: {
    severity: 'warning',
    title: '无法识别的内容',
    titleEn: 'Unrecognized content',
    zh: '无法识别：{detail}',
    en: 'Could not recognize: {detailEn}',
  },
  NO_TARGET_SHEET: {
    severity: 'info',
    title: '未找到绩效目标表',
    titleEn: 'No performance target table',
    zh: '工作表“{sheet}”中未找到绩效目标表或自评表',
    en: 'No performance target or self-evaluation table found on sheet "{sheet}"',
  },
} satisfies Record<string, CatalogueEntry>;
