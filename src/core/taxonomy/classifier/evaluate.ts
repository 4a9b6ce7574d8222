import { parseTarget } from '../../parse/targetValue';
import type { Level2 } from '../categories';
import { CORPUS_SOURCES, type CorpusSource } from '../corpus';
import { keywordDocuments } from './features';
import { inferLevel2, rankLevel2, withModel } from './index';
import { NaiveBayes } from './naiveBayes';
import { corpusDocuments, heldApart, labelOf } from './training';

/** How the classifier does on rows it did not learn from. */
export interface Evaluation {
  sources: number;
  rows: number;
  /** 二级 right given the filed 一级 (the list case: only 一级 stated). */
  givenLevel1: number;
  /** Rows left undetermined given the 一级 (counted as not right). */
  undetermined: number;
  /** 二级 right with no 一级 given. */
  unrestricted: number;
  misses: { want: Level2; got: Level2 | null; name: string }[];
}

/**
 * Train on the corpus without the held-apart quarter of its sources and measure on that quarter (issue 14:
 * the figure in the README). Labels are the categories as filed (or as corrected where the collector marked a
 * misfiling), so a disagreement is sometimes the filer's mistake, not the model's.
 */
export function evaluateHeldApart(sources: readonly CorpusSource[] = CORPUS_SOURCES): Evaluation {
  const model = new NaiveBayes([...corpusDocuments(sources.filter((s) => !heldApart(s))), ...keywordDocuments()]);
  const test = sources.filter(heldApart);
  const out: Evaluation = {
    sources: test.length,
    rows: 0,
    givenLevel1: 0,
    undetermined: 0,
    unrestricted: 0,
    misses: [],
  };
  withModel(model, () => {
    for (const row of test.flatMap((s) => s.rows)) {
      out.rows++;
      const want = labelOf(row);
      const target = parseTarget(row[3]);
      const got = inferLevel2(row[2], row[0], target)?.level2 ?? null;
      if (got === want) out.givenLevel1++;
      else {
        if (got === null) out.undetermined++;
        out.misses.push({ want, got, name: row[2] });
      }
      if (rankLevel2(row[2], null, target)[0]?.level2 === want) out.unrestricted++;
    }
  });
  return out;
}
