import { columnName } from '../core/grid/address';

/** A1 reference outside a string literal; a name followed by `(` is a function (LOG10), not a cell. */
const REFERENCE = /(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;
const STRING_LITERAL = /("(?:[^"]|"")*")/;

function columnIndex(name: string): number {
  let col = 0;
  for (const ch of name) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}

/**
 * The formula of a shared-formula follower: the master's formula moved by (rows, cols) the way
 * Excel fills it down or across; `$`-anchored parts stay put.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : columnName(columnIndex(col) + cols);
            const r = rowAbs ? row : String(Number(row) + rows);
            return `${colAbs}${c}${rowAbs}${r}`;
          }),
    )
    .join('');
}
