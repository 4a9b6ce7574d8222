import type { AnnotationPlan, CellAnnotation } from '../../core/annotate/types';
import { SheetNames } from '../../core/sheetNames';
import type { SheetSpec } from '../../core/sheetSpec';
import { sniff } from '../errors';
import { attribute, nextStartTag, startTags } from '../xml';
import { fillCells } from './cellFills';
import { XlsxWriteError } from './errors';
import { addNotes, ShapeIds } from './notes';
import { CONTENT_TYPE, escapeAttribute, namespacesOf, parseRelationships, relsPartOf } from './opc';
import { PackageEdit } from './packageEdit';
import { specSheetXml } from './specSheet';
import { StyleSheetEdit } from './styleSheet';
import { findRecords, recordXml, reserveRecordPart, undoRecords } from './undoRecord';
import { appendChild, prefixOf } from './xmlEdit';
import { ZipPackage } from './zipPackage';

export { writeFailure, XlsxWriteError } from './errors';

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

async function openPackage(data: Uint8Array | ArrayBuffer): Promise<ZipPackage> {
  const bytes = toBytes(data);
  if (sniff(bytes) !== 'zip') throw new XlsxWriteError('unreadable-package', 'not a zip');
  return ZipPackage.open(bytes);
}

interface WorkbookParts {
  part: string;
  xml: string;
  /** Every sheet (worksheets, chart sheets, …) by name, with its part when it is a worksheet. */
  sheets: { name: string; sheetId: number; worksheet?: string }[];
}

