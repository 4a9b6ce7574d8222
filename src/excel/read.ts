import { address, parseRange, rangeAddress, type CellRange } from '../core/grid/address';
import type { GridCell, SheetGrid, WorkbookGrid } from '../core/grid/grid';
import type { Scope } from '../host/host';
import type { Capabilities } from './capabilities';
import type { ExcelRun } from './run';
import { STATE_SHEET } from './state';

/**
 * Cells per sync: values + formulas + number formats of 20k cells stay near
 * half of Excel on the web's 5 MB response cap even when every cell holds a
 * list form's long indicator text (measured by npm run bench: 40k → 4.7 MB).
 */
export const CELLS_PER_BATCH = 20_000;

/**
 * Most cells read of one sheet. A used range past it is almost always a stray entry far away
 * (a value typed into XFD1048576 makes the whole sheet, 17 billion cells, "used"): reading it
 * would take a million syncs, so the top-left part is read and the sheet says so.
 */
export const MAX_CELLS_PER_SHEET = 2_000_000;
/** Columns read of an oversized used range: target tables are a few dozen wide. */
const MAX_COLUMNS_OF_OVERSIZED = 256;

interface UsedArea {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
  used: Excel.Range;
  protection?: Excel.WorksheetProtection;
}

/** The part of a used range that is read: all of it (the same object), or its top-left part when it is oversized. */
function readableRange(used: CellRange): CellRange {
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  if (rows * cols <= MAX_CELLS_PER_SHEET) return used;
  const readCols = Math.min(cols, MAX_COLUMNS_OF_OVERSIZED);
  const readRows = Math.min(rows, Math.floor(MAX_CELLS_PER_SHEET / readCols));
  return { ...used, bottom: used.top + readRows - 1, right: used.left + readCols - 1 };
}

interface Chunk {
  area: UsedArea;
  range: Excel.Range;
  firstRow: number;
  firstCol: number;
}

function toGridCell(value: unknown, formula: unknown, format: unknown): GridCell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  if ((value === '' || value === null || value === undefined) && !f) return undefined;
  const cell: GridCell = { value: value === '' || value === undefined ? null : (value as GridCell['value']) };
  if (f) cell.formula = f;
  if (typeof format === 'string' && format !== 'General') cell.numberFormat = format;
  return cell;
}

/** Row chunks of a range to read, addressed in 1.1 terms (A1 strings), sized to the batch cap. */
function chunksOf(
  area: UsedArea,
  { top, left, bottom, right }: CellRange,
  maxCells: number,
): { chunk: Omit<Chunk, 'range'>; addr: string; cells: number }[] {
  const cols = right - left + 1;
  const rowsPerChunk = Math.max(1, Math.floor(maxCells / cols));
  const out: { chunk: Omit<Chunk, 'range'>; addr: string; cells: number }[] = [];
  for (let r = top; r <= bottom; r += rowsPerChunk) {
    const last = Math.min(bottom, r + rowsPerChunk - 1);
    out.push({
      chunk: { area, firstRow: r, firstCol: left },
      addr: `${address(r, left)}:${address(last, right)}`,
      cells: (last - r + 1) * cols,
    });
  }
  return out;
}

/**
 * Read the workbook (or the active sheet) into a grid in few round trips:
 * one sync for the sheet list, one for used ranges and protection, then one
 * per batch of row chunks (values, formulas, number formats, merged areas).
 */
export async function readWorkbookGrid(
  run: ExcelRun,
  caps: Capabilities,
  scope: Scope,
  onProgress?: (done: number, total: number) => void,
  maxCells = CELLS_PER_BATCH,
): Promise<WorkbookGrid> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    // The add-in's own state sheet is not part of the user's workbook.
    const chosen = sheets.items.filter(
      (s) => s.name !== STATE_SHEET && (scope === 'workbook' || s.name === active.name),
    );
    const areas: UsedArea[] = chosen.map((sheet) => {
      const used = caps.usedRangeOrNull ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
      used.load('address');
      const area: UsedArea = { sheet, name: sheet.name, hidden: sheet.visibility !== 'Visible', used };
      if (caps.protection) {
        area.protection = sheet.protection;
        area.protection.load('protected');
      }
      return area;
    });
    await context.sync();
    const withData = areas.filter((a) => !(a.used as Excel.Range & { isNullObject?: boolean }).isNullObject);
    const merges = new Map<string, Excel.RangeAreas>();
    const grids = new Map<string, SheetGrid>(
      areas.map((a) => [
        a.name,
        {
          name: a.name,
          rows: [],
          merges: [],
          ...(a.hidden ? { hidden: true } : {}),
          ...(a.protection?.protected ? { protected: true } : {}),
        },
      ]),
    );
    const pending = withData.flatMap((a) => {
      const used = parseRange(a.used.address.split('!').pop()!);
      const range = readableRange(used);
      if (range !== used) grids.get(a.name)!.truncated = { used: rangeAddress(used), read: rangeAddress(range) };
      return chunksOf(a, range, maxCells);
    });
    if (caps.mergedAreas) {
      for (const a of withData) {
        const m = a.used.getMergedAreasOrNullObject();
        m.load('address');
        merges.set(a.name, m);
      }
    }
    const total = pending.reduce((n, p) => n + p.cells, 0);
    let done = 0;
    for (let i = 0; i < pending.length;) {
      const batch: Chunk[] = [];
      let cells = 0;
      while (i < pending.length && (batch.length === 0 || cells + pending[i].cells <= maxCells)) {
        const p = pending[i++];
        const range = p.chunk.area.sheet.getRange(p.addr);
        range.load('values,formulas,numberFormat');
        batch.push({ ...p.chunk, range });
        cells += p.cells;
      }
      await context.sync();
      for (const c of batch) fillGrid(grids.get(c.area.name)!, c);
      done += cells;
      onProgress?.(done, total);
    }
    for (const [name, m] of merges) {
      if ((m as Excel.RangeAreas & { isNullObject?: boolean }).isNullObject || !m.address) continue;
      grids.get(name)!.merges = m.address.split(',').map((a) => parseRange(a.split('!').pop()!.trim()));
    }
    return { sheets: areas.map((a) => grids.get(a.name)!) };
  });
}

function fillGrid(grid: SheetGrid, c: Chunk): void {
  const { values, formulas, numberFormat } = c.range;
  values.forEach((row, r) => {
    const gridRow = (grid.rows[c.firstRow + r] ??= []);
    row.forEach((v, col) => {
      const cell = toGridCell(v, formulas[r]?.[col], numberFormat[r]?.[col]);
      if (cell) gridRow[c.firstCol + col] = cell;
    });
  });
  for (let r = 0; r < grid.rows.length; r++) grid.rows[r] ??= [];
}
