import { a1Position, MAX_COLS } from '../../core/grid/address';
import type { SheetSpec, SpecCell } from '../../core/sheetSpec';
import { escapeAttribute, escapeXml, type Namespaces } from './opc';
import type { StyleSheetEdit } from './styleSheet';

function cellXml(c: SpecCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (c.formula !== undefined) return `<c r="${c.cell}"${s}><f>${escapeXml(c.formula)}</f></c>`;
  const value = c.link !== undefined ? String(c.value ?? c.link) : c.value;
  if (value === undefined || value === null) return `<c r="${c.cell}"${s}/>`;
  if (typeof value === 'number') return `<c r="${c.cell}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${c.cell}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${c.cell}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/**
 * The worksheet part of a sheet we add (校验报告, 自评表): values as inline strings (the user's
 * shared string table is not touched), formulas left for the spreadsheet to compute, internal
 * links, dropdowns, merges, widths and a frozen header. Its formats come from `styles`.
 */
export function specSheetXml(spec: SheetSpec, styles: StyleSheetEdit, ns: Namespaces): string {
  const cells = spec.cells
    .map((c) => ({ c, at: a1Position(c.cell) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const rows: string[] = [];
  let row = -1;
  let line = '';
  for (const { c, at } of cells) {
    const r = Math.floor(at / MAX_COLS);
    if (r !== row) {
      if (row >= 0) rows.push(`<row r="${row + 1}">${line}</row>`);
      row = r;
      line = '';
    }
    line += cellXml(c, styles.specStyle(c));
  }
  if (row >= 0) rows.push(`<row r="${row + 1}">${line}</row>`);

  const frozen = spec.frozenRows
    ? `<pane ySplit="${spec.frozenRows}" topLeftCell="A${spec.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
    : '';
  const cols = spec.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const merges = spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('');
  const withDropdown = spec.cells.filter((c) => c.dropdown);
  const dropdowns = withDropdown
    .map(
      (c) =>
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${c.cell}"><formula1>${escapeXml(`"${c.dropdown!.join(',')}"`)}</formula1></dataValidation>`,
    )
    .join('');
  const links = spec.cells
    .filter((c) => c.link !== undefined)
    .map(
      (c) =>
        `<hyperlink ref="${c.cell}" location="${escapeAttribute(c.link!)}" display="${escapeAttribute(String(c.value ?? c.link))}"/>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges ? `<mergeCells count="${spec.merges.length}">${merges}</mergeCells>` : '') +
    (dropdowns ? `<dataValidations count="${withDropdown.length}">${dropdowns}</dataValidations>` : '') +
    (links ? `<hyperlinks>${links}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
