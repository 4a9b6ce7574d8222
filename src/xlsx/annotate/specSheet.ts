import { a1Position, MAX_COLS } from '../../core/grid/address';
import type { SheetSpec, SpecCell } from '../../core/sheetSpec';
import { escapeAttribute, escapeXml, type Namespaces } from './opc';
import type { StyleSheetEdit } from './styleSheet';

/** Text whose spaces or line breaks a reader would otherwise be free to drop. */
const EDGE_SPACE = /^\s|\s$|[\n\t]/;

function cellXml(c: SpecCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (c.formula !== undefined) return `<c r="${c.cell}"${s}><f>${escapeXml(c.formula)}</f></c>`;
  const value = c.link !== undefined ? String(c.value ?? c.link) : c.value;
  if (value === undefined || value === null || value === '') return s ? `<c r="${c.cell}"${s}/>` : '';
  if (typeof value === 'number') return `<c r="${c.cell}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${c.cell}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const space = EDGE_SPACE.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${c.cell}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

/** Cells by row, then column (specs list them so already; a sort only when one does not). */
function inSheetOrder(spec: SheetSpec): { c: SpecCell; at: number }[] {
  const cells = spec.cells.map((c) => ({ c, at: a1Position(c.cell) })).filter((x) => x.at >= 0);
  for (let i = 1; i < cells.length; i++) if (cells[i].at < cells[i - 1].at) return cells.sort((a, b) => a.at - b.at);
  return cells;
}

/**
 * The worksheet part of a sheet we add (校验报告, 自评表): values as inline strings (the user's
 * shared string table is not touched), formulas left for the spreadsheet to compute, internal
 * links, dropdowns, merges, widths and a frozen header. Its formats come from `styles`.
 */
export function specSheetXml(spec: SheetSpec, styles: StyleSheetEdit, ns: Namespaces): string {
  const rows: string[] = [];
  let row = -1;
  for (const { c, at } of inSheetOrder(spec)) {
    const r = Math.floor(at / MAX_COLS);
    if (r !== row) {
      if (row >= 0) rows.push('</row>');
      rows.push(`<row r="${r + 1}">`);
      row = r;
    }
    rows.push(cellXml(c, styles.specStyle(c)));
  }
  if (row >= 0) rows.push('</row>');

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
