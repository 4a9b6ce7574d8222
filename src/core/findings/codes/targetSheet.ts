import type { CatalogueEntry } from '../entry';

/** Codes of the target-sheet checks (SPEC §5: completeness, classification, targets, amounts). */
export const TARGET_SHEET_CODES = {
  TOTAL_MISMATCH: {
    severity: 'error',
    title: '金额合计不符',
    titleEn: 'Totals do not add up',
    zh: '{what}不符：应为 {expected}，实际为 {actual}',
    en: '{whatEn} does not add up: expected {expected}, found {actual}',
  },
} satisfies Record<string, CatalogueEntry>;
