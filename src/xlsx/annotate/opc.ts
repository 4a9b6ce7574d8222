import { attribute, startTags } from '../xml';

/**
 * Package conventions (OPC, ECMA-376 part 2) and the SpreadsheetML namespaces we write in: the
 * transitional ones, or the strict ones when the workbook is saved as Strict Open XML.
 */
export interface Namespaces {
  main: string;
  /** Namespace of `r:id` attributes. */
  relationships: string;
  /** Prefix of relationship types (`…/worksheet`). */
  relationshipType: string;
}

const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relationshipType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
};

const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  relationshipType: 'http://purl.oclc.org/ooxml/officeDocument/relationships/',
};

/** The namespaces a workbook part is written in. */
export function namespacesOf(workbookXml: string): Namespaces {
  return workbookXml.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

export const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  xml: 'application/xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** The relationships part of a part: `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`, `_rels/.rels` for the package. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationship target names, from the part that holds the relationship (case kept, no leading `/`). */
export function resolveTarget(sourcePart: string, target: string): string {
  const folder = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return out.join('/');
}

/** A relative target from one part to another, as Excel writes them (`../comments1.xml`). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  id: string;
  type: string;
  /** The target part (resolved), or the raw target of an external relationship. */
  target: string;
  external: boolean;
}

/** The relationships in a `.rels` part's XML. */
export function parseRelationships(relsXml: string, sourcePart: string): Relationship[] {
  return startTags(relsXml, 'Relationship').map(({ attrs }) => {
    const external = attribute(attrs, 'TargetMode') === 'External';
    const target = attribute(attrs, 'Target') ?? '';
    return {
      id: attribute(attrs, 'Id') ?? '',
      type: attribute(attrs, 'Type') ?? '',
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** Characters XML 1.0 cannot carry, and OOXML's own `_xHHHH_` escape (which a literal `_x…_` must escape too). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the characters being escaped
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP = /[<>&"]/g;
/** One test before the replacements: most text needs none. */
// eslint-disable-next-line no-control-regex -- the characters being escaped
const NEEDS_ESCAPE = /[<>&"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/**
 * Text or an attribute value as XML: markup escaped; control characters and lone surrogates in
 * OOXML's `_xHHHH_` form (they reach us from cell text), so the part stays well-formed.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(MARKUP, (ch) => ENTITY[ch]);
}

/** An attribute value that names something (a sheet, a range): markup escaped, nothing else changed. */
export function escapeAttribute(value: string): string {
  return value.replace(MARKUP, (ch) => ENTITY[ch]);
}
