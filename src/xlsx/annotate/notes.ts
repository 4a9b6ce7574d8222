import { COMMENT_MARKER } from '../../core/annotate/types';
import { a1Position, MAX_COLS } from '../../core/grid/address';
import { attribute, closingTagAt, elements, nextStartTag, startTags, type StartTag } from '../xml';
import { CONTENT_TYPE, escapeXml } from './opc';
import type { PackageEdit } from './packageEdit';
import type { TextEdit } from './textEdit';
import { appendChild, childInsertionPoint, prefixOf, rootElement, tagStart } from './xmlEdit';

/** A note to put on a cell: A1 address and its text (one finding a line). */
export interface CellNote {
  cell: string;
  text: string;
}

/** Author of our notes. */
export const NOTE_AUTHOR = '绩效表校验';

/** Children of `<worksheet>` in schema order (CT_Worksheet): where `<legacyDrawing>` goes. */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const VML_NS =
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const THREADED_COMMENT = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
/** Run properties of our note text: Excel's note font (9 pt, 宋体 for Chinese). */
const runFont = (p: string) =>
  `<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="宋体"/><${p}charset val="134"/>`;

/**
 * Shape ids of note shapes, unique in the package: VML drawings number their shapes in blocks of
 * 1,024 (`o:idmap`); ours come after every id and block the package uses.
 */
export class ShapeIds {
  private last: number;

  private constructor(maxId: number, maxBlock: number) {
    this.last = Math.max(maxId, (maxBlock + 1) * 1024);
  }

