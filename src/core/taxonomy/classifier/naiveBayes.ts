import { LEVEL2, type Level2 } from '../categories';
import { TARGET_SHAPE_EVIDENCE, type Feature } from './features';

/** A labelled document: its 二级 and its features. */
export interface Document {
  level2: Level2;
  features: Feature[];
  /** How much the document counts (a corpus row 1; a lexicon entry or definition may count more). */
  weight?: number;
}

const CLASSES = LEVEL2.length;

/**
 * A trained model as data (model.json): the 二级 in order, each one's feature total, and each
 * feature's counts as [class index, count, …] pairs of its non-zero classes.
 */
export interface ModelCounts {
  classes: readonly string[];
  totals: number[];
  counts: Record<string, number[]>;
}
const INDEX = new Map<Level2, number>(LEVEL2.map((l, i) => [l, i]));
/** Additive (Laplace) smoothing: the corpus is small; tuned on the held-apart split (npm run classifier:eval). */
const ALPHA = 1;

/**
 * Multinomial naive Bayes over weighted features, with uniform class priors (the corpus over-represents
 * 数量指标; a prior would tilt every unclear case there, the blind default this replaces).
 */
export class NaiveBayes {
  private readonly counts = new Map<string, Float64Array>();
  private readonly totals = new Float64Array(CLASSES);
  private vocabulary = 0;

  constructor(documents: Document[] = []) {
    for (const d of documents) {
      const c = INDEX.get(d.level2) as number;
      const w = d.weight ?? 1;
      for (const f of d.features) {
        let row = this.counts.get(f.key);
        if (!row) {
          row = new Float64Array(CLASSES);
          this.counts.set(f.key, row);
        }
        row[c] += f.weight * w;
        this.totals[c] += f.weight * w;
      }
    }
    this.vocabulary = this.counts.size;
  }

  /** The model's counts as data (scripts/train-classifier.ts writes them to model.json). */
  toCounts(): ModelCounts {
    const counts: Record<string, number[]> = {};
    for (const [key, row] of this.counts) {
      const pairs: number[] = [];
      row.forEach((v, c) => {
        if (v !== 0) pairs.push(c, v);
      });
      counts[key] = pairs;
    }
    return { classes: [...LEVEL2], totals: [...this.totals], counts };
  }

  /** A model from its counts as data. Throws when they were made for other 二级 categories. */
  static fromCounts(data: ModelCounts): NaiveBayes {
    if (data.classes.join() !== LEVEL2.join())
      throw new Error('classifier model.json is for other categories: retrain it');
    const model = new NaiveBayes();
    model.totals.set(data.totals);
    for (const key of Object.keys(data.counts)) {
      const row = new Float64Array(CLASSES);
      const pairs = data.counts[key];
      for (let i = 0; i < pairs.length; i += 2) row[pairs[i]] = pairs[i + 1];
      model.counts.set(key, row);
    }
    model.vocabulary = model.counts.size;
    return model;
  }

  /** log P(feature | class) of one feature for one class. */
  private logLikelihood(row: Float64Array, c: number): number {
    return Math.log((row[c] + ALPHA) / (this.totals[c] + ALPHA * this.vocabulary));
  }

  /** Posterior over the allowed classes (all when none given), best first; features the model never saw are ignored. */
  posterior(features: Feature[], allowed?: readonly Level2[]): { level2: Level2; p: number; evidence: string[] }[] {
    const classes = (allowed ?? LEVEL2).map((l) => INDEX.get(l) as number);
    const scores = classes.map(() => 0);
    const known: { key: string; row: Float64Array; weight: number }[] = [];
    for (const f of features) {
      const row = this.counts.get(f.key);
      if (row) known.push({ key: f.key, row, weight: f.weight });
    }
    classes.forEach((c, i) => {
      for (const k of known) scores[i] += k.weight * this.logLikelihood(k.row, c);
    });
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    const ranked = classes.map((c, i) => ({ c, p: exp[i] / sum }));
    ranked.sort((a, b) => b.p - a.p);
    return ranked.map(({ c, p }) => ({ level2: LEVEL2[c], p, evidence: this.evidence(known, c) }));
  }

  /** The features that speak most for class c against the others (keyword hits shown as the word). */
  private evidence(known: { key: string; row: Float64Array }[], c: number): string[] {
    const lift = known
      .map((k) => {
        let others = 0;
        for (let o = 0; o < CLASSES; o++)
          if (o !== c) others += (k.row[o] + ALPHA) / (this.totals[o] + ALPHA * this.vocabulary);
        const mine = (k.row[c] + ALPHA) / (this.totals[c] + ALPHA * this.vocabulary);
        return { key: k.key, lift: Math.log(mine / (others / (CLASSES - 1))) };
      })
      .filter((k) => k.lift > 1)
      .sort((a, b) => b.lift - a.lift);
    const words = lift.filter((k) => k.key.startsWith('kw:')).map((k) => k.key.slice(3));
    const other = lift
      .filter((k) => !k.key.startsWith('kw:') && !k.key.startsWith('d:'))
      .flatMap((k) => (/^(unit|shape):/.test(k.key) ? (TARGET_SHAPE_EVIDENCE[k.key] ?? []) : [k.key]));
    return [...new Set([...words, ...other])].slice(0, 3);
  }
}
