import type { Comparator, NumericTarget, SimpleTarget, TargetValue } from '../model/target';
import { memoizeRecent } from '../memo';
import { ownCopy } from '../text/ownCopy';
import { normalizeText } from '../text/normalize';
import { trimWith } from '../text/trim';
import { maskCodeNames } from '../vocabulary/codeNames';

/**
 * Target-value grammar (SPEC §4): comparator + number + unit, composites,
 * deadlines and qualitative wording. Never throws; always keeps the raw text.
 */

const SYMBOL_COMPARATORS: [string, Comparator][] = [
  ['>=', '>='],
  ['<=', '<='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** Words before a number that state a comparator. */
const PREFIX_WORDS: [RegExp, Comparator][] = [
  [/(不低于|不少于|至少|达到|大于等于|大于或等于|高于等于|高于或等于|不小于|≥)\s*$/, '>='],
  [/(不超过|不高于|不多于|最多|小于等于|小于或等于|低于或等于|不大于|控制在|≤)\s*$/, '<='],
  [/(大于|高于|超过)\s*$/, '>'],
  [/(小于|低于)\s*$/, '<'],
];

/** Words after the unit that state a comparator (`95%或以上`). */
const SUFFIX_WORDS: [RegExp, Comparator][] = [
  [/^(或以上|以上|及以上)/, '>='],
  [/^(或以下|以下|及以下|以内)/, '<='],
];

/** Unmeasurable wording (SPEC §5: 提升, 降低, 良好, 有所改善 …). */
const VAGUE_WORDS =
  /提升|提高|降低|减少|下降|良好|优秀|改善|有效|明显|增强|加强|较好|显著|进一步|符合要求|稳步|积极|逐步|不断/;

const DEADLINE = /(\d{4})\s*年|(\d{1,2})\s*月|年底|年内|全年|年末|之前|以前|前完成|截止|当年/;
const DEADLINE_STRONG =
  /(\d{1,2})\s*月\s*(底|末|份|中旬|上旬|下旬|\d{1,2}\s*日)?\s*(之?前|以前|完成)?|(\d{4})\s*年\s*(全年|底|内|末|\d{1,2}\s*月)|本?年内|年底前?|全年/;

const NUMBER = /-?\d+(?:\.\d+)?/;

/** One character of a unit: not punctuation, a digit, a comparator, a slash or the start of a suffix word (`以上`). */
const UNIT_CHAR = '(?:(?!或以上|以上|及以上|或以下|以下|及以下|以内)[^\\s,，。、;；:：()（）\\d≥≤<>=/])';
/**
 * Unit right after a number: up to 4 characters, and up to 4 more after a slash (`次/月`, `微克/立方米`).
 * One match instead of a loop of tests per character.
 */
const UNIT = new RegExp(`^${UNIT_CHAR}{0,4}(?:/${UNIT_CHAR}{1,4})?`);

function cleanNumberText(s: string): string {
  // Thousands separators: 1,594.68 → 1594.68 (only groups of exactly three digits).
  return s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Units written another way: a bare 万 is 万元, 百分比 (a budget system's export) is %. */
const UNIT_ALIASES: Record<string, string> = { 万: '万元', 百分比: '%', 百分点: '%' };

/** Unit right after a number: `%`, `‰`, `万元`, `次/月`, `个专项`; bare `万` means 万元. */
function readUnit(after: string): { unit: string; rest: string } {
  if (after.startsWith('%') || after.startsWith('‰')) return { unit: after[0], rest: after.slice(1) };
  const unit = UNIT.exec(after)?.[0] ?? '';
  return { unit: UNIT_ALIASES[unit] ?? unit, rest: after.slice(unit.length) };
}

function symbolBefore(before: string): { comparator: Comparator; index: number } | null {
  const trimmed = before.replace(/\s+$/, '');
  for (const [sym, cmp] of SYMBOL_COMPARATORS) {
    if (trimmed.endsWith(sym)) return { comparator: cmp, index: trimmed.length - sym.length };
  }
  return null;
}

/**
 * What glued to a number's front means the scan misread its first digits (`M.8万元` for 14.8, `l5` for 15):
 * a stray point, or a lone l / I / O / o (not part of a word such as CO2). Such a number is not read.
 */
const OCR_GARBLED_BEFORE = /(?:^|[^\d])\.$|(?:^|[^A-Za-z])[lIOo]$/;

/**
 * Parse one segment holding (at most) one quantity. Returns null when it has no number. The digits of a
 * code name (PM2.5, 5G) are no quantity: the number is searched for with them masked.
 */
function parseNumeric(raw: string, text: string): NumericTarget | null {
  const masked = maskCodeNames(text);
  // Prefer a number that follows an explicit comparator symbol; else the first number.
  const withSymbol = /(>=|<=|[≥≤<>=])\s*(-?\d+(?:\.\d+)?)/.exec(masked);
  const m = withSymbol
    ? { index: withSymbol.index + withSymbol[0].length - withSymbol[2].length, num: withSymbol[2] }
    : firstNumber(masked);
  if (!m) return null;
  const before = text.slice(0, m.index);
  if (OCR_GARBLED_BEFORE.test(before)) return null;
  const after = text.slice(m.index + m.num.length).replace(/^\s+/, '');
  const { unit, rest } = readUnit(after);
  let comparator: Comparator = '=';
  let implicit = true;
  let labelEnd = before.length;
  const sym = symbolBefore(before);
  if (sym) {
    comparator = sym.comparator;
    implicit = false;
    labelEnd = sym.index;
  } else {
    for (const [re, cmp] of PREFIX_WORDS) {
      const w = re.exec(before);
      if (w) {
        comparator = cmp;
        implicit = false;
        labelEnd = w.index;
        break;
      }
    }
  }
  const suffix = SUFFIX_WORDS.find(([re]) => re.test(rest.trimStart()));
  if (implicit && suffix) {
    comparator = suffix[1];
    implicit = false;
  }
  const target: NumericTarget = {
    raw,
    kind: 'numeric',
    comparator,
    implicitComparator: implicit,
    value: Number(m.num),
    unit,
  };
  const label = before
    .slice(0, labelEnd)
    .replace(/[\s:：=为是]+$/, '')
    .trim();
  if (label) target.label = label;
  return target;
}

function firstNumber(text: string): { index: number; num: string } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  // A minus sign glued to a preceding word is a dash, not a sign (`2019-2022`).
  if (m[0].startsWith('-') && m.index > 0 && /[\d\w\u4e00-\u9fff]/.test(text[m.index - 1])) {
    return { index: m.index + 1, num: m[0].slice(1) };
  }
  return { index: m.index, num: m[0] };
}

function parseDeadline(raw: string, text: string): SimpleTarget | null {
  const strong = DEADLINE_STRONG.exec(text);
  if (!strong) return null;
  const target: SimpleTarget = { raw, kind: 'deadline', text };
  const month = /(\d{1,2})\s*月/.exec(text);
  const year = /(\d{4})\s*年/.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) target.month = Number(month[1]);
  else if (/全年|年底|年末|年内/.test(text)) target.month = 12;
  if (year) target.year = Number(year[1]);
  return target;
}

function parseSimple(raw: string, text: string): SimpleTarget {
  // A deadline wins over its own digits (`12月底前`, `2023年全年`), but not over a rate (`≥95%`).
  if (DEADLINE.test(text) && !/[%‰]/.test(text) && !/[≥≤<>]/.test(text)) {
    const d = parseDeadline(raw, text);
    if (d) return d;
  }
  const n = parseNumeric(raw, text);
  if (n) return n;
  return { raw, kind: 'qualitative', text, vague: VAGUE_WORDS.test(text) };
}

/** Segments of a composite (`≥26次、≥13台`, `电脑12台，计算机5台`); words without a number join the next segment. */
function segments(text: string): string[] {
  const parts = text
    .split(/[、,，;；]|\s+和\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  let pending = '';
  for (const p of parts) {
    if (NUMBER.test(maskCodeNames(p))) {
      out.push(pending ? `${pending}、${p}` : p);
      pending = '';
    } else pending = pending ? `${pending}、${p}` : p;
  }
  if (pending && out.length > 0) out[out.length - 1] += `、${pending}`;
  return out;
}

/**
 * Parse a 指标值 (SPEC §4) into a typed target; unparseable text is kept as `text`. Repeated texts are
 * parsed once. The texts kept in the target are cut from a copy of `raw`, never from the cell's
 * whole text `raw` may be a slice of (see ownCopy).
 */
export const parseTarget: (raw: string) => TargetValue = memoizeRecent(
  (raw: string) => raw,
  (raw) => parseUncached(ownCopy(raw)),
);

/** A calendar point as sheets write it: 2021-12-31, 2021.12.31, 2021年12月31日, 2023.07, 2023年7月, 202312. */
const DATE_POINT = /(20\d{2}|19\d{2})\s*(?:[-/.年]\s*(\d{1,2})|(\d{2}))(?:\s*[-/.月]\s*(\d{1,2}))?\s*[日号]?/;
const DATE_ONLY = new RegExp(`^${DATE_POINT.source}\\s*(?:月)?\\s*(?:底|末)?\\s*(?:之?前|以前|完成|截止)?$`);
const PERIOD = new RegExp(`^(${DATE_POINT.source})\\s*(?:月)?\\s*(?:[-—–~至到])\\s*(${DATE_POINT.source})\\s*(?:月)?$`);

interface DatePoint {
  year: number;
  month: number;
  day?: number;
}

function datePoint(m: RegExpExecArray | null, at = 1): DatePoint | null {
  if (!m) return null;
  const year = Number(m[at]);
  const month = Number(m[at + 1] ?? m[at + 2]);
  const day = m[at + 3] !== undefined ? Number(m[at + 3]) : undefined;
  if (!(month >= 1 && month <= 12) || (day !== undefined && !(day >= 1 && day <= 31))) return null;
  return day === undefined ? { year, month } : { year, month, day };
}

/** A date (`2021-12-31`, a date cell's ISO text) or a period (`2023.07-2024.01`) as a deadline target, else null. */
function parseDate(raw: string, text: string): SimpleTarget | null {
  const period = PERIOD.exec(text);
  if (period) {
    const from = datePoint(DATE_POINT.exec(period[1]));
    const to = datePoint(DATE_POINT.exec(period[6]));
    if (from && to) {
      const show = (p: DatePoint) => `${p.year}年${p.month}月`;
      return { raw, kind: 'deadline', text: `${show(from)}至${show(to)}`, from, year: to.year, month: to.month };
    }
  }
  const point = DATE_ONLY.test(text) ? datePoint(DATE_POINT.exec(text)) : null;
  if (!point) return null;
  const shown = `${point.year}年${point.month}月${point.day ? `${point.day}日` : ''}前`;
  return { raw, kind: 'deadline', text: shown, ...point };
}

function parseUncached(raw: string): TargetValue {
  const text = trimWith(cleanNumberText(normalizeText(raw ?? '')), '', '。.');
  if (text === '' || /^[-—/\\无]$/.test(text)) return { raw, kind: 'empty' };
  const date = parseDate(raw, text);
  if (date) return date;
  const segs = segments(text);
  if (segs.length >= 2) {
    const parts = segs.map((s) => parseSimple(s, s));
    if (parts.filter((p) => p.kind === 'numeric').length >= 2) return { raw, kind: 'composite', parts };
  }
  return parseSimple(raw, text);
}

/** Short display of a target for messages: `≥95%`, `12月底前`, raw text otherwise. */
export function formatTarget(t: TargetValue): string {
  switch (t.kind) {
    case 'numeric':
      return `${t.implicitComparator ? '' : t.comparator.replace('>=', '≥').replace('<=', '≤')}${t.value}${t.unit}`;
    case 'deadline':
    case 'qualitative':
      return t.text;
    case 'composite':
      return t.parts.map((p) => formatTarget(p)).join('、');
    case 'empty':
      return '';
  }
}
