import { parseRange, type CellRange } from '../core/grid/address';
import { isDateFormat, isoDateOfSerial } from '../core/grid/excelDate';
import type { CellScalar, GridCell, SheetGrid } from '../core/grid/grid';
import { slideFormula } from './sharedFormula';
import { attribute, decodeXml, startTags, stringItemText } from './xml';

/** What every worksheet of a workbook shares: the string table, formats by style, date system. */
export interface WorkbookContext {
  strings: string[];
  formats: (string | undefined)[];
  date1904: boolean;
}

const PREFIX = '(?:[\\w.-]+:)?';
const ROW_OR_CELL = new RegExp(`<${PREFIX}(row|c)(?=[\\s/>])([^>]*?)(/?)>`, 'g');
const CELL_END = new RegExp(`</${PREFIX}c>`, 'g');
const SHEET_DATA_END = new RegExp(`</${PREFIX}sheetData>`);
const VALUE = new RegExp(`<${PREFIX}v(?:\\s[^>]*)?>([^<]*)</`);
const FORMULA = new RegExp(`<${PREFIX}f(?=[\\s/>])([^>]*?)(?:/>|>([^<]*)</)`);
const INLINE_STRING = new RegExp(`<${PREFIX}is>([\\s\\S]*?)</${PREFIX}is>`);
const CELL_REF = /^([A-Z]{1,3})(\d+)$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d/;

/** A shared formula's master, by its `si`: followers are its formula slid to their place. */
type SharedFormulas = Map<string, { formula: string; row: number; col: number }>;

/** One `<worksheet>` part → a grid: values (formula results), formulas, number formats, merges. */
export function readSheetXml(name: string, xml: string, context: WorkbookContext): Omit<SheetGrid, 'hidden'> {
  const rows: (GridCell | undefined)[][] = [];
  const shared: SharedFormulas = new Map();
  const start = xml.search(new RegExp(`<${PREFIX}sheetData[\\s>]`));
  const end = start < 0 ? -1 : xml.slice(start).search(SHEET_DATA_END);
  const data = start < 0 ? '' : xml.slice(start, end < 0 ? undefined : start + end);
  let row = -1;
  let col = -1;
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(data); m; m = ROW_OR_CELL.exec(data)) {
    const attrs = m[2];
    let inner = '';
    if (m[1] === 'c' && m[3] !== '/') {
      CELL_END.lastIndex = ROW_OR_CELL.lastIndex;
      const close = CELL_END.exec(data);
      inner = data.slice(ROW_OR_CELL.lastIndex, close ? close.index : undefined);
      if (close) ROW_OR_CELL.lastIndex = CELL_END.lastIndex;
    }
    if (m[1] === 'row') {
      // `r` is optional: without it a row follows the previous one.
      const r = Number(attribute(attrs, 'r'));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      col = -1;
      continue;
    }
    const ref = CELL_REF.exec(attribute(attrs, 'r') ?? '');
    if (ref) {
      col = columnOf(ref[1]);
      row = Number(ref[2]) - 1;
    } else col++;
    const cell = readCell(attrs, inner, row, col, context, shared);
    if (cell) (rows[row] ??= [])[col] = cell;
  }
  // Sparse holes become empty rows so row indexes stay addresses.
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const grid: Omit<SheetGrid, 'hidden'> = { name, rows, merges: merges(xml) };
  const protection = startTags(xml, 'sheetProtection')[0];
  if (protection && ['1', 'true'].includes(attribute(protection[1], 'sheet') ?? '')) grid.protected = true;
  return grid;
}

function columnOf(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
  return col - 1;
}

function readCell(attrs: string, inner: string, row: number, col: number, context: WorkbookContext, shared: SharedFormulas): GridCell | undefined {
  const format = context.formats[Number(attribute(attrs, 's') ?? 0)];
  const formula = inner ? formulaOf(inner, row, col, shared) : undefined;
  const value = inner ? valueOf(attribute(attrs, 't') ?? 'n', inner, format, context) : null;
  if ((value === null || value === '') && !formula) return undefined;
  const cell: GridCell = { value: value === '' ? null : value };
  if (formula) cell.formula = formula;
  if (format) cell.numberFormat = format;
  return cell;
}

/** The cell's value as Excel shows it: shared or inline text, number, date as `2023-12-31`, error text. */
function valueOf(type: string, inner: string, format: string | undefined, context: WorkbookContext): CellScalar {
  if (type === 'inlineStr') {
    const is = INLINE_STRING.exec(inner);
    return is ? stringItemText(is[1]) : null;
  }
  const v = VALUE.exec(inner);
  if (!v) return null;
  switch (type) {
    case 's':
      return context.strings[Number(v[1])] ?? null;
    case 'b':
      return v[1] === '1' || v[1] === 'true';
    case 'e':
    case 'str':
      return decodeXml(v[1]);
    case 'd': {
      const text = decodeXml(v[1]);
      return ISO_DATE.test(text) ? text.slice(0, 10) : text;
    }
    default: {
      const n = Number(v[1]);
      if (v[1].trim() === '' || !Number.isFinite(n)) return decodeXml(v[1]) || null;
      return isDateFormat(format) ? isoDateOfSerial(n, context.date1904) : n;
    }
  }
}

function formulaOf(inner: string, row: number, col: number, shared: SharedFormulas): string | undefined {
  const f = FORMULA.exec(inner);
  if (!f) return undefined;
  const text = decodeXml(f[2] ?? '');
  const si = attribute(f[1], 'si');
  if (attribute(f[1], 't') !== 'shared' || si === undefined) return text || undefined;
  if (text) {
    shared.set(si, { formula: text, row, col });
    return text;
  }
  const master = shared.get(si);
  return master ? slideFormula(master.formula, row - master.row, col - master.col) : undefined;
}

function merges(xml: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of startTags(xml, 'mergeCell')) {
    const ref = attribute(m[1], 'ref');
    // A malformed ref is dropped: a merge only helps reading, losing one loses no data.
    if (ref && /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(ref)) out.push(parseRange(ref));
  }
  return out;
}
