import { FRAMEWORK_LEVEL1_LABELS, LEVEL1_LABELS, LEVEL2_LABELS, type Level2Label } from '../vocabulary/categories';
import { labelKey } from '../vocabulary/labelKey';
import { Vocabulary } from '../vocabulary/table';
import { LEVEL1_CODES, LEVEL2_CODES, type Level1, type Level2 } from './categories';

const LEVEL1_VOCABULARY = new Vocabulary(LEVEL1_LABELS);
const LEVEL2_VOCABULARY = new Vocabulary(LEVEL2_LABELS);
const FRAMEWORK_VOCABULARY = new Vocabulary(FRAMEWORK_LEVEL1_LABELS);

/** Strip a leading code (`13-`, `13、`, `13 `) from a category label; returns code and rest. */
export function splitCode(raw: string): { code?: string; label: string } {
  const key = labelKey(raw);
  const m = /^(\d{1,2})[-－—.、:]?(.*)$/.exec(key);
  if (m && m[2]) return { code: m[1], label: m[2] };
  if (m && !m[2]) return { code: m[1], label: '' };
  return { label: key };
}

/** Canonical 一级 for a label (variants, weight suffixes and codes accepted), null when unknown. */
export function normalizeLevel1(raw: string): Level1 | null {
  const { code, label } = splitCode(raw);
  return LEVEL1_VOCABULARY.roleOfKey(label) ?? (code !== undefined ? (LEVEL1_CODES[code] ?? null) : null);
}

/** The 二级 a label names, the combined 效益 row included; null when unknown. */
export function level2Label(raw: string): Level2Label | null {
  const { code, label } = splitCode(raw);
  return LEVEL2_VOCABULARY.roleOfKey(label) ?? (code !== undefined ? (LEVEL2_CODES[code] ?? null) : null);
}

/** Canonical 二级 for a label (variants and codes accepted), null when unknown or combined. */
export function normalizeLevel2(raw: string): Level2 | null {
  const l = level2Label(raw);
  return l === '效益(combined)' ? null : l;
}

/** True when the text is (only) a 一级 or 二级 label: used to find misplaced labels in forms. */
export function isCategoryLabel(raw: string): boolean {
  return normalizeLevel1(raw) !== null || level2Label(raw) !== null;
}

/** The evaluation-framework dimension (决策 / 过程) a scorecard's 一级 label names, undefined for any other label. */
export function frameworkDimension(raw: string): '决策' | '过程' | undefined {
  return FRAMEWORK_VOCABULARY.roleOfKey(splitCode(raw).label);
}
