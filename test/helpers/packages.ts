import { strToU8, zipSync } from 'fflate';

/**
 * Hand-made .xlsx packages: every part spelled out, so a test can damage exactly one thing
 * (a part's markup, its encoding, a relationship, the zip directory) and nothing else.
 */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

export function relationships(rels: { id: string; type: string; target: string }[]): string {
  return `<Relationships xmlns="${PKG_REL}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;
}

/** Parts of a one-sheet workbook (sheet `目标表`, shared strings and styles), to be changed by a test. */
export function workbookParts(sheetData: string, strings: string[] = []): Record<string, string | Uint8Array> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': relationships([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }]),
    'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="目标表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': relationships([
      { id: 'rId1', type: 'worksheet', target: 'worksheets/sheet1.xml' },
      { id: 'rId2', type: 'sharedStrings', target: 'sharedStrings.xml' },
      { id: 'rId3', type: 'styles', target: 'styles.xml' },
    ]),
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN_NS}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
    'xl/styles.xml': `<styleSheet xmlns="${MAIN_NS}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
}

/** Zip the parts (strings as UTF-8); `stored` leaves them uncompressed, so a test can find and damage their bytes. */
export function zipParts(parts: Record<string, string | Uint8Array>, stored = false): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
    { level: stored ? 0 : 6 },
  );
}

/** A row of shared-string cells: `<row r="n"><c r="A1" t="s"><v>0</v></c>…`. */
export function stringRow(row: number, indexes: number[]): string {
  return `<row r="${row}">${indexes
    .map((s, c) => `<c r="${String.fromCharCode(65 + c)}${row}" t="s"><v>${s}</v></c>`)
    .join('')}</row>`;
}
