import type { CellScalar } from './grid/grid';

/**
 * A sheet the product writes (校验报告, generated 自评表), described without
 * any host: both the .xlsx writer and the Office.js adapter render it.
 */
export interface SpecCell {
  /** A1 address. */
  cell: string;
  value?: CellScalar;
  /** Formula without the leading '='; en-US function names and separators. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** Fill colour as #RRGGBB. */
  fill?: string;
  wrap?: boolean;
  /** Internal hyperlink target, e.g. `'Sheet 1'!B7`. */
  link?: string;
  /** List data validation (dropdown), e.g. ['达成','部分达成','未达成']. */
  dropdown?: string[];
  /** Cell the user is expected to fill in (left unlocked, light fill). */
  input?: boolean;
}

export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  /** Merged ranges, A1:B2 form. */
  merges: string[];
  /** Column widths in characters, by 0-based column index. */
  columnWidths: number[];
  /** Rows frozen at the top. */
  frozenRows?: number;
}
