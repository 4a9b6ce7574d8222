import type { SheetView } from '../grid/sheetView';

/** True when the row has no text in any cell of its own. */
export function isBlankRow(view: SheetView, row: number): boolean {
  return view.rowCells(row).length === 0;
}

/** Last column covered by the merged area whose anchor is (row, col), or col itself. */
export function mergeEnd(view: SheetView, row: number, col: number): number {
  let c = col;
  while (c + 1 < view.colCount && view.isMergedTail(row, c + 1)) {
    const a = view.anchor(row, c + 1);
    if (a.row !== row || a.col !== col) break;
    c++;
  }
  return c;
}

/** The cell right after a label (past its merged area): where forms put the label's value. */
export function valueColOf(view: SheetView, row: number, labelCol: number): number {
  return mergeEnd(view, row, labelCol) + 1;
}

/** First column of a row whose label key satisfies the test, or -1. */
export function findLabelCol(view: SheetView, row: number, test: (key: string) => boolean): number {
  for (const { col, label } of view.rowCells(row)) if (label && test(label)) return col;
  return -1;
}
