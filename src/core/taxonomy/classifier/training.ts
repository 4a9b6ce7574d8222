import { parseTarget } from '../../parse/targetValue';
import type { Level2 } from '../categories';
import { CORPUS_SOURCES, type CorpusRow, type CorpusSource } from '../corpus';
import { featuresOf, keywordDocuments } from './features';
import type { Document } from './naiveBayes';

/** The 二级 a corpus row stands for: as filed, or the correct one where the collector marked a misfiling. */
export function labelOf(row: CorpusRow): Level2 {
  const note = row[4];
  return note?.startsWith('misfiled:') ? (note.slice('misfiled:'.length) as Level2) : row[1];
}

/** Training documents of corpus sources. */
export function corpusDocuments(sources: readonly CorpusSource[]): Document[] {
  return sources.flatMap((s) =>
    s.rows.map((row) => ({ level2: labelOf(row), features: featuresOf(row[2], parseTarget(row[3])) })),
  );
}

/** Whether a source is in the held-apart evaluation split: a fixed quarter of the sources, by their id. */
export function heldApart(source: CorpusSource): boolean {
  let h = 0;
  for (const ch of source.source.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 4 === 0;
}

/** The documents the shipped model learns from: every corpus row and the keyword lexicon. */
export function trainingDocuments(sources: readonly CorpusSource[] = CORPUS_SOURCES): Document[] {
  return [...corpusDocuments(sources), ...keywordDocuments()];
}
