import { labelKey } from '../text/normalize';
import { LEVEL1_CODES, LEVEL2_CODES, type Level1, type Level2 } from './categories';

/**
 * Label → canonical category. Keys are label keys (no whitespace, half-width).
 * Synonyms from SPEC §2 are accepted silently; anything else is unknown.
 */
const LEVEL1_SYNONYMS: Record<string, Level1> = {
  产出指标: '产出指标',
  产出: '产出指标',
  效益指标: '效益指标',
  效益: '效益指标',
  效果指标: '效益指标',
  效果: '效益指标',
  满意度指标: '满意度指标',
  满意度: '满意度指标',
  成本指标: '成本指标',
  成本: '成本指标',
};

const LEVEL2_SYNONYMS: Record<string, Level2> = {
  数量指标: '数量指标',
  数量: '数量指标',
  质量指标: '质量指标',
  质量: '质量指标',
  时效指标: '时效指标',
  时效: '时效指标',
  成本指标: '成本指标',
  成本: '成本指标',
  经济效益指标: '经济效益指标',
  经济效益: '经济效益指标',
  社会效益指标: '社会效益指标',
  社会效益: '社会效益指标',
  生态效益指标: '生态效益指标',
  生态效益: '生态效益指标',
  可持续影响指标: '可持续影响指标',
  可持续影响: '可持续影响指标',
  可持续性影响: '可持续影响指标',
  可持续性影响指标: '可持续影响指标',
  可持续发展: '可持续影响指标',
  可持续发展指标: '可持续影响指标',
  服务对象满意度指标: '服务对象满意度指标',
  服务对象满意度: '服务对象满意度指标',
  满意度指标: '服务对象满意度指标',
  经济成本指标: '经济成本指标',
  经济成本: '经济成本指标',
  社会成本指标: '社会成本指标',
  社会成本: '社会成本指标',
  生态环境成本指标: '生态环境成本指标',
  生态环境成本: '生态环境成本指标',
};

/** Strip a leading code (`13-`, `13、`, `13 `) from a category label; returns code and rest. */
export function splitCode(raw: string): { code?: string; label: string } {
  const key = labelKey(raw);
  const m = /^(\d{1,2})[-－—.、:]?(.*)$/.exec(key);
  if (m && m[2]) return { code: m[1], label: m[2] };
  if (m && !m[2]) return { code: m[1], label: '' };
  return { label: key };
}

/** Canonical 一级 for a label (synonyms and codes accepted), null when unknown. */
export function normalizeLevel1(raw: string): Level1 | null {
  const { code, label } = splitCode(raw);
  return LEVEL1_SYNONYMS[label] ?? (code !== undefined ? (LEVEL1_CODES[code] ?? null) : null);
}

/** Canonical 二级 for a label (synonyms and codes accepted), null when unknown. */
export function normalizeLevel2(raw: string): Level2 | null {
  const { code, label } = splitCode(raw);
  return LEVEL2_SYNONYMS[label] ?? (code !== undefined ? (LEVEL2_CODES[code] ?? null) : null);
}

/** True when the text is (only) a 一级 or 二级 label: used to find misplaced labels in forms. */
export function isCategoryLabel(raw: string): boolean {
  return normalizeLevel1(raw) !== null || normalizeLevel2(raw) !== null;
}
