import { readFileSync } from 'fs';
import { join } from 'path';
import { inferMerges } from '../../../scripts/samples/merges';
import { gridFromValues, type CellScalar, type SheetGrid } from '../../../src/core/grid/grid';

/** Copies of ../shared/samples (text of the published PDFs), so the suite runs from the repo alone. */
const SAMPLES = join(__dirname, '../../fixtures/samples');

/** Rows of a sample text: one line per sheet row, tab-separated cells (the txt columns mirror the workbook's). */
export function sampleRows(file: string): string[][] {
  return readFileSync(join(SAMPLES, file), 'utf8')
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? [] : line.split('\t')));
}

/** A sheet typed cell by cell: no merges, continuation cells blank. */
export function unmergedSheet(name: string, rows: CellScalar[][]): SheetGrid {
  return gridFromValues(name, rows);
}

/** The same sheet as a workbook would hold it with merged cells (see inferMerges). */
export function mergedSheet(name: string, rows: CellScalar[][]): SheetGrid {
  return gridFromValues(name, rows, inferMerges(rows));
}
