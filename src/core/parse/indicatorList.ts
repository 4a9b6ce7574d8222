import { isSpace, normalizeText } from '../text/normalize';
import { trimWith } from '../text/trim';
import { isCategoryLabel, normalizeLevel1, normalizeLevel2, splitCode } from '../taxonomy/labels';

/** One indicator as a list-form cell states it, before normalization. */
export interface ListIndicatorItem {
  ordinal?: number;
  level1Raw: string;
  level2Raw: string;
  level3: string;
  /** 年度指标值 text. */
  annualRaw: string;
  /** 实施周期指标值 text. */
  periodRaw?: string;
  /** The item's whole text. */
  raw: string;
}

/**
 * An item starts at `N、` / `N.` followed by a category label or a code
 * (`1-产出指标`): numbers inside values (`电脑12台`, `1. 为13张…`) are not starts. Sticky: tried
 * only where a digit follows the text's start or 。；; or a space (see itemStarts).
 */
const ITEM_START =
  /\d{1,6}\s*[、.．]\s*(?=(?:\d{1,2}\s*[-－—]\s*)?(?:产出|效益|效果|满意度|成本|社会|经济|生态|可持续|服务对象|数量|质量|时效))/y;

function isItemBoundary(c: number): boolean {
  return c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 0x3b /* ; */ || isSpace(c);
}

/** Punctuation that ends an item or a field of one (besides whitespace). */
const ITEM_END = '。；;';
const FIELD_END = '，,；;。';

const VALUE_KEY = /(实施周期指标值|实施期指标值|年度指标值|年度目标值|指标值|目标值)\s*[:：]?/g;
/** VALUE_KEY for a single search (a /g regex keeps state between calls) and anchored at a field's start. */
const FIRST_VALUE_KEY = new RegExp(VALUE_KEY.source);
const LEADING_VALUE_KEY = new RegExp(`^${VALUE_KEY.source}`);

/**
 * Split a normalized list-form indicators cell (normalizeText; a sheet view's text is) into items
 * (`N、…`) and read each with `readItem`; text that is no item (before the first, or unreadable)
 * is a leftover. Never throws.
 */
export function readIndicatorList<T>(
  normalized: string,
  readItem: (body: string) => T | null,
): { items: { ordinal?: number; value: T }[]; leftovers: string[] } {
  const starts = itemStarts(normalized);
  const leftovers: string[] = [];
  if (starts.length === 0) {
    const single = readItem(normalized);
    if (single) return { items: [{ value: single }], leftovers };
    return { items: [], leftovers: normalized ? [normalized] : [] };
  }
  const head = normalized.slice(0, starts[0].at).trim();
  if (head) leftovers.push(head);
  const items: { ordinal?: number; value: T }[] = [];
  starts.forEach((start, i) => {
    const body = normalized.slice(start.bodyAt, i + 1 < starts.length ? starts[i + 1].at : undefined).trim();
    const value = readItem(body);
    if (value) items.push({ ordinal: start.ordinal, value });
    else if (body) leftovers.push(body);
  });
  return { items, leftovers };
}

/**
 * Where each `N、` starts, where its body starts, and N (plain records: a district list has tens
 * of thousands). A scan for digits at a boundary, the pattern tried only there: a regex led by a
 * lookbehind is tried at every position of every indicators cell.
 */
function itemStarts(text: string): { at: number; bodyAt: number; ordinal: number }[] {
  const out: { at: number; bodyAt: number; ordinal: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39 || (i > 0 && !isItemBoundary(text.charCodeAt(i - 1)))) continue;
    ITEM_START.lastIndex = i;
    if (!ITEM_START.test(text)) continue;
    // A match takes the whole run of digits (a digit is no separator): N read in place. Up to six
    // digits, not two: a cell of 100 items or more was read as 99, the rest glued to the 99th.
    let ordinal = 0;
    for (let k = i; k < text.length; k++) {
      const d = text.charCodeAt(k);
      if (d < 0x30 || d > 0x39) break;
      ordinal = ordinal * 10 + d - 0x30;
    }
    out.push({ at: i, bodyAt: ITEM_START.lastIndex, ordinal });
    i = ITEM_START.lastIndex - 1;
  }
  return out;
}

