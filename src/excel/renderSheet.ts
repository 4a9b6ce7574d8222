import { columnName } from '../core/grid/address';
import type { SheetSpec, SpecCell } from '../core/sheetSpec';
import type { Capabilities } from './capabilities';

/** Points per character of column width (Calibri 11). */
const POINTS_PER_CHAR = 7;

function link(cell: SpecCell): string {
  const target = cell.link!;
  const text = String(cell.value ?? target).replace(/"/g, '""');
  return `=HYPERLINK("#${target.replace(/"/g, '""')}","${text}")`;
}

/** Queue the writes of a SheetSpec onto a new worksheet (no sync here). */
export function renderSheet(ws: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): void {
  for (const c of spec.cells) {
    const r = ws.getRange(c.cell);
    if (c.formula !== undefined) r.formulas = [[`=${c.formula}`]];
    else if (c.link !== undefined) r.formulas = [[link(c)]];
    else if (c.value !== undefined && c.value !== null) r.values = [[c.value]];
    if (c.numberFormat) r.numberFormat = [[c.numberFormat]];
    if (c.bold) r.format.font.bold = true;
    if (c.fill) r.format.fill.color = c.fill;
    else if (c.input) r.format.fill.color = '#FFF2CC';
    if (c.wrap) r.format.wrapText = true;
    if (c.dropdown && caps.dataValidation)
      r.dataValidation.rule = { list: { inCellDropDown: true, source: c.dropdown.join(',') } };
  }
  for (const m of spec.merges) ws.getRange(m).merge(false);
  spec.columnWidths.forEach((w, i) => {
    // A width set through one cell applies to its whole column.
    ws.getRange(`${columnName(i)}1`).format.columnWidth = w * POINTS_PER_CHAR;
  });
  if (spec.frozenRows && caps.selectionEvents) ws.freezePanes.freezeRows(spec.frozenRows);
}
