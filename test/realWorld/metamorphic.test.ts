/**
 * A table's reading must not depend on where it sits or how it was merged: every published table of the
 * fixtures, shifted right and down, or with its merges undone (anchors kept, the rest blank as an unmerged
 * copy has it), reads the same projects, indicators, categories and targets.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../src/core/grid/grid';
import { recognizeWorkbook } from '../../src/core/recognize';
import { readXlsx } from '../../src/xlsx/read';
import { atlasFixtures, atlasGrid } from '../helpers/atlas';

function reading(grid: WorkbookGrid): string[] {
  const m = recognizeWorkbook(grid);
  return [
    ...m.projects.flatMap((p) => [
      `P ${p.name} ${p.budget.total?.value ?? ''} ${p.budget.annual?.value ?? ''}`,
      ...p.indicators.map((i) => `  ${i.level1}/${i.level2}/${i.level3} ${i.target.raw} ${i.periodTarget?.raw ?? ''}`),
    ]),
    ...m.selfEvaluations.flatMap((e) => [
      `E ${e.name}`,
      ...e.indicators.map(
        (i) => `  ${i.level1}/${i.level2}/${i.level3} ${i.target.raw} ${i.actual.raw} ${i.score.value}`,
      ),
    ]),
  ];
}

/** The grid moved `rows` down and `cols` right, with a title line above. */
function shifted(grid: WorkbookGrid, rows: number, cols: number): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s): SheetGrid => ({
      ...s,
      rows: [
        [{ value: '附件' }],
        ...Array.from({ length: rows - 1 }, () => []),
        ...s.rows.map((r) => [...Array<GridCell | undefined>(cols).fill(undefined), ...(r ?? [])]),
      ],
      merges: s.merges.map((m) => ({
        top: m.top + rows,
        bottom: m.bottom + rows,
        left: m.left + cols,
        right: m.right + cols,
      })),
    })),
  };
}

/** The grid without its merges: anchors keep their values, the other cells of each area stay blank. */
function unmerged(grid: WorkbookGrid): WorkbookGrid {
  return { sheets: grid.sheets.map((s) => ({ ...s, merges: [] })) };
}

const REAL = join(__dirname, '..', 'fixtures', 'real-world', 'cases');

async function tables(): Promise<[string, WorkbookGrid][]> {
  const real = await Promise.all(
    readdirSync(REAL).map(async (f) => [f, await readXlsx(readFileSync(join(REAL, f)))] as [string, WorkbookGrid]),
  );
  return [...real, ...atlasFixtures().map((f) => [f.id, atlasGrid(f)] as [string, WorkbookGrid])];
}

describe('a table reads the same wherever it sits and however it was merged', () => {
  it('shifted right and down', async () => {
    for (const [id, grid] of await tables())
      expect({ id, r: reading(shifted(grid, 3, 2)) }).toEqual({ id, r: reading(grid) });
  });

  it('with its merges undone', async () => {
    const differ: string[] = [];
    for (const [id, grid] of await tables())
      if (JSON.stringify(reading(unmerged(grid))) !== JSON.stringify(reading(grid))) differ.push(id);
    expect(differ).toEqual([]);
  });
});
