import type ExcelJS from 'exceljs';
import type { SheetSpec, SpecCell } from '../core/sheetSpec';

/** #RRGGBB → exceljs ARGB. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

const INPUT_FILL = '#FFF2CC';

function writeCell(ws: ExcelJS.Worksheet, spec: SpecCell): void {
  const cell = ws.getCell(spec.cell);
  if (spec.formula !== undefined) cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  else if (spec.link !== undefined) cell.value = { text: String(spec.value ?? spec.link), hyperlink: `#${spec.link}` };
  else if (spec.value !== undefined && spec.value !== null) cell.value = spec.value;
  const style: Partial<ExcelJS.Style> = {};
  if (spec.numberFormat) style.numFmt = spec.numberFormat;
  if (spec.bold || spec.link)
    style.font = spec.link ? { color: { argb: 'FF0563C1' }, underline: true } : { bold: true };
  const fill = spec.fill ?? (spec.input ? INPUT_FILL : undefined);
  if (fill) style.fill = solidFill(fill);
  if (spec.wrap) style.alignment = { wrapText: true, vertical: 'top' };
  if (spec.input) style.protection = { locked: false };
  cell.style = style;
  if (spec.dropdown) {
    cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${spec.dropdown.join(',')}"`] };
  }
}

/** Add a sheet described by a SheetSpec; its name must be free (see SheetNames). */
export function renderSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name);
  ws.columns = spec.columnWidths.map((width) => ({ width }));
  for (const c of spec.cells) writeCell(ws, c);
  for (const m of spec.merges) ws.mergeCells(m);
  if (spec.frozenRows) ws.views = [{ state: 'frozen', ySplit: spec.frozenRows }];
  return ws;
}
