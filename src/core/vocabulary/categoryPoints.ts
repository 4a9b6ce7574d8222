import { normalizeText } from '../text/normalize';

/** Points a category label gives its block: exact (`数量指标(10分)`), or a band (`成本指标(0-20)分`). */
export interface CategoryPoints {
  min: number;
  max: number;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const DASH = '\\s*[-－—–~～至]\\s*';

/**
 * How labels state their points, as data: a band first (`(0-20)分`, `(40-50分)`), then one figure in
 * brackets (`(10分)`, `(满分30分)`), then a figure closing the label (`项目资金预算执行10分`).
 */
const PATTERNS: { re: RegExp; band: boolean }[] = [
  { re: new RegExp(`\\(\\s*${NUM}${DASH}${NUM}\\s*\\)?\\s*分`), band: true },
  { re: new RegExp(`\\(\\s*(?:满分|权重|分值)?\\s*${NUM}\\s*分\\s*\\)`), band: false },
  { re: new RegExp(`[^\\d.]${NUM}\\s*分$`), band: false },
];

/** The points a category label states, or null (`项目产出(30分)` → 30; `产出指标(40-50)分` → 40–50). */
export function categoryPoints(label: string): CategoryPoints | null {
  if (!label.includes('分')) return null;
  const text = normalizeText(label).replace(/（/g, '(').replace(/）/g, ')');
  for (const { re, band } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const min = Number(m[1]);
    const max = band ? Number(m[2]) : min;
    return min <= max ? { min, max } : null;
  }
  return null;
}
