import type { Inference } from '../model/project';
import type { TargetValue } from '../model/target';
import { memoizeRecent } from '../memo';
import { normalizeText } from '../text/normalize';
import { LEVEL2, PARENT_OF, type Level1, type Level2 } from './categories';
import { KEYWORDS } from './keywords';

/** 成本 as 二级 of 产出 and the 二级 of a 一级 成本指标 are one family: cost wording fits any of them. */
const COST_FAMILY = new Set<Level2>(['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标']);

/** Default 二级 when wording says nothing (the common case in each 一级). */
const DEFAULT_UNDER: Record<Level1, Level2> = {
  产出指标: '数量指标',
  效益指标: '社会效益指标',
  满意度指标: '服务对象满意度指标',
  成本指标: '经济成本指标',
};

interface Keyword {
  word: string;
  level2: Level2;
  weight: number;
  /** Position in KEYWORDS (二级 order, then word order): matches are reported in this order. */
  order: number;
}

/**
 * Keywords by first character: scoring walks the wording once and tries only the words that can
 * start at each character, instead of testing every 二级's word list.
 */
const BY_FIRST_CHAR = new Map<number, Keyword[]>();
LEVEL2.flatMap((level2) => KEYWORDS[level2].map(([word, weight]) => ({ word, level2, weight }))).forEach((k, order) => {
  const first = k.word.charCodeAt(0);
  const list = BY_FIRST_CHAR.get(first) ?? [];
  list.push({ ...k, order });
  BY_FIRST_CHAR.set(first, list);
});

/** Every keyword occurring in the text, each once, in KEYWORDS order (kept by insertion: a handful of hits). */
function keywordsIn(text: string): Keyword[] {
  const hits: Keyword[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = BY_FIRST_CHAR.get(text.charCodeAt(i));
    if (!candidates) continue;
    for (const k of candidates) {
      if (!text.startsWith(k.word, i) || hits.includes(k)) continue;
      let at = hits.push(k) - 1;
      for (; at > 0 && hits[at - 1].order > k.order; at--) hits[at] = hits[at - 1];
      hits[at] = k;
    }
  }
  return hits;
}

type Score = { score: number; matched: string[] };

function add(out: Map<Level2, Score>, l2: Level2, weight: number, word: string): void {
  const s = out.get(l2);
  if (s) {
    s.score += weight;
    s.matched.push(word);
  } else out.set(l2, { score: weight, matched: [word] });
}

/** What of a target bears on the 二级: a deadline (with its text, quoted as a match) or a numeric unit. */
function targetShape(target?: TargetValue): string {
  if (target?.kind === 'deadline') return `d${target.text}`;
  if (target?.kind === 'numeric') return `n${target.unit}`;
  return '';
}

/**
 * Score each 二级 by matched keywords (longest match wins overlaps) and target shape. A list
 * repeats the same indicator names thousands of times: each wording and target shape is scored
 * once, and callers only read the shared result.
 */
function scores(level3: string, target?: TargetValue): ReadonlyMap<Level2, Readonly<Score>> {
  return scoresOf({ level3, target });
}

const scoresOf = memoizeRecent(
  ({ level3, target }: { level3: string; target?: TargetValue }) => `${level3}\u0000${targetShape(target)}`,
  ({ level3, target }: { level3: string; target?: TargetValue }) => freshScores(level3, target),
);

function freshScores(level3: string, target?: TargetValue): Map<Level2, Score> {
  const text = normalizeText(level3);
  const out = new Map<Level2, Score>();
  for (const k of keywordsIn(text)) add(out, k.level2, k.weight, k.word);
  if (target) {
    if (target.kind === 'deadline') add(out, '时效指标', 2, `目标:${target.text}`);
    if (target.kind === 'numeric' && /^(万元|元)$/.test(target.unit)) add(out, '成本指标', 2, `单位:${target.unit}`);
    if (
      target.kind === 'numeric' &&
      /^(小时|分钟|天|日|个月|工作日)$/.test(target.unit) &&
      /时间|时长|时限|期限|周期/.test(text)
    )
      add(out, '时效指标', 1, `单位:${target.unit}`);
  }
  return out;
}

function toInference(l2: Level2, s: Readonly<Score>, total: number): Inference {
  const confidence = Math.min(
    0.99,
    Math.round((0.45 + 0.5 * (s.score / Math.max(total, 1)) * Math.min(1, s.score / 3)) * 100) / 100,
  );
  return { level2: l2, confidence, matched: [...s.matched] };
}

function rank(s: ReadonlyMap<Level2, Readonly<Score>>): Inference[] {
  const total = [...s.values()].reduce((a, b) => a + b.score, 0);
  const entries = [...s.entries()];
  // Most wording matches one 二级: sorting would only allocate.
  if (entries.length > 1) entries.sort((a, b) => b[1].score - a[1].score);
  return entries.map(([l2, v]) => toInference(l2, v, total));
}

/** All 二级 candidates for the wording, best first (unrestricted by 一级). */
export function rankLevel2(level3: string, target?: TargetValue): Inference[] {
  return rank(scores(level3, target));
}

/**
 * 二级 for an indicator whose sheet gives only the 一级: the best candidate
 * under that 一级, else the 一级's usual 二级 with low confidence.
 */
export function inferLevel2(level3: string, level1: Level1 | null, target?: TargetValue): Inference | null {
  const best = bestOf(scores(level3, target), level1);
  if (best) return best;
  if (!level1) return null;
  return { level2: DEFAULT_UNDER[level1], confidence: level1 === '满意度指标' ? 0.9 : 0.3, matched: [] };
}

/**
 * The best candidate (under `level1`, when given) in one pass, the first of equals as ranking
 * would give: this runs for every indicator of a list, where ranking made every candidate.
 */
function bestOf(s: ReadonlyMap<Level2, Readonly<Score>>, level1: Level1 | null): Inference | null {
  let best: [Level2, Readonly<Score>] | undefined;
  let total = 0;
  for (const [l2, score] of s) {
    total += score.score;
    if ((!level1 || PARENT_OF[l2] === level1) && (!best || score.score > best[1].score)) best = [l2, score];
  }
  return best ? toInference(best[0], best[1], total) : null;
}

/**
 * A different 二级 for an explicitly filed indicator, only when its wording
 * clearly belongs there: a strong keyword of the other 二级 and none of the filed one.
 */
export function suggestReclassification(level3: string, level2: Level2, target?: TargetValue): Inference | null {
  const s = scores(level3, target);
  const filed = s.get(level2)?.score ?? 0;
  if (filed > 0) return null;
  const best = bestOf(s, null);
  if (!best || best.level2 === level2 || (COST_FAMILY.has(best.level2) && COST_FAMILY.has(level2))) return null;
  const strong = KEYWORDS[best.level2].some(([w, weight]) => weight >= 3 && best.matched.includes(w));
  if (!strong || (s.get(best.level2)?.score ?? 0) < 3) return null;
  // Don't move across 一级 families for satisfaction wording under 效益 etc. unless the word is decisive.
  return best.confidence >= 0.6 ? best : null;
}
