import type { Inference } from '../../model/project';
import type { TargetValue } from '../../model/target';
import { memoizeRecent } from '../../memo';
import { LEVEL2, PARENT_OF, type Level1, type Level2 } from '../categories';
import { KEYWORDS } from '../keywords';
import { cuesOf, featuresOf } from './features';
import MODEL from './model.json';
import { NaiveBayes } from './naiveBayes';

/**
 * 二级 from all the evidence a reviewer uses (issue 14): the indicator's wording (character n-grams and the
 * keyword lexicon), its target's shape (a deadline, a money amount, a rate, a count), its description — by
 * a naive Bayes model over the labelled corpus of published sheets (taxonomy/corpus). Runs in the core:
 * no network, no large model. The shipped model is trained from the corpus by scripts/train-classifier.ts
 * (npm run classifier:train) into model.json, loaded when first used (a test keeps it equal to a fresh
 * training): training at every start cost each command run and each pane tens of ms.
 */
let model: NaiveBayes | undefined;
function trained(): NaiveBayes {
  model ??= NaiveBayes.fromCounts(MODEL);
  return model;
}

/** Use a model trained on other data (the held-apart evaluation). */
export function withModel<T>(m: NaiveBayes, f: () => T): T {
  const saved = model;
  model = m;
  try {
    return f();
  } finally {
    model = saved;
  }
}

const CHILDREN = new Map<Level1, Level2[]>();
for (const l2 of LEVEL2) CHILDREN.set(PARENT_OF[l2], [...(CHILDREN.get(PARENT_OF[l2]) ?? []), l2]);
/** A 一级 成本指标 takes the cost 二级 of either framework. */
CHILDREN.set('成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标', '成本指标']);

/** Below this posterior, and with no keyword of its own, the wording does not tell the 二级. */
const UNDETERMINED_BELOW = 0.5;
/** An undetermined indicator could still be a 二级 the model gives at least this. */
const PLAUSIBLE = 0.15;

export interface Ranked {
  level2: Level2;
  p: number;
  evidence: string[];
}

const ranking = memoizeRecent(
  (k: { name: string; target?: TargetValue; description?: string; level1: Level1 | null }) =>
    `${k.level1 ?? ''}\u0000${k.name}\u0000${k.target?.kind === 'numeric' ? k.target.unit : (k.target?.kind ?? '')}\u0000${k.description ?? ''}`,
  (k): Ranked[] =>
    trained().posterior(featuresOf(k.name, k.target, k.description), k.level1 ? CHILDREN.get(k.level1) : undefined),
);

/** Candidates (under `level1` when given), best first, with their posterior and evidence. */
export function rankLevel2(
  name: string,
  level1: Level1 | null = null,
  target?: TargetValue,
  description?: string,
): Ranked[] {
  return ranking({ name, level1, target, description });
}

/**
 * 二级 for an indicator whose sheet gives only the 一级 (or none): the best candidate under the 一级.
 * When the evidence is weak — a low posterior and no keyword of that 二级 — the result says "undetermined"
 * (level2 null) with its reason instead of defaulting (产出 → 数量 was a blind guess).
 */
export function inferLevel2(
  name: string,
  level1: Level1 | null,
  target?: TargetValue,
  description?: string,
): Inference | null {
  const ranked = rankLevel2(name, level1, target, description);
  let inference = inferred.get(ranked);
  if (inference === undefined) inferred.set(ranked, (inference = inferenceOf(ranked, name, level1)));
  return inference;
}

/**
 * Inferences by the ranking they read: the same wording under the same 一级 (a standard item on
 * every project of a list) shares one inference object, as it shares its ranking. Never mutated.
 */
const inferred = new WeakMap<Ranked[], Inference | null>();

function inferenceOf(ranked: Ranked[], name: string, level1: Level1 | null): Inference | null {
  const best = ranked[0];
  if (!best) return null;
  if (level1 === '满意度指标') return { level2: '服务对象满意度指标', confidence: 0.99, matched: best.evidence };
  if (best.p < UNDETERMINED_BELOW && cuesOf(name).length === 0) {
    return {
      level2: null,
      confidence: round(best.p),
      matched: [],
      reason: `表述不足以判断二级（最接近：${best.level2}，把握 ${Math.round(best.p * 100)}%）`,
      candidates: ranked.filter((r) => r.p >= PLAUSIBLE).map((r) => ({ level2: r.level2, p: round(r.p) })),
    };
  }
  return { level2: best.level2, confidence: round(best.p), matched: best.evidence };
}

const round = (p: number) => Math.round(p * 100) / 100;

/** 成本 as 二级 of 产出 and the 二级 of a 一级 成本指标 are one family: cost wording fits any of them. */
const COST_FAMILY = new Set<Level2>(['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标']);

/** How sure the model must be before telling a filer their 二级 is wrong: a false alarm costs trust. */
const MISFILED_ABOVE = 0.9;
const FILED_BELOW = 0.03;

/** Strong cues (lexicon weight 3) of a 二级 in the wording. */
function strongCues(hits: readonly string[], level2: Level2): string[] {
  return hits.filter((w) => KEYWORDS[level2].some(([k, weight]) => k === w && weight >= 3));
}

/**
 * A different 二级 for an explicitly filed indicator, only when the evidence is strong: the model is sure of
 * another 二级 (across 一级 too: a satisfaction filed under 社会效益), gives the filed one next to nothing,
 * the wording has a strong cue of the other 二级 and none of the filed one's.
 */
export function suggestReclassification(
  name: string,
  filed: Level2,
  target?: TargetValue,
  description?: string,
): Inference | null {
  const ranked = rankLevel2(name, null, target, description);
  const best = ranked[0];
  if (!best || best.level2 === filed || (COST_FAMILY.has(best.level2) && COST_FAMILY.has(filed))) return null;
  const filedP = ranked.find((r) => r.level2 === filed)?.p ?? 0;
  const hits = cuesOf(name);
  const cues = strongCues(hits, best.level2);
  if (best.p < MISFILED_ABOVE || filedP > FILED_BELOW || cues.length === 0) return null;
  if (KEYWORDS[filed].some(([k]) => hits.includes(k))) return null;
  return {
    level2: best.level2,
    confidence: round(best.p),
    matched: [...new Set([...cues, ...best.evidence])].slice(0, 3),
  };
}
