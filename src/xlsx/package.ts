import { XlsxReadError } from './errors';
import { inPart, partText } from './partText';
import { attribute, startTags } from './xml';
import { inflateEntry, zipEntries, type ZipEntry } from './zip';

/**
 * The parts of an .xlsx package the checker reads, found the way Excel finds them: through the
 * relationship parts, never by assumed file names. Images, themes and drawings are not inflated;
 * each sheet's XML is unpacked only when asked for, so one sheet's text is in memory at a time.
 */
export interface XlsxPackage {
  workbookXml: string;
  stylesXml: string;
  sharedStringsXml: string;
  /** Worksheets in workbook order: name, visibility (`hidden`, `veryHidden`), part name and its XML on demand. */
  sheets: { name: string; state?: string; part: string; xml: () => string }[];
}

/**
 * Unpacked sizes the reader takes on, as the zip declares them (and the check on inflating holds
 * them to): a part becomes one string, and a JavaScript string holds at most ~512 M characters;
 * past these a file gets a plain message rather than running out of memory.
 */
const MAX_PART_BYTES = 512 * 2 ** 20;
const MAX_TOTAL_BYTES = 2 ** 30;

const XML_PART = /\.(xml|rels)$/i;
const SKIPPED_FOLDERS = /^(xl\/(media|theme|drawings|charts|printerSettings|embeddings)|docProps|customXml)\//i;

const corrupt = (detail: string) => new XlsxReadError('corrupt', detail);

/** The zip's entries by lower-cased part name (OPC part names are case-insensitive), sizes checked against the limits. */
function index(bytes: Uint8Array): Map<string, ZipEntry> {
  const parts = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    const key = entry.name.toLowerCase();
    if (parts.has(key)) throw corrupt(`the zip lists ${entry.name} twice`);
    parts.set(key, entry);
    if (!XML_PART.test(key) || SKIPPED_FOLDERS.test(key)) continue;
    total += entry.size;
    if (entry.size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw new XlsxReadError('too-large');
  }
  // Every OPC package has its content types part; a zip without one is no workbook, or a damaged one.
  if (!parts.has('[content_types].xml')) throw corrupt('no [Content_Types].xml part');
  return parts;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Opened package: parts read by name, each name checked to be there. */
class Parts {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's markup; '' when an optional part is absent, a damaged-package error when a required one is. */
  text(name: string, required: string | false): string {
    const entry = this.entries.get(name);
    if (!entry) {
      if (required) throw corrupt(`${required} ${name} is missing from the package`);
      return '';
    }
    return partText(inflateEntry(this.bytes, entry), entry.name);
  }

  /** Relationships of a part (its `_rels/…rels`), targets resolved to part names; none when it has no such part. */
  relationships(partName: string): Relationship[] {
    const slash = partName.lastIndexOf('/');
    const folder = partName.slice(0, slash + 1);
    const relsPart = `${folder}_rels/${partName.slice(slash + 1)}.rels`;
    const xml = this.text(relsPart, false);
    try {
      return startTags(xml, 'Relationship')
        .filter(({ attrs }) => attribute(attrs, 'TargetMode') !== 'External')
        .map(({ attrs: a }) => ({
          id: attribute(a, 'Id') ?? '',
          type: attribute(a, 'Type') ?? '',
          target: resolve(folder, attribute(a, 'Target') ?? ''),
        }));
    } catch (e) {
      throw inPart(e, relsPart);
    }
  }
}

function resolve(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return out.join('/').toLowerCase();
}

const byType = (rels: Relationship[], suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? '';

/** The workbook's `<sheet>` entries that are worksheets, each part listed once. */
function worksheets(workbookXml: string, rels: Relationship[], parts: Parts): XlsxPackage['sheets'] {
  const seenParts = new Set<string>();
  const seenNames = new Set<string>();
  return startTags(workbookXml, 'sheet').flatMap(({ attrs: a }) => {
    const rel = rels.find((r) => r.id === attribute(a, 'id'));
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !rel.type.endsWith('/worksheet')) return [];
    const name = attribute(a, 'name') ?? '';
    // Excel compares sheet names without case; a repeated entry would read one sheet twice.
    if (seenParts.has(rel.target) || seenNames.has(name.toLowerCase()))
      throw corrupt(`the workbook lists sheet “${name}” (${rel.target}) more than once`);
    seenParts.add(rel.target);
    seenNames.add(name.toLowerCase());
    if (!parts.has(rel.target))
      throw corrupt(`the part of sheet “${name}”, ${rel.target}, is missing from the package`);
    return [{ name, state: attribute(a, 'state'), part: rel.target, xml: () => parts.text(rel.target, 'sheet part') }];
  });
}

/** Locate the workbook's parts in the bytes of a zip file. Throws XlsxReadError. */
export function openPackage(bytes: Uint8Array): XlsxPackage {
  const parts = new Parts(bytes, index(bytes));
  const workbookPart = byType(parts.relationships(''), '/officeDocument') || 'xl/workbook.xml';
  const workbookXml = parts.text(workbookPart, 'the workbook part');
  const rels = parts.relationships(workbookPart);
  const stylesPart = byType(rels, '/styles');
  const stringsPart = byType(rels, '/sharedStrings');
  let sheets: XlsxPackage['sheets'];
  try {
    sheets = worksheets(workbookXml, rels, parts);
  } catch (e) {
    throw inPart(e, workbookPart);
  }
  return {
    workbookXml,
    stylesXml: stylesPart ? parts.text(stylesPart, 'the styles part') : '',
    sharedStringsXml: stringsPart ? parts.text(stringsPart, 'the shared strings part') : '',
    sheets,
  };
}
