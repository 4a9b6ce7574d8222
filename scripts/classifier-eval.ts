/** Prints the 二级 classifier's figures on the held-apart quarter of the corpus (README): npm run classifier:eval. */
import { evaluateHeldApart } from '../src/core/taxonomy/classifier/evaluate';

const e = evaluateHeldApart();
const pct = (n: number) => `${((n / e.rows) * 100).toFixed(1)}%`;
console.log(`held-apart: ${e.sources} sources, ${e.rows} indicators`);
console.log(
  `二级 right given the filed 一级: ${e.givenLevel1}/${e.rows} (${pct(e.givenLevel1)}), undetermined ${e.undetermined}`,
);
console.log(`二级 right with no 一级 given: ${e.unrestricted}/${e.rows} (${pct(e.unrestricted)})`);
if (process.argv.includes('--misses'))
  for (const m of e.misses) console.log(`  ${m.want} ← ${m.got ?? '(undetermined)'}  ${m.name}`);
