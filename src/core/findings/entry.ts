import type { Severity } from './finding';

/**
 * The families of checks, as the pane filters them and docs/FINDINGS.md groups them.
 * recognition 识别 · completeness 完整性 · classification 归类 · target 指标值 · amount 金额 ·
 * selfEval 自评 · monitoring 运行监控.
 */
export type CheckArea =
  'recognition' | 'completeness' | 'classification' | 'target' | 'amount' | 'selfEval' | 'monitoring';

/** Plain names of the areas, zh and en. */
export const AREA_NAMES: Record<CheckArea, { zh: string; en: string }> = {
  recognition: { zh: '表格识别', en: 'Reading the table' },
  completeness: { zh: '指标完整性', en: 'Completeness' },
  classification: { zh: '指标归类', en: 'Categories' },
  target: { zh: '指标值', en: 'Target values' },
  amount: { zh: '金额', en: 'Amounts' },
  selfEval: { zh: '绩效自评', en: 'Self-evaluation' },
  monitoring: { zh: '运行监控', en: 'Monitoring' },
};

/**
 * One code of the catalogue. Message templates name their parameters as `{name}`; `{expected}` and
 * `{actual}` come from the finding's expected/actual values, every other one from its params (typed
 * from the template: see FindingDetail in make.ts).
 */
export interface CatalogueEntry {
  severity: Severity;
  area: CheckArea;
  /** Plain title (缺少时效指标), zh and en: what the pane heads a finding with. */
  title: string;
  titleEn: string;
  /** Message templates with `{param}` placeholders. */
  zh: string;
  en: string;
  /** Why a reviewer cares: the rule or the consequence, zh and en. */
  why: string;
  whyEn: string;
  /** How to fix it in the sheet, zh and en. */
  fix: string;
  fixEn: string;
}
