import { a1Position, MAX_COLS, MAX_ROWS, parseRange, rangeAddress, type CellRange } from '../core/grid/address';
import { isDateFormat, isoDateOfSerial } from '../core/grid/excelDate';
import type { CellScalar, GridCell, SheetGrid } from '../core/grid/grid';
import { slideFormula } from './sharedFormula';
import { XlsxReadError } from './errors';
import { ownCopy } from '../core/text/ownCopy';
import { attribute, Closings, decodeXml, firstChild, nextStartTag, startTags, stringItemText, unclosed } from './xml';

/** What every worksheet of a workbook shares: the string table, formats by style, date system. */
export interface WorkbookContext {
  strings: string[];
  formats: (string | undefined)[];
  date1904: boolean;
}

const PREFIX = '(?:[\\w.-]+:)?';
const SHEET_DATA_START = new RegExp(`<${PREFIX}sheetData[\\s>]`);
const SHEET_DATA_END = new RegExp(`</${PREFIX}sheetData>`);
const VALUE = ['v'];
const FORMULA = ['f'];
const INLINE_STRING = ['is'];
const ISO_DATE = /^\d{4}-\d\d-\d\d/;

/** A shared formula's master, by its `si`: followers are its formula slid to their place. */
type SharedFormulas = Map<string, { formula: string; row: number; col: number }>;

/** Rows and cells: the tags the reader looks at inside `<sheetData>`. */
const ROW_AND_CELL = ['row', 'c'];

/** One `<worksheet>` part → a grid: values (formula results), formulas, number formats, merges. */
export function readSheetXml(name: string, xml: string, context: WorkbookContext): Omit<SheetGrid, 'hidden'> {
  const rows: (GridCell | undefined)[][] = [];
  const shared: SharedFormulas = new Map();
  const start = xml.search(SHEET_DATA_START);
  const end = start < 0 ? -1 : xml.slice(start).search(SHEET_DATA_END);
  if (start >= 0 && end < 0) throw unclosed('sheetData', start);
  const dataEnd = start < 0 ? 0 : start + end;
  const data = xml.slice(Math.max(start, 0), dataEnd);
  // Merges and protection follow the cells (CT_Worksheet's order): looked for there only.
  const rest = xml.slice(dataEnd);
  let row = -1;
  let col = -1;
  /** Farthest cell with content past Excel's sheet size (a damaged `r`), if any. */
  let beyond: { row: number; col: number } | undefined;
  const closings = new Closings(data);
  for (let tag = nextStartTag(data, 0, ROW_AND_CELL); tag;) {
    if (tag.local === 'row') {
      // `r` is optional: without it a row follows the previous one.
      const r = Number(attribute(tag.attrs, 'r'));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      col = -1;
      tag = nextStartTag(data, tag.gt, ROW_AND_CELL);
      continue;
    }
    const close = tag.empty ? tag.gt : closings.of(tag);
    const inner = tag.empty ? '' : data.slice(tag.gt + 1, close);
    const at = a1Position(attribute(tag.attrs, 'r') ?? '');
    if (at >= 0) {
      row = Math.floor(at / MAX_COLS);
      col = at % MAX_COLS;
    } else col++;
    const cell = readCell(tag.attrs, inner, row, col, context, shared);
    if (cell && row < MAX_ROWS && col < MAX_COLS) (rows[row] ??= [])[col] = cell;
    // Past Excel's sheet size is no cell: a sparse row there would make millions of empty rows.
    else if (cell) beyond = { row: Math.max(row, beyond?.row ?? 0), col: Math.max(col, beyond?.col ?? 0) };
    tag = nextStartTag(data, close, ROW_AND_CELL);
  }
  // Sparse holes become empty rows so row indexes stay addresses.
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const grid: Omit<SheetGrid, 'hidden'> = { name, rows, merges: merges(rest) };
  if (beyond) {
    grid.truncated = {
      used: rangeAddress({ top: 0, left: 0, bottom: beyond.row, right: beyond.col }),
      read: rangeAddress({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }),
    };
  }
  const protection = startTags(rest, 'sheetProtection')[0];
  if (protection && ['1', 'true'].includes(attribute(protection.attrs, 'sheet') ?? '')) grid.protected = true;
  return grid;
}

function readCell(
  attrs: string,
  inner: string,
  row: number,
  col: number,
  context: WorkbookContext,
  shared: SharedFormulas,
): GridCell | undefined {
  const format = context.formats[Number(attribute(attrs, 's') ?? 0)];
  const formula = inner ? formulaOf(inner, row, col, shared) : undefined;
  const value = inner ? valueOf(attribute(attrs, 't') ?? 'n', inner, format, context) : null;
  if ((value === null || value === '') && !formula) return undefined;
  const cell: GridCell = { value: value === '' ? null : value };
  if (formula) cell.formula = formula;
  if (format) cell.numberFormat = format;
  return cell;
}

/** Text of the cell's `<v>`: the usual bare `<v>…</v>` read by position, other markup by scanning. */
function valueText(inner: string): string | undefined {
  if (inner.startsWith('<v>')) {
    const close = inner.indexOf('<', 3);
    if (close >= 0 && inner.startsWith('</v>', close)) return inner.slice(3, close);
  }
  return firstChild(inner, VALUE)?.inner;
}

/** The cell's value as Excel shows it: shared or inline text, number, date as `2023-12-31`, error text. */
function valueOf(type: string, inner: string, format: string | undefined, context: WorkbookContext): CellScalar {
  if (type === 'inlineStr') {
    const is = firstChild(inner, INLINE_STRING);
    return is ? stringItemText(is.inner) : null;
  }
  const v = valueText(inner);
  if (v === undefined) return null;
  switch (type) {
    case 's': {
      const text = context.strings[Number(v)];
      if (text === undefined)
        throw new XlsxReadError('corrupt', `a cell refers to shared string ${v} of ${context.strings.length}`);
      return text;
    }
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
    case 'str':
      return ownCopy(decodeXml(v));
    case 'd': {
      const text = decodeXml(v);
      return ISO_DATE.test(text) ? text.slice(0, 10) : text;
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) return ownCopy(decodeXml(v)) || null;
      return isDateFormat(format) ? isoDateOfSerial(n, context.date1904) : n;
    }
  }
}

function formulaOf(inner: string, row: number, col: number, shared: SharedFormulas): string | undefined {
  // Most cells hold only a value: no `f` at all, no pattern to try.
  const f = inner.includes('f') ? firstChild(inner, FORMULA) : undefined;
  if (!f) return undefined;
  const text = decodeXml(f.inner);
  const si = attribute(f.attrs, 'si');
  if (attribute(f.attrs, 't') !== 'shared' || si === undefined) return text || undefined;
  if (text) {
    shared.set(si, { formula: text, row, col });
    return text;
  }
  const master = shared.get(si);
  return master ? slideFormula(master.formula, row - master.row, col - master.col) : undefined;
}

function merges(xml: string): CellRange[] {
  const out: CellRange[] = [];
  for (const { attrs } of startTags(xml, 'mergeCell')) {
    const ref = attribute(attrs, 'ref') ?? '';
    const corners = ref.split(':');
    // A malformed ref (or one past the sheet's size) is dropped: a merge only helps reading, losing one loses no data.
    if (corners.length <= 2 && corners.every((c) => a1Position(c) >= 0)) out.push(parseRange(ref));
  }
  return out;
}