async function workbookParts(pkg: ZipPackage): Promise<WorkbookParts> {
  const root = parseRelationships((await pkg.text('_rels/.rels')) ?? '', '');
  const part = pkg.find(root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml');
  const xml = part ? await pkg.text(part) : undefined;
  if (!part || !xml) throw new XlsxWriteError('unreadable-package', 'no workbook part');
  const rels = new Map(parseRelationships((await pkg.text(relsPartOf(part))) ?? '', part).map((r) => [r.id, r]));
  const sheets = startTags(xml, 'sheet').map(({ attrs }) => {
    const rel = rels.get(attribute(attrs, 'id') ?? '');
    return {
      name: attribute(attrs, 'name') ?? '',
      sheetId: Number(attribute(attrs, 'sheetId')) || 0,
      worksheet: rel?.type.endsWith('/worksheet') ? pkg.find(rel.target) : undefined,
    };
  });
  return { part, xml, sheets };
}

/**
 * Run an edit of a part; a failure there (markup the editor cannot place anything in, e.g. a
 * damaged part the reader still read) becomes a plain refusal naming the part.
 */
async function damagedAs<T>(part: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof XlsxWriteError) throw e;
    throw new XlsxWriteError('damaged-part', `${part}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A format index as cells and rows (`s="3"`) and columns (`style="3"`) name it, as every writer spells them. */
const FORMAT_INDEX = /<(?:\w+:)?(?:c|row)\s[^>]*?\bs="(\d+)"|<(?:\w+:)?col\s[^>]*?\bstyle="(\d+)"/g;

/** One past the highest cell format any worksheet names: the formats the style sheet must have. */
async function cellFormatsNamed(pkg: ZipPackage, workbook: WorkbookParts): Promise<number> {
  let count = 0;
  for (const { worksheet } of workbook.sheets) {
    const xml = worksheet ? await pkg.text(worksheet) : undefined;
    for (const m of xml?.matchAll(FORMAT_INDEX) ?? []) count = Math.max(count, Number(m[1] ?? m[2]) + 1);
  }
  return count;
}

/** Fills and notes on the flagged cells of each worksheet. */
async function annotateCells(
  edit: PackageEdit,
  workbook: WorkbookParts,
  styles: StyleSheetEdit,
  cells: CellAnnotation[],
): Promise<void> {
  const bySheet = new Map<string, CellAnnotation[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet);
    if (list) list.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  const ids = await ShapeIds.of(edit);
  for (const [name, list] of bySheet) {
    const part = workbook.sheets.find((s) => s.name === name)?.worksheet;
    if (!part) continue;
    await damagedAs(part, async () => {
      const sheet = await edit.edit(part);
      fillCells(sheet, list, styles);
      await addNotes(
        edit,
        part,
        sheet,
        list.map((c) => ({ cell: c.cell.toUpperCase(), text: c.comment })),
        ids,
      );
    });
  }
}

/** Add our sheets (校验报告, 自评表) after the user's, each under a name no sheet has. */
async function addSheets(
  edit: PackageEdit,
  workbook: WorkbookParts,
  styles: StyleSheetEdit,
  specs: SheetSpec[],
): Promise<void> {
  const names = new SheetNames(workbook.sheets.map((s) => s.name));
  let sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId));
  const sheetsTag = nextStartTag(workbook.xml, 0, ['sheets']);
  if (!sheetsTag) throw new XlsxWriteError('unreadable-package', 'workbook without sheets');
  const existing = startTags(workbook.xml, 'sheet')[0];
  const prefix = existing ? prefixOf(existing) : '';
  let markup = '';
  for (const spec of specs) {
    const name = names.claim(spec.name);
    const part = edit.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    edit.create(part, specSheetXml({ ...spec, name }, styles, edit.ns));
    edit.override(part, CONTENT_TYPE.worksheet);
    const rid = await edit.relate(workbook.part, 'worksheet', part);
    // The relationships namespace is declared on the element: writers differ in where (openpyxl: on each <sheet>).
    markup += `<${prefix}sheet name="${escapeAttribute(name)}" sheetId="${++sheetId}" xmlns:r="${edit.ns.relationships}" r:id="${rid}"/>`;
  }
  if (markup) appendChild(await edit.edit(workbook.part), sheetsTag, markup);
}

/**
 * The annotated copy of an .xlsx/.xlsm package, made by editing the package: flagged cells get
 * a copy of their format with a fill, notes go beside the user's, and 校验报告 plus any extra
 * sheets (自评表) are added as new parts. Every other part keeps its bytes. Annotations of an
 * earlier run on the same copy are undone first, so running again replaces them. The copy holds
 * the record that clearAnnotatedXlsx uses to give the original back. Throws XlsxWriteError.
 */
export async function writeAnnotatedXlsx(
  original: Uint8Array | ArrayBuffer,
  plan: AnnotationPlan,
  extraSheets: SheetSpec[] = [],
): Promise<Uint8Array> {
  try {
    return await annotatePackage(await openPackage(original), plan, extraSheets);
  } catch (e) {
    if (e instanceof XlsxWriteError) throw e;
    throw new XlsxWriteError('failed', e instanceof Error ? e.message : String(e));
  }
}

async function annotatePackage(pkg: ZipPackage, plan: AnnotationPlan, extraSheets: SheetSpec[]): Promise<Uint8Array> {
  const earlier = await findRecords(pkg);
  let run = 1;
  if (earlier.length > 0) {
    try {
      await undoRecords(pkg, earlier);
    } catch (e) {
      if (!(e instanceof XlsxWriteError)) throw e;
      // Annotations changed since (the copy saved elsewhere): they stay, ours go beside them.
      run = earlier[0].run + 1;
    }
  }
  const workbook = await workbookParts(pkg);
  const edit = new PackageEdit(pkg, namespacesOf(workbook.xml));
  const styles = await damagedAs('styles', () => StyleSheetEdit.open(edit, workbook.part));
  styles.reserveCellFormats(await cellFormatsNamed(pkg, workbook));
  await annotateCells(edit, workbook, styles, plan.cells);
  await damagedAs(workbook.part, () => addSheets(edit, workbook, styles, [plan.reportSheet, ...extraSheets]));
  await damagedAs('styles', () => styles.finish(edit));
  const recordPart = await reserveRecordPart(edit, workbook.part);
  const record = await damagedAs('[Content_Types].xml', () => edit.finish(run));
  pkg.write(recordPart, recordXml(record));
  return pkg.save();
}

/** The copy without our annotations: every part as it was before they were written. Throws XlsxWriteError. */
export async function clearAnnotatedXlsx(annotated: Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  const pkg = await openPackage(annotated);
  await undoRecords(pkg, await findRecords(pkg));
  return pkg.save();
}
