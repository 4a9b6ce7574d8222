// npm run classifier:train: trains the shipped 二级 classifier on the whole labelled corpus
// (src/core/taxonomy/corpus) and the keyword lexicon, and writes its counts to
// src/core/taxonomy/classifier/model.json. Run after changing the corpus, the lexicon or the
// features; test/core/taxonomy/model.test.ts fails until the file matches a fresh training.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { NaiveBayes } from '../src/core/taxonomy/classifier/naiveBayes';
import { trainingDocuments } from '../src/core/taxonomy/classifier/training';

const out = join(__dirname, '..', 'src', 'core', 'taxonomy', 'classifier', 'model.json');
const counts = new NaiveBayes(trainingDocuments()).toCounts();
writeFileSync(out, `${JSON.stringify(counts)}\n`);
console.log(`${out}: ${Object.keys(counts.counts).length} features`);
