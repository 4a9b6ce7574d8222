import { address, MAX_COLS, type CellRange } from './address';
import { cellAt, colCount, rowCount, type GridCell, type SheetGrid } from './grid';
import { normalizeText } from '../text/normalize';
import { labelKey } from '../vocabulary/labelKey';

/** A non-empty cell of a row: its normalized text and, when short enough to be one, its label key. */
export interface RowCell {
  col: number;
  text: string;
  /** labelKey of the text; '' for a number or text longer than MAX_LABEL_CHARS. */
  label: string;
}

/**
 * Longest text read as a label (项目名称, 绩效指标, 年度指标值…). Longer cells are content: keeping
 * them out of label matching spares every header test a scan of long indicator texts.
 */
export const MAX_LABEL_CHARS = 60;

/** Rows up to this many columns are walked by index; longer ones by the cells they hold. */
const DENSE_ROW = 256;

/**
 * Read-only view of a sheet for recognizers: resolves merged areas to their
 * anchor cell and gives normalized text, so a recognizer never cares whether
 * a label was merged across columns or typed into each cell.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly anchorOf = new Map<number, number>();
  /** Normalized text by row, then column: recognizers read the same cells many times. */
  private readonly texts: string[][] = [];
  /** Non-empty cells by row, built once: segmentation tests every row several times. */
  private readonly rowCache: (readonly RowCell[])[] = [];
  /** A1 addresses handed out, by anchor row and column: the indicators of a list row all name one cell, with one string. */
  private readonly addresses: string[][] = [];

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rowCount = rowCount(sheet);
    this.colCount = colCount(sheet);
    for (const m of sheet.merges) this.indexMerge(m);
  }

  private key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  /**
   * Index the merge's cells within the sheet's used area only: past it every cell is empty, and
   * a merge over whole columns (or a damaged one over the whole sheet) would be millions of entries.
   */
  private indexMerge(m: CellRange): void {
    const anchor = this.key(m.top, m.left);
    const bottom = Math.min(m.bottom, this.rowCount - 1);
    const right = Math.min(m.right, this.colCount - 1);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) {
        if (r !== m.top || c !== m.left) this.anchorOf.set(this.key(r, c), anchor);
      }
    }
  }

  /** Anchor (top-left) of the merged area holding the cell, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const k = this.anchorOf.get(this.key(row, col));
    if (k === undefined) return { row, col };
    return { row: Math.floor(k / MAX_COLS), col: k % MAX_COLS };
  }

  /** True when the cell is covered by a merge but is not its anchor. */
  isMergedTail(row: number, col: number): boolean {
    return this.anchorOf.has(this.key(row, col));
  }

  /** Raw value of the cell (no merge resolution). */
  raw(row: number, col: number) {
    return cellAt(this.sheet, row, col)?.value ?? null;
  }

  /** The cell with merges resolved to the anchor (value and number format), if it holds anything. */
  cell(row: number, col: number): GridCell | undefined {
    const a = this.anchor(row, col);
    return cellAt(this.sheet, a.row, a.col);
  }

  /** Value with merges resolved to the anchor. */
  value(row: number, col: number) {
    return this.cell(row, col)?.value ?? null;
  }

  /** Normalized text of the cell (merge-resolved); '' for empty. */
  text(row: number, col: number): string {
    const a = this.anchor(row, col);
    return this.ownText(a.row, a.col);
  }

  /** Text of the cell itself only (a merged tail reads as empty). */
  ownText(row: number, col: number): string {
    if (this.isMergedTail(row, col)) return '';
    const texts = (this.texts[row] ??= []);
    const cached = texts[col];
    if (cached !== undefined) return cached;
    const v = this.raw(row, col);
    return (texts[col] = v === null || v === undefined ? '' : normalizeText(String(v)));
  }

  isEmpty(row: number, col: number): boolean {
    return this.ownText(row, col) === '';
  }

  /** Label key of the cell's own text ('' when empty, a number, or too long to be a label). */
  label(row: number, col: number): string {
    return this.labelOf(row, col, this.ownText(row, col));
  }

  private labelOf(row: number, col: number, text: string): string {
    return text.length > MAX_LABEL_CHARS || typeof this.raw(row, col) === 'number' ? '' : labelKey(text);
  }

  /** Non-empty own cells of a row, in column order. */
  rowCells(row: number): readonly RowCell[] {
    const cached = this.rowCache[row];
    if (cached) return cached;
    const out: RowCell[] = [];
    const r = this.sheet.rows[row];
    const visit = (c: number) => {
      const text = this.ownText(row, c);
      if (text) out.push({ col: c, text, label: this.labelOf(row, c, text) });
    };
    if (r && r.length <= DENSE_ROW) {
      for (let c = 0; c < r.length; c++) if (r[c]) visit(c);
    } else if (r) {
      // A sparse row (a value in XFD): its own keys, ascending, not 16,384 columns of which one is there.
      for (const key in r) visit(Number(key));
    }
    this.rowCache[row] = out;
    return out;
  }

  /** A1 address of the cell's anchor. */
  address(row: number, col: number): string {
    const k = this.anchorOf.get(this.key(row, col));
    const r = k === undefined ? row : Math.floor(k / MAX_COLS);
    const c = k === undefined ? col : k % MAX_COLS;
    const known = (this.addresses[r] ??= []);
    return (known[c] ??= address(r, c));
  }
}
