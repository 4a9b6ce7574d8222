/** A1-style addresses, 0-based row/col internally. */

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column names worked out so far: every finding and amount carries an address. */
const COLUMN_NAMES: string[] = [];

export function columnName(col: number): string {
  return (COLUMN_NAMES[col] ??= spellColumn(col));
}

function spellColumn(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeAddress(range: CellRange): string {
  const a = address(range.top, range.left);
  const b = address(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** Excel's sheet size: 1,048,576 rows by 16,384 columns (A–XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/**
 * Row-major position, row × MAX_COLS + column (0-based), of the A1 address `ref` or, with
 * `prefix`, of the one `ref` starts with (a range's first cell); -1 when there is none within
 * Excel's sheet size. Allocates nothing: the reader runs it for every cell, the report order for
 * every finding.
 */
export function a1Position(ref: string, prefix = false): number {
  let i = 0;
  let col = 0;
  for (; i < ref.length && i < 3; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const digitsAt = i;
  let row = 0;
  for (; i < ref.length && i - digitsAt < 7; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + c - 48;
  }
  const whole = i === ref.length;
  if (digitsAt === 0 || i === digitsAt || (!prefix && !whole) || row < 1 || row > MAX_ROWS || col > MAX_COLS) return -1;
  return (row - 1) * MAX_COLS + col - 1;
}

/** Cell of an A1 address, `$` anchors and letter case aside (`$b$3` is B3); throws when it is none. */
export function parseAddress(addr: string): CellPos {
  const at = a1Position(addr.trim().replace(/\$/g, '').toUpperCase());
  if (at < 0) throw new Error(`Not a cell address: ${addr}`);
  return { row: Math.floor(at / MAX_COLS), col: at % MAX_COLS };
}

export function parseRange(ref: string): CellRange {
  const [a, b] = ref.split(':');
  const p = parseAddress(a);
  const q = b ? parseAddress(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Quote a sheet name for use in a formula or hyperlink ('My Sheet'!A1). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
