import type { CellRange } from '../../src/core/grid/address';
import type { CellScalar } from '../../src/core/grid/grid';

/**
 * Merged areas a filed workbook has for rows laid out like the sample texts:
 * single-cell title rows span the table; in an indicator table a 一级/二级 label
 * spans the blank cells below it; a cell followed by a column the table header
 * leaves blank spans it (三级 over two columns, goal texts). Tail cells stay blank.
 */
export function inferMerges(rows: CellScalar[][]): CellRange[] {
  // A reduce, not Math.max(...): the bench builds lists of 200,000 rows, more than a call's arguments.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const merges: CellRange[] = [];
  const filled = (r: number, c: number) => rows[r]?.[c] !== undefined && rows[r][c] !== null && rows[r][c] !== '';
  const nonEmpty = (r: number) => (rows[r] ?? []).filter((_, c) => filled(r, c)).length;
  let header = -1;
  for (let r = 0; r < rows.length; r++) {
    if (nonEmpty(r) === 1 && filled(r, 0) && width > 1) merges.push({ top: r, left: 0, bottom: r, right: width - 1 });
    if (String(rows[r][0] ?? '').includes('一级指标')) header = r;
    if (nonEmpty(r) === 0) header = -1;
    if (header < 0 || r === header) continue;
    for (const col of [0, 1]) {
      if (!filled(r, col)) continue;
      let bottom = r;
      while (bottom + 1 < rows.length && nonEmpty(bottom + 1) > 0 && !filled(bottom + 1, col)) bottom++;
      if (bottom > r) merges.push({ top: r, left: col, bottom, right: col });
    }
    for (let c = 2; c + 1 < width; c++) {
      if (filled(r, c) && !filled(r, c + 1) && !filled(header, c + 1))
        merges.push({ top: r, left: c, bottom: r, right: c + 1 });
    }
  }
  return merges;
}
