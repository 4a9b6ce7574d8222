import { CATALOGUE, type CatalogueEntry, type CheckArea } from '../../core/findings/catalogue';
import type { Finding } from '../../core/findings/finding';
import type { Lang } from '../../core/lang';
import { CATEGORY_EN } from '../../core/taxonomy/categories';

/** The catalogue entry of a finding's code; undefined for a code this build does not know (a newer engine). */
export function entryOf(code: string): CatalogueEntry | undefined {
  return (CATALOGUE as Record<string, CatalogueEntry>)[code];
}

/** Plain title (缺少时效指标 / Missing timeliness …); the code itself when the catalogue has none. */
export function titleOf(f: Finding, lang: Lang): string {
  const e = entryOf(f.code);
  return e ? (lang === 'zh' ? e.title : e.titleEn) : f.code;
}

export function messageOf(f: Finding, lang: Lang): string {
  return lang === 'zh' ? f.message : f.messageEn;
}

export function areaOf(f: Finding): CheckArea | undefined {
  return entryOf(f.code)?.area;
}

/** Why it matters and how to fix it, in the pane's language. */
export function guidanceOf(f: Finding, lang: Lang): { why: string; fix: string } | null {
  const e = entryOf(f.code);
  if (!e) return null;
  return lang === 'zh' ? { why: e.why, fix: e.fix } : { why: e.whyEn, fix: e.fixEn };
}

/** An expected/actual value as shown: canonical category names in English for the English pane; sheet text as is. */
export function valueText(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (lang === 'en' && value in CATEGORY_EN) return CATEGORY_EN[value as keyof typeof CATEGORY_EN];
  return value;
}

const PLAIN_SHEET_NAME = /^[\p{L}\p{N}_]+$/u;

/** Sheet!A1 as Excel writes it (a sheet name with spaces or punctuation quoted). */
export function cellText(f: Finding): string {
  return PLAIN_SHEET_NAME.test(f.sheet) ? `${f.sheet}!${f.cell}` : `'${f.sheet}'!${f.cell}`;
}
