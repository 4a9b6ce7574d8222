import type { Inference } from '../model/project';
import type { TargetValue } from '../model/target';
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

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation per 二级, so wording without any of its keywords is skipped in one test. */
const ANY_KEYWORD = Object.fromEntries(LEVEL2.map((l2) => [l2, new RegExp(KEYWORDS[l2].map(([w]) => escape(w)).join('|'))])) as Record<Level2, RegExp>;

/** Score each 二级 by matched keywords (longest match wins overlaps) and target shape. */
function scores(level3: string, target?: TargetValue): Map<Level2, { score: number; matched: string[] }> {
  const text = normalizeText(level3);
  const out = new Map<Level2, { score: number; matched: string[] }>();
  const add = (l2: Level2, w: number, word: string) => {
    const s = out.get(l2) ?? { score: 0, matched: [] };
    s.score += w;
    s.matched.push(word);
    out.set(l2, s);
  };
  for (const l2 of LEVEL2) {
    if (!ANY_KEYWORD[l2].test(text)) continue;
    for (const [word, weight] of KEYWORDS[l2]) if (text.includes(word)) add(l2, weight, word);
  }
  if (target) {
    if (target.kind === 'deadline') add('时效指标', 2, `目标:${target.text}`);
    if (target.kind === 'numeric' && /^(万元|元)$/.test(target.unit)) add('成本指标', 2, `单位:${target.unit}`);
    if (target.kind === 'numeric' && /^(小时|分钟|天|日|个月|工作日)$/.test(target.unit) && /时间|时长|时限|期限|周期/.test(text))
      add('时效指标', 1, `单位:${target.unit}`);
  }
  return out;
}

function toInference(l2: Level2, s: { score: number; matched: string[] }, total: number): Inference {
  const confidence = Math.min(0.99, Math.round((0.45 + 0.5 * (s.score / Math.max(total, 1)) * Math.min(1, s.score / 3)) * 100) / 100);
  return { level2: l2, confidence, matched: s.matched };
}

type Scores = ReturnType<typeof scores>;

function rank(s: Scores): Inference[] {
  const total = [...s.values()].reduce((a, b) => a + b.score, 0);
  return [...s.entries()].sort((a, b) => b[1].score - a[1].score).map(([l2, v]) => toInference(l2, v, total));
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
  const ranked = rankLevel2(level3, target);
  const allowed = level1 ? ranked.filter((r) => PARENT_OF[r.level2] === level1) : ranked;
  if (allowed.length > 0) return allowed[0];
  if (!level1) return null;
  return { level2: DEFAULT_UNDER[level1], confidence: level1 === '满意度指标' ? 0.9 : 0.3, matched: [] };
}

/**
 * A different 二级 for an explicitly filed indicator, only when its wording
 * clearly belongs there: a strong keyword of the other 二级 and none of the filed one.
 */
export function suggestReclassification(level3: string, level2: Level2, target?: TargetValue): Inference | null {
  const s = scores(level3, target);
  const filed = s.get(level2)?.score ?? 0;
  if (filed > 0) return null;
  const best = rank(s)[0];
  if (!best || best.level2 === level2 || (COST_FAMILY.has(best.level2) && COST_FAMILY.has(level2))) return null;
  const strong = KEYWORDS[best.level2].some(([w, weight]) => weight >= 3 && best.matched.includes(w));
  if (!strong || (s.get(best.level2)?.score ?? 0) < 3) return null;
  // Don't move across 一级 families for satisfaction wording under 效益 etc. unless the word is decisive.
  return best.confidence >= 0.6 ? best : null;
}
