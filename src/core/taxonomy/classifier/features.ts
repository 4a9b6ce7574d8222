import { memoizeRecent } from '../../memo';
import type { TargetValue } from '../../model/target';
import { normalizeText } from '../../text/normalize';
import { unitKind } from '../../vocabulary/units';
import type { Level2 } from '../categories';
import { KEYWORDS } from '../keywords';

/** One feature of an indicator with its weight in the model (keyword hits count more than letter pairs). */
export interface Feature {
  key: string;
  weight: number;
}

const KEYWORD_WEIGHT = 1;
/** How much a lexicon entry counts as evidence of its 二级 in training, against one corpus row. */
const LEXICON_WEIGHT = 10;
const TARGET_WEIGHT = 3;
const DESCRIPTION_WEIGHT = 0.4;

/** Keyword cues that are part of longer words with another meaning: 质量 in 空气质量 / 水质量 is no 质量指标 cue. */
const MASKED: [RegExp, string][] = [
  [/(空气|水|环境|生态|大气|土壤|教育|生活|服务|发展)质量/g, '$1品质'],
  [/满意(程度|情况)/g, '满意度'],
];

/** The name as features see it: half-width, no slot prefix, masked compounds, digits folded. */
export function featureText(name: string): string {
  let t = normalizeText(name).replace(/^指标\s*\d+\s*[:：]?/, '');
  for (const [re, to] of MASKED) t = t.replace(re, to);
  return t.replace(/\d+(\.\d+)?/g, '0').replace(/[\s，,。；;：:、“”"'（）()[\]【】《》<>≥≤=%‰*★/\\-]+/g, ' ');
}

/** Character 2- and 3-grams of each run of the text. */
function ngrams(text: string, out: Feature[], weight: number, prefix = ''): void {
  for (const run of text.split(' ')) {
    for (let i = 0; i + 2 <= run.length; i++) out.push({ key: `${prefix}${run.slice(i, i + 2)}`, weight });
    for (let i = 0; i + 3 <= run.length; i++) out.push({ key: `${prefix}${run.slice(i, i + 3)}`, weight });
  }
}

const KEYWORD_LIST: [string, Level2, number][] = Object.entries(KEYWORDS).flatMap(([l2, words]) =>
  words.map(([w, weight]) => [w, l2 as Level2, weight] as [string, Level2, number]),
);

const BY_LENGTH = [...KEYWORD_LIST].sort((a, b) => b[0].length - a[0].length);
const STRENGTH = new Map<string, number>();
for (const [word, , weight] of KEYWORD_LIST) STRENGTH.set(word, Math.max(STRENGTH.get(word) ?? 0, weight));

/** Keyword hits of a feature text (longest first, so 及时率 is not also 及时). */
function keywordHits(text: string): string[] {
  const hits: string[] = [];
  let rest = text;
  for (const [word] of BY_LENGTH) {
    if (!rest.includes(word)) continue;
    hits.push(word);
    rest = rest.split(word).join(' ');
  }
  return hits;
}

/**
 * The lexicon's cues in an indicator's name. Names recur across a district's list: each is scanned once.
 * The result is shared: never change it.
 */
export const cuesOf: (name: string) => readonly string[] = memoizeRecent(
  (name: string) => name,
  (name: string) => keywordHits(featureText(name)),
);

/**
 * Target-shape features as a reviewer reads them when they are the evidence for a 二级 (shown in
 * messages and the pane); shapes that say nothing by themselves (no unit, an unknown one, several
 * figures of different kinds) are left out of the evidence.
 */
export const TARGET_SHAPE_EVIDENCE: Readonly<Record<string, string>> = {
  'unit:count': '指标值是计数',
  'unit:time': '指标值是时长',
  'unit:money': '指标值是金额',
  'unit:rate': '指标值是比率',
  'unit:measure': '指标值是度量',
  'shape:deadline': '指标值是期限',
};

/** What the target's shape says: a deadline or period, and the kind of its unit (of all its figures, when one). */
export function targetShape(target: TargetValue | undefined): string[] {
  if (!target) return [];
  if (target.kind === 'deadline') return ['shape:deadline'];
  if (target.kind === 'numeric') return [unitShape(target.unit)];
  if (target.kind === 'composite') {
    // Several figures of one kind (12台, 5台, 3台) say what one would: a count is a count.
    const shapes = new Set(target.parts.map((p) => (p.kind === 'numeric' ? unitShape(p.unit) : p.kind)));
    return shapes.size === 1 && [...shapes][0].startsWith('unit:') ? [...shapes] : ['shape:composite'];
  }
  return [];
}

function unitShape(unit: string): string {
  return `unit:${unitKind(unit) ?? (unit ? 'other' : 'none')}`;
}

/** Every feature of an indicator: name n-grams, keyword hits, target shape, description n-grams. */
export function featuresOf(name: string, target?: TargetValue, description?: string): Feature[] {
  const text = featureText(name);
  const out: Feature[] = [];
  ngrams(text, out, 1);
  // A strong cue (lexicon weight 3) counts three times a weak one: one decides, the other tips a balance.
  for (const hit of keywordHits(text))
    out.push({ key: `kw:${hit}`, weight: KEYWORD_WEIGHT * (STRENGTH.get(hit) ?? 1) });
  for (const s of targetShape(target)) out.push({ key: s, weight: TARGET_WEIGHT });
  if (description) ngrams(featureText(description), out, DESCRIPTION_WEIGHT, 'd:');
  return out;
}

/** Keyword documents: each keyword of a 二级, as evidence of it, with its lexicon weight. */
export function keywordDocuments(): { level2: Level2; features: Feature[] }[] {
  return KEYWORD_LIST.map(([word, level2, weight]) => ({
    level2,
    features: [
      { key: `kw:${word}`, weight: LEXICON_WEIGHT * weight },
      ...featuresOf(word).filter((f) => !f.key.startsWith('kw:')),
    ],
  }));
}
