import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { attribute, startTags } from './xml';
import { XlsxReadError } from './errors';

/**
 * The parts of an .xlsx package the checker reads, found the way Excel finds them: through the
 * relationship parts, never by assumed file names. Images, themes and drawings are not inflated.
 */
export interface XlsxPackage {
  workbookXml: string;
  stylesXml: string;
  sharedStringsXml: string;
  /** Worksheets in workbook order: name, visibility (`hidden`, `veryHidden`) and XML. */
  sheets: { name: string; state?: string; xml: string }[];
}

const SKIPPED_FOLDERS = /^(xl\/(media|theme|drawings|charts|printerSettings|embeddings)|docProps|customXml)\//i;

/**
 * Unpacked sizes the reader takes on, as the zip declares them: a part becomes one string, and a
 * JavaScript string holds at most ~512 M characters; past these a file gets a plain message
 * rather than running out of memory.
 */
const MAX_PART_BYTES = 512 * 2 ** 20;
const MAX_TOTAL_BYTES = 2 ** 30;

/** Part names are case-insensitive in a package (OPC); lower-case keys make lookups exact. */
function inflate(bytes: Uint8Array): Map<string, Uint8Array> {
  let total = 0;
  const wanted = (f: UnzipFileInfo) => {
    if (!/\.(xml|rels)$/i.test(f.name) || SKIPPED_FOLDERS.test(f.name)) return false;
    total += f.originalSize;
    if (f.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw new XlsxReadError('too-large');
    return true;
  };
  try {
    const files = unzipSync(bytes, { filter: wanted });
    return new Map(Object.entries(files).map(([name, data]) => [name.toLowerCase(), data]));
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

/** Relationship targets of a part by type suffix (`/worksheet`), resolved to part names. */
function relationships(
  parts: Map<string, Uint8Array>,
  partName: string,
): { id: string; type: string; target: string }[] {
  const slash = partName.lastIndexOf('/');
  const folder = partName.slice(0, slash + 1);
  const relsXml = text(parts, `${folder}_rels/${partName.slice(slash + 1)}.rels`);
  return startTags(relsXml, 'Relationship').map(({ attrs: a }) => ({
    id: attribute(a, 'Id') ?? '',
    type: attribute(a, 'Type') ?? '',
    target: resolve(folder, attribute(a, 'Target') ?? ''),
  }));
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

function text(parts: Map<string, Uint8Array>, name: string): string {
  const data = parts.get(name.toLowerCase());
  return data ? strFromU8(data) : '';
}

const byType = (rels: { type: string; target: string }[], suffix: string) =>
  rels.find((r) => r.type.endsWith(suffix))?.target ?? '';

/** Unzip the bytes of a zip file and locate the workbook's parts. Throws XlsxReadError. */
export function openPackage(bytes: Uint8Array): XlsxPackage {
  const parts = inflate(bytes);
  const workbookPart = byType(relationships(parts, ''), '/officeDocument') || 'xl/workbook.xml';
  const workbookXml = text(parts, workbookPart);
  if (!workbookXml) throw new XlsxReadError('corrupt', 'no workbook part');
  const rels = relationships(parts, workbookPart);
  const sheets = startTags(workbookXml, 'sheet').flatMap(({ attrs: a }) => {
    const rel = rels.find((r) => r.id === attribute(a, 'id'));
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !rel.type.endsWith('/worksheet')) return [];
    return [{ name: attribute(a, 'name') ?? '', state: attribute(a, 'state'), xml: text(parts, rel.target) }];
  });
  return {
    workbookXml,
    stylesXml: text(parts, byType(rels, '/styles')),
    sharedStringsXml: text(parts, byType(rels, '/sharedStrings')),
    sheets,
  };
}