/** Split a list-form indicators cell into parsed items (free-text and coded dialects). Never throws. */
export function parseIndicatorList(text: string): { items: ListIndicatorItem[]; leftovers: string[] } {
  const { items, leftovers } = readIndicatorList(normalizeText(text ?? ''), parseIndicatorItem);
  return {
    items: items.map(({ ordinal, value }) => (ordinal === undefined ? value : { ...value, ordinal })),
    leftovers,
  };
}

/** One item's text (without its `N、`) → its parts, or null when it is no indicator. */
export function parseIndicatorItem(body: string): ListIndicatorItem | null {
  const text = trimWith(body, '', ITEM_END);
  if (!text) return null;
  return /^\d{1,2}\s*[-－—]/.test(text) ? parseCoded(text) : parseFree(text);
}

/** `1-产出指标；13-时效指标；资金拨付及时率；实施周期指标值:100%；年度指标值:≥95%` */
function parseCoded(text: string): ListIndicatorItem | null {
  const fields = text
    .split(/[；;]/)
    .map((f) => f.trim())
    .filter(Boolean);
  let level1Raw = '';
  let level2Raw = '';
  const names: string[] = [];
  const values = splitValues(fields.filter((f) => FIRST_VALUE_KEY.test(f)).join('；'));
  for (const f of fields) {
    if (LEADING_VALUE_KEY.test(f)) continue;
    const { code } = splitCode(f);
    if (code !== undefined && code.length === 1 && !level1Raw && normalizeLevel1(f)) level1Raw = f;
    else if (code !== undefined && code.length === 2 && !level2Raw && normalizeLevel2(f)) level2Raw = f;
    else if (code !== undefined && !level1Raw) level1Raw = f;
    else if (code !== undefined && !level2Raw) level2Raw = f;
    else names.push(f);
  }
  if (!level1Raw && !level2Raw) return null;
  return item(level1Raw, level2Raw, names.join('；'), values, text);
}

/** `效益指标：设备故障误工时数，年度指标值： ≤ 10 小时` (only 一级, optionally a 二级 label next). */
function parseFree(text: string): ListIndicatorItem | null {
  const colon = firstColon(text);
  if (colon < 0) return null;
  const level1Raw = text.slice(0, colon).trim();
  if (!isCategoryLabel(level1Raw)) return null;
  let rest = text.slice(colon + 1).trim();
  let level2Raw = '';
  // Optional `二级：` right after the 一级 (`产出指标：时效指标：…`).
  const second = /^([^：:，,]{2,12})[:：]/.exec(rest);
  if (second && normalizeLevel2(second[1]) && !FIRST_VALUE_KEY.test(second[1])) {
    level2Raw = second[1].trim();
    rest = rest.slice(second[0].length).trim();
  }
  const firstKey = FIRST_VALUE_KEY.exec(rest);
  const name = trimWith(firstKey ? rest.slice(0, firstKey.index) : rest, '', FIELD_END);
  const values = firstKey ? splitValues(rest.slice(firstKey.index)) : { annual: '' };
  return item(level1Raw, level2Raw, name, values, text);
}

/** Index of the first colon, half- or full-width; -1 when there is none. */
function firstColon(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return i;
  }
  return -1;
}

/** `实施周期指标值:100%；年度指标值:≥95%` → texts by key (年度/指标值 → annual). */
function splitValues(text: string): { annual: string; period?: string } {
  const out: { annual: string; period?: string } = { annual: '' };
  // An exec loop: matchAll clones the regex on every call, and this runs for every indicator.
  VALUE_KEY.lastIndex = 0;
  let key = VALUE_KEY.exec(text);
  while (key) {
    const isPeriod = key[1].startsWith('实施');
    const valueAt = VALUE_KEY.lastIndex;
    const next = VALUE_KEY.exec(text);
    const value = trimWith(text.slice(valueAt, next ? next.index : undefined), ':：', FIELD_END);
    if (isPeriod) out.period = value;
    else if (!out.annual) out.annual = value;
    key = next;
  }
  return out;
}

function item(
  level1Raw: string,
  level2Raw: string,
  level3: string,
  values: { annual: string; period?: string },
  raw: string,
): ListIndicatorItem {
  const result: ListIndicatorItem = { level1Raw, level2Raw, level3, annualRaw: values.annual, raw };
  if (values.period !== undefined) result.periodRaw = values.period;
  return result;
}
