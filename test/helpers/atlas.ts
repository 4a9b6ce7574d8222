/** Atlas fixtures (test/fixtures/atlas/*.json): published tables rebuilt as cell maps, with their truth. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseAddress, parseRange } from '../../src/core/grid/address';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../src/core/grid/grid';
import type { Truth } from './truth';

export interface AtlasFixture {
  id: string;
  source: { url: string; region: string; layout: string; complete: boolean };
  kind: string;
  sheets: {
    name: string;
    cells: Record<string, string | number>;
    formats?: Record<string, string>;
    merges?: string[];
  }[];
  truth: Truth;
}

export const ATLAS_DIR = join(__dirname, '..', 'fixtures', 'atlas');

export function atlasFixtures(): AtlasFixture[] {
  return readdirSync(ATLAS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ATLAS_DIR, f), 'utf8')) as AtlasFixture);
}

/** The fixture's sheets as the grid a reader would give. */
export function atlasGrid(fixture: AtlasFixture): WorkbookGrid {
  return {
    sheets: fixture.sheets.map((s): SheetGrid => {
      const rows: (GridCell | undefined)[][] = [];
      for (const [ref, value] of Object.entries(s.cells)) {
        const { row, col } = parseAddress(ref);
        const cell: GridCell = { value };
        const format = s.formats?.[ref];
        if (format) cell.numberFormat = format;
        (rows[row] ??= [])[col] = cell;
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      return { name: s.name, rows, merges: (s.merges ?? []).map(parseRange) };
    }),
  };
}
