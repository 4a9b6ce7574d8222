import type { SheetGrid, WorkbookGrid } from '../core/grid/grid';
import { XlsxReadError, sniff } from './errors';
import { openPackage } from './package';
import { readSheetXml, type WorkbookContext } from './sheetXml';
import { numberFormatsByStyle } from './styles';
import { inPart } from './partText';
import { attribute, elements, startTags, stringItemText } from './xml';

export { XlsxReadError } from './errors';

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Refuse what is not a zip before unpacking: an encrypted .xlsx and a legacy .xls are CFB files. */
function zipBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  const bytes = toBytes(data);
  const kind = sniff(bytes);
  if (kind === 'cfb') throw new XlsxReadError('encrypted');
  if (kind !== 'zip') throw new XlsxReadError('not-xlsx');
  return bytes;
}

function isDate1904(workbookXml: string): boolean {
  const pr = startTags(workbookXml, 'workbookPr')[0];
  return pr !== undefined && ['1', 'true'].includes(attribute(pr.attrs, 'date1904') ?? '');
}

/**
 * .xlsx bytes → WorkbookGrid (Node and browser alike): values, formulas, number formats,
 * merges, visibility, protection. Reads the package's XML directly rather than through exceljs,
 * which builds a full style model first and takes several times longer (see `npm run bench`).
 * `onProgress` hears of each sheet read (after the unzip, 0 of n).
 */
export async function readXlsx(
  data: Uint8Array | ArrayBuffer,
  onProgress?: (sheetsRead: number, sheets: number) => void,
): Promise<WorkbookGrid> {
  const pkg = openPackage(zipBytes(data));
  if (pkg.sheets.length === 0) throw new XlsxReadError('empty');
  onProgress?.(0, pkg.sheets.length);
  const context: WorkbookContext = {
    strings: inPartNamed('the shared strings part', () => elements(pkg.sharedStringsXml, 'si').map(stringItemText)),
    formats: inPartNamed('the styles part', () => numberFormatsByStyle(pkg.stylesXml)),
    date1904: isDate1904(pkg.workbookXml),
  };
  // One sheet's XML at a time: each is dropped once its grid is built.
  const sheets: SheetGrid[] = [];
  for (const { name, state, part, xml } of pkg.sheets) {
    const grid: SheetGrid = inPartNamed(part, () => readSheetXml(name, xml(), context));
    if (state === 'hidden' || state === 'veryHidden') grid.hidden = true;
    sheets.push(grid);
    onProgress?.(sheets.length, pkg.sheets.length);
  }
  return { sheets };
}

function inPartNamed<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw inPart(e, part);
  }
}

/**
 * Any workbook a finance office has → WorkbookGrid, by its bytes rather than its name: a zip is
 * an .xlsx/.xlsm/.xltx package (or a WPS .et saved as one), a compound file is a legacy .xls or
 * WPS .et (read through SheetJS, loaded only then) or an encrypted package. `onProgress` as for
 * readXlsx (a legacy file is read whole, then said done). Throws XlsxReadError.
 */
export async function readWorkbook(
  data: Uint8Array | ArrayBuffer,
  onProgress?: (sheetsRead: number, sheets: number) => void,
): Promise<WorkbookGrid> {
  const bytes = toBytes(data);
  const kind = sniff(bytes);
  if (kind === 'zip') return readXlsx(bytes, onProgress);
  if (kind === 'cfb') {
    const grid = (await import('./legacy')).readLegacy(bytes);
    onProgress?.(grid.sheets.length, grid.sheets.length);
    return grid;
  }
  throw new XlsxReadError('not-xlsx');
}
