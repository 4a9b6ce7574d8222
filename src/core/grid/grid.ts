import type { CellRange } from './address';

/**
 * The host-independent picture of a worksheet that every reader fills
 * (exceljs for .xlsx files, Office.js in Excel) and every recognizer reads.
 */
export type CellScalar = string | number | boolean | null;

export interface GridCell {
  /** Computed value as the host shows it (formula result for formula cells). */
  value: CellScalar;
  /** Formula text without the leading '=', when the cell holds one. */
  formula?: string;
  /** Number format code (en-US form), when not General. */
  numberFormat?: string;
}

export interface SheetGrid {
  name: string;
  /** Row-major cells, 0-based; rows and rows' tails may be short or sparse. */
  rows: (GridCell | undefined)[][];
  /** Merged areas of the whole sheet. */
  merges: CellRange[];
  hidden?: boolean;
  protected?: boolean;
  /** Set when only part of the sheet was read (an oversized used range in Excel, cells past the sheet's size in an .xlsx): both as A1 ranges. */
  truncated?: { used: string; read: string };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  return sheet.rows[row]?.[col];
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.rows.length;
}

export function colCount(sheet: SheetGrid): number {
  let max = 0;
  for (const r of sheet.rows) if (r && r.length > max) max = r.length;
  return max;
}

/** Build a grid from plain values (tests, fixtures): null/'' become empty cells. */
export function gridFromValues(name: string, values: CellScalar[][], merges: CellRange[] = []): SheetGrid {
  return {
    name,
    rows: values.map((r) => r.map((v) => (v === null || v === '' ? undefined : { value: v }))),
    merges,
  };
}