  static async of(edit: PackageEdit): Promise<ShapeIds> {
    let maxId = 0;
    let maxBlock = 0;
    for (const part of edit.pkg.parts().filter((p) => /\.vml$/i.test(p))) {
      const xml = (await edit.text(part)) ?? '';
      for (const m of xml.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
      for (const m of xml.matchAll(/idmap\b[^>]*\bdata="([\d,\s]*)"/g))
        for (const n of m[1].split(',')) maxBlock = Math.max(maxBlock, Number(n) || 0);
    }
    return new ShapeIds(maxId, maxBlock);
  }

  next(): number {
    return ++this.last;
  }
}

/**
 * Put our notes on a worksheet's cells beside the user's (legacy notes: a comments part and the
 * VML shapes that show them). A cell with a user's note keeps it whole, ours appended below a
 * marker line; a cell with a threaded comment is left alone (its finding is in the report).
 * Returns the cells left alone.
 */
export async function addNotes(
  edit: PackageEdit,
  sheetPart: string,
  sheet: TextEdit,
  notes: CellNote[],
  ids: ShapeIds,
): Promise<string[]> {
  const rels = await edit.relationships(sheetPart);
  const threaded = new Set<string>();
  for (const rel of rels.filter((r) => r.type === THREADED_COMMENT)) {
    for (const { attrs } of startTags((await edit.text(rel.target)) ?? '', 'threadedComment'))
      threaded.add((attribute(attrs, 'ref') ?? '').toUpperCase());
  }
  const skipped = notes.filter((n) => threaded.has(n.cell)).map((n) => n.cell);
  const mine = notes.filter((n) => !threaded.has(n.cell));
  if (mine.length === 0) return skipped;
  const commentsRel = rels.find((r) => r.type.endsWith('/comments') && edit.exists(r.target));
  let fresh: CellNote[];
  if (commentsRel) fresh = await addToComments(await edit.edit(commentsRel.target), mine);
  else {
    const part = edit.freeName((n) => `xl/comments${n}.xml`);
    edit.create(part, newCommentsPart(edit.ns.main, mine));
    edit.override(part, CONTENT_TYPE.comments);
    await edit.relate(sheetPart, 'comments', part);
    fresh = mine;
  }
  if (fresh.length > 0) await addShapes(edit, sheetPart, sheet, fresh, ids);
  return skipped;
}

function noteRuns(note: CellNote, p: string): string {
  return (
    `<${p}r><${p}rPr><${p}b/>${runFont(p)}</${p}rPr><${p}t>${COMMENT_MARKER}</${p}t></${p}r>` +
    `<${p}r><${p}rPr>${runFont(p)}</${p}rPr><${p}t xml:space="preserve">\n${escapeXml(note.text)}</${p}t></${p}r>`
  );
}

function newComment(note: CellNote, author: number, p: string): string {
  return `<${p}comment ref="${note.cell}" authorId="${author}" shapeId="0"><${p}text>${noteRuns(note, p)}</${p}text></${p}comment>`;
}

function newCommentsPart(main: string, notes: CellNote[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${main}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>` +
    notes.map((n) => newComment(n, 0, '')).join('') +
    '</commentList></comments>'
  );
}

/** Add notes to an existing comments part; returns the notes that got a comment of their own (they need a shape). */
async function addToComments(comments: TextEdit, notes: CellNote[]): Promise<CellNote[]> {
  const xml = comments.original;
  const root = rootElement(xml)!;
  const p = prefixOf(root);
  const authorsTag = nextStartTag(xml, 0, ['authors']);
  const authors = authorsTag ? elements(xml, 'author') : [];
  let author = authors.indexOf(NOTE_AUTHOR);
  if (author < 0) {
    author = authors.length;
    const markup = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
    if (authorsTag) appendChild(comments, authorsTag, markup);
    else comments.insert(root.gt + 1, `<${p}authors>${markup}</${p}authors>`);
  }
  const existing = new Map<string, StartTag>();
  for (const tag of startTags(xml, 'comment')) existing.set((attribute(tag.attrs, 'ref') ?? '').toUpperCase(), tag);
  const fresh: CellNote[] = [];
  let added = '';
  for (const note of notes) {
    const user = existing.get(note.cell);
    if (user) appendToUserNote(comments, user, note, p);
    else {
      fresh.push(note);
      added += newComment(note, author, p);
    }
  }
  if (added) {
    const list = nextStartTag(xml, 0, ['commentList']);
    if (list) appendChild(comments, list, added);
    else appendChild(comments, root, `<${p}commentList>${added}</${p}commentList>`);
  }
  return fresh;
}

/** Our text below a marker line at the end of a user's note (before phonetic runs, which the schema puts last). */
function appendToUserNote(comments: TextEdit, comment: StartTag, note: CellNote, p: string): void {
  const xml = comments.original;
  const run = `<${p}r><${p}rPr>${runFont(p)}</${p}rPr><${p}t xml:space="preserve">\n${COMMENT_MARKER}\n${escapeXml(note.text)}</${p}t></${p}r>`;
  const end = closingTagAt(xml, comment);
  const text = nextStartTag(xml, comment.gt, ['text']);
  if (!text || (end >= 0 && text.gt > end)) {
    comments.insert(end, `<${p}text>${run}</${p}text>`);
    return;
  }
  const textEnd = text.empty ? -1 : closingTagAt(xml, text);
  const phonetic = text.empty ? null : nextStartTag(xml, text.gt, ['rPh', 'phoneticPr']);
  if (phonetic && tagStart(phonetic) < textEnd) comments.insert(tagStart(phonetic), run);
  else appendChild(comments, text, run);
}

function noteShape(id: number, cell: string): string {
  const at = a1Position(cell);
  const row = Math.floor(at / MAX_COLS);
  const col = at % MAX_COLS;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 5}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Shapes for new notes: in the sheet's VML drawing, or in a new one the sheet then refers to. */
async function addShapes(
  edit: PackageEdit,
  sheetPart: string,
  sheet: TextEdit,
  notes: CellNote[],
  ids: ShapeIds,
): Promise<void> {
  const shapeIds = notes.map(() => ids.next());
  const shapes = notes.map((n, i) => noteShape(shapeIds[i], n.cell)).join('');
  const legacy = startTags(sheet.original, 'legacyDrawing')[0];
  if (legacy) {
    const rid = attribute(legacy.attrs, 'id');
    const rel = (await edit.relationships(sheetPart)).find((r) => r.id === rid);
    if (!rel || !edit.pkg.has(rel.target)) return;
    const vml = await edit.edit(rel.target);
    const root = rootElement(vml.original)!;
    const undeclared = VML_NS.split(' ').filter((ns) => !root.attrs.includes(ns.slice(0, ns.indexOf('='))));
    if (undeclared.length > 0) vml.insert(tagStart(root) + 1 + root.qualified.length, ` ${undeclared.join(' ')}`);
    appendChild(vml, root, (vml.original.includes('_x0000_t202') ? '' : NOTE_SHAPE_TYPE) + shapes);
    return;
  }
  const first = Math.floor(shapeIds[0] / 1024);
  const last = Math.floor(shapeIds[shapeIds.length - 1] / 1024);
  const blocks = Array.from({ length: last - first + 1 }, (_, i) => first + i).join(',');
  const part = edit.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  edit.create(
    part,
    `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout>${NOTE_SHAPE_TYPE}${shapes}</xml>`,
  );
  edit.defaultType('vml', CONTENT_TYPE.vml);
  const id = await edit.relate(sheetPart, 'vmlDrawing', part);
  const root = rootElement(sheet.original)!;
  const markup = `<${prefixOf(root)}legacyDrawing xmlns:r="${edit.ns.relationships}" r:id="${id}"/>`;
  sheet.insert(childInsertionPoint(sheet.original, root, WORKSHEET_ORDER, 'legacyDrawing'), markup);
}
