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

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseAddress(addr: string): CellPos {
  const m = CELL_RE.exec(addr.trim());
  if (!m) throw new Error(`Not a cell address: ${addr}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
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
