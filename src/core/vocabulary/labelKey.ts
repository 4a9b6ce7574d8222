import { normalizeText } from '../text/normalize';

/**
 * Label normalization for matching header, field and category labels (issue 13): a sheet may write
 * `*指标值`, `项目\n名称`, `产出指标（50分）`, `数量指标(或建筑规模指标)`, `1.项目年度目标`, `年度资金总额：`.
 * labelKey folds what never changes a label's meaning; labelCandidates then lists the readings to
 * look up, most literal first.
 */

/** Marks that decorate labels: required-field stars, bullets. */
const DECORATION = /[*＊★☆※●■◆]/g;
/** A leading enumerator: `1.`, `1、`, `一、`, `(一)`, `（1）` — not a category code such as `11-`. */
const ENUMERATOR = /^(?:\(?[一二三四五六七八九十]{1,3}[)、.]|\(\d{1,2}\)|\d{1,2}[、.](?!\d))/;
const NOISE = /\s|[:：]$|[*＊★☆※●■◆]|^[(\d一二三四五六七八九十]/;

/** Label key: normalized text without whitespace, decoration, a leading enumerator or a trailing colon. */
export function labelKey(s: string): string {
  const text = normalizeText(s);
  if (!NOISE.test(text)) return text;
  return text
    .replace(/\s+/g, '')
    .replace(DECORATION, '')
    .replace(ENUMERATOR, '')
    .replace(/[:：]+$/, '');
}

/** A parenthesized part: weight `(50分)`, unit `(万元)`, alternates `(或建筑规模指标)`, `(工期指标、形象进度指标)`. */
const PAREN = /\(([^()]*)\)/g;

/**
 * Readings of a label key to look up, in order: as written; without its parenthesized parts
 * (`产出指标(50分)` → 产出指标, `项目(资金)名称` → 项目名称, `预算(或投资规模)控制指标` → 预算控制指标);
 * then each alternative named inside them (`建筑规模指标`, `工期指标`).
 */
export function labelCandidates(key: string): string[] {
  if (!key.includes('(')) return [key];
  const out = [key];
  const bare = key.replace(PAREN, '');
  if (bare && bare !== key) out.push(bare);
  for (const m of key.matchAll(PAREN)) {
    for (const alt of m[1].split(/[、,，/]|或者|或/)) {
      const a = alt.replace(/^(含|即|如|包括|其中)/, '').replace(/等$/, '');
      if (a.length >= 2 && !out.includes(a)) out.push(a);
    }
  }
  return out;
}

/** Unit named in parentheses or after 单位 in a label or title (`预算数(元)`, `单位：万元`, `金额单位:千元`). */
const UNIT_IN_TEXT = /(?:单位[:：]?\s*|\()(万元|千元|元)(?:\)|$|[\s,，;；])/;

/** How many of the stated money unit make one 万元: 万元 1, 千元 10, 元 10000. */
export type UnitDivisor = 1 | 10 | 10000;

/** The money unit a label or title names, as a divisor to 万元; undefined when it names none. */
export function unitDivisorIn(text: string): UnitDivisor | undefined {
  const m = UNIT_IN_TEXT.exec(normalizeText(text));
  if (!m) return undefined;
  return m[1] === '元' ? 10000 : m[1] === '千元' ? 10 : 1;
}
