/**
 * Prints every table's reading against its truth (what the real-world test measures), for working on
 * recognition: `npx tsx test/realWorld/report.ts [id-substring]`.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../../src/core/engine';
import { fileJson } from '../../src/core/report/json';
import { readXlsx } from '../../src/xlsx/read';
import { atlasFixtures, atlasGrid } from '../helpers/atlas';
import { scoreAgainstTruth, totalScore, type Truth, type TruthScore } from '../helpers/truth';

async function main(filter: string | undefined): Promise<void> {
  const REAL = join(__dirname, '..', 'fixtures', 'real-world');
  const scores: TruthScore[] = [];
  const show = (id: string, s: TruthScore) => {
    scores.push(s);
    for (const n of s.notes) console.log(`${id}: ${n}`);
  };
  for (const f of readdirSync(join(REAL, 'expected')).sort()) {
    const id = f.slice(0, -5);
    if (filter && !id.includes(filter)) continue;
    const truth = JSON.parse(readFileSync(join(REAL, 'expected', f), 'utf8')) as Truth;
    const grid = await readXlsx(readFileSync(join(REAL, 'cases', `${id}.xlsx`)));
    show(id, scoreAgainstTruth(truth, fileJson(id, checkWorkbook(grid))));
  }
  for (const fixture of atlasFixtures()) {
    if (filter && !fixture.id.includes(filter)) continue;
    show(fixture.id, scoreAgainstTruth(fixture.truth, fileJson(fixture.id, checkWorkbook(atlasGrid(fixture)))));
  }
  const t = totalScore(scores);
  console.log(
    `tables ${scores.length}: recognized ${scores.filter((s) => s.recognized).length}; indicators right ${t.indicatorsRight}/${t.indicators}; names ${t.namesFound}/${t.names}; budgets ${t.budgetsRead}/${t.budgets}; real defects caught ${t.caught}/${t.defects}; false errors ${t.falseErrors}; forbidden ${t.forbidden}`,
  );
}

void main(process.argv[2]);
