import { ownCopy } from '../core/text/ownCopy';
import { XlsxReadError } from './errors';

/**
 * Just enough XML for SpreadsheetML parts: attributes, text with entities, elements by local
 * name (writers differ in namespace prefixes: `<c>` from Excel, `<x:c>` from the Open XML SDK).
 */

function isSpaceOrPrefix(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ':';
}

/**
 * One attribute of a start tag's inside (`r="A1" s="3" t="s"`) by local name, decoded; undefined
 * when absent. A scan instead of a map of all attributes: cells are read by the hundred thousand.
 */
export function attribute(tag: string, name: string): string | undefined {
  for (let i = tag.indexOf(name); i >= 0; i = tag.indexOf(name, i + 1)) {
    if (i > 0 && !isSpaceOrPrefix(tag[i - 1])) continue;
    let j = i + name.length;
    while (tag[j] === ' ') j++;
    if (tag[j] !== '=') continue;
    j++;
    while (tag[j] === ' ') j++;
    const quote = tag[j];
    const end = quote === '"' || quote === "'" ? tag.indexOf(quote, j + 1) : -1;
    if (end > 0) return decodeXml(tag.slice(j + 1, end));
  }
  return undefined;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** OOXML's escape for characters XML cannot carry (`_x000D_` for a carriage return). */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function codePoint(hex: string, radix: number): string {
  const n = parseInt(hex, radix);
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** Text content or attribute value as the document means it. */
export function decodeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  let out = s;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (_m, e: string) =>
      e[0] !== '#' ? NAMED[e] : e[1] === 'x' ? codePoint(e.slice(2), 16) : codePoint(e.slice(1), 10),
    );
  }
  if (out.includes('_x')) out = out.replace(OOXML_ESCAPE, (_m, hex: string) => codePoint(hex, 16));
  return out;
}

/**
 * Where a tag's name ends: at white space, `/`, `>` or the next `<`. Stopping at `<` keeps a run
 * of `<` (`<<<<…`) one step per character instead of a scan to the end from each.
 */
function nameEnd(xml: string, from: number): number {
  let i = from;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3c) break;
  }
  return i;
}

/** The part's markup is not well-formed XML: an element opened and never closed. */
export function unclosed(what: string, at: number): XlsxReadError {
  return new XlsxReadError('corrupt', `<${what}> at character ${at} is never closed`);
}

/** The tag name in [start, end) has local name `name` (`c`, `x:c`). */
function isLocalName(xml: string, start: number, end: number, name: string): boolean {
  return (
    xml.startsWith(name, end - name.length) &&
    (end - name.length === start || xml.charCodeAt(end - name.length - 1) === 0x3a)
  );
}

/** A start tag found by scanning: where it starts (`<`), its local and qualified name, attribute text, the `>` ending it, whether it is empty (`<x/>`). */
export interface StartTag {
  lt: number;
  local: string;
  qualified: string;
  attrs: string;
  gt: number;
  empty: boolean;
}

/**
 * The next start tag at or after `from` whose local name is one of `names`, or null. A scan for
 * `<` rather than a regex: sheets and string tables of a district list have hundreds of
 * thousands of tags, and a match record per tag was most of the reader's garbage. Throws on a
 * wanted tag that never ends or holds a `<` (no well-formed part has either).
 */
export function nextStartTag(xml: string, from: number, names: readonly string[]): StartTag | null {
  for (let lt = xml.indexOf('<', from); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const end = nameEnd(xml, lt + 1);
    // `<` then no name and no `/` of a closing tag: no well-formed part has it (a run of `<`).
    if (end === lt + 1 && xml.charCodeAt(end) !== 0x2f)
      throw new XlsxReadError('corrupt', `a stray < at character ${lt}`);
    for (const local of names) {
      if (!isLocalName(xml, lt + 1, end, local)) continue;
      const gt = xml.indexOf('>', end);
      const next = xml.indexOf('<', end);
      if (gt < 0 || (next >= 0 && next < gt)) throw unclosed(xml.slice(lt + 1, end), lt);
      const empty = xml.charCodeAt(gt - 1) === 0x2f;
      return { lt, local, qualified: xml.slice(lt + 1, end), attrs: xml.slice(end, empty ? gt - 1 : gt), gt, empty };
    }
  }
  return null;
}

/** Every start tag with this local name, in document order. */
export function startTags(xml: string, name: string): StartTag[] {
  const out: StartTag[] = [];
  const names = [name];
  for (let tag = nextStartTag(xml, 0, names); tag; tag = nextStartTag(xml, tag.gt, names)) out.push(tag);
  return out;
}

/**
 * Where the element a start tag opens is closed (its `</…>`), or -1. One search, for one element
 * (the writer's edits); a scan over many elements of a document uses Closings.
 */
export function closingTagAt(xml: string, tag: StartTag): number {
  return tag.empty ? -1 : xml.indexOf(`</${tag.qualified}>`, tag.gt + 1);
}

/**
 * Finds closing tags (`</c>`) in one document for a scan that moves forward. Each search
 * remembers where it looked and what it found, so the next from a later point reuses it: without
 * that, every unclosed `<c>` of a damaged sheet searched to the end again (quadratic).
 */
export class Closings {
  private readonly last = new Map<string, { from: number; at: number }>();

  constructor(private readonly xml: string) {}

  /** Where the element a start tag opens is closed (its `</…>`); throws when it never is. */
  of(tag: StartTag): number {
    const needle = `</${tag.qualified}>`;
    const from = tag.gt + 1;
    const seen = this.last.get(needle);
    let at: number;
    if (seen && seen.from <= from && (seen.at < 0 || from <= seen.at)) at = seen.at;
    else {
      at = this.xml.indexOf(needle, from);
      this.last.set(needle, { from, at });
    }
    if (at < 0) throw unclosed(tag.qualified, tag.lt);
    return at;
  }
}

/** Inner XML of each element with this local name (empty for `<x/>`); throws on an unclosed one. */
export function elements(xml: string, name: string): string[] {
  const out: string[] = [];
  const names = [name];
  const closings = new Closings(xml);
  for (let tag = nextStartTag(xml, 0, names); tag;) {
    if (tag.empty) {
      out.push('');
      tag = nextStartTag(xml, tag.gt, names);
      continue;
    }
    const close = closings.of(tag);
    out.push(xml.slice(tag.gt + 1, close));
    tag = nextStartTag(xml, close, names);
  }
  return out;
}

/**
 * The first child element with this local name in a small piece of markup (a cell's inside): its
 * attribute text and inner XML, or undefined. Throws when it is never closed.
 */
export function firstChild(inner: string, names: readonly string[]): { attrs: string; inner: string } | undefined {
  const tag = nextStartTag(inner, 0, names);
  if (!tag) return undefined;
  if (tag.empty) return { attrs: tag.attrs, inner: '' };
  const close = inner.indexOf(`</${tag.qualified}>`, tag.gt + 1);
  if (close < 0) throw unclosed(tag.qualified, tag.lt);
  return { attrs: tag.attrs, inner: inner.slice(tag.gt + 1, close) };
}

/** The common item: one unformatted run (`<t>…</t>`), read without the general loop. */
const PLAIN_ITEM = /^<t(?:\s[^<>]*)?>([^<]*)<\/t>$/;
const RUN = ['t'];
const PHONETIC = ['rPh'];

/** The markup without its phonetic guides (`<rPh>…</rPh>`), which Excel does not show. */
function withoutPhonetic(inner: string): string {
  let out = '';
  let from = 0;
  for (let tag = nextStartTag(inner, 0, PHONETIC); tag; tag = nextStartTag(inner, from, PHONETIC)) {
    out += inner.slice(from, tag.lt);
    if (tag.empty) {
      from = tag.gt + 1;
      continue;
    }
    const close = inner.indexOf(`</${tag.qualified}>`, tag.gt + 1);
    if (close < 0) throw unclosed(tag.qualified, tag.lt);
    from = close + tag.qualified.length + 3;
  }
  return from === 0 ? inner : out + inner.slice(from);
}

/**
 * Text of a string item (`<si>`, `<is>`): its `<t>` runs joined (rich text), phonetic
 * guides (`<rPh>`) left out as Excel shows them. Throws on a run that is never closed. A copy,
 * never a slice of the part: a slice keeps the whole part's text (the shared strings of a
 * province's list: hundreds of MB) alive for as long as any cell text or name cut from it.
 */
export function stringItemText(inner: string): string {
  return ownCopy(itemText(inner));
}

function itemText(inner: string): string {
  // Most items are a bare `<t>…</t>`: read by position before any pattern.
  if (inner.startsWith('<t>') && inner.indexOf('<', 3) === inner.length - 4 && inner.endsWith('</t>'))
    return decodeXml(inner.slice(3, -4));
  const plain = PLAIN_ITEM.exec(inner);
  if (plain) return decodeXml(plain[1]);
  const body = inner.includes('rPh') ? withoutPhonetic(inner) : inner;
  let text = '';
  for (let tag = nextStartTag(body, 0, RUN); tag;) {
    if (tag.empty) {
      tag = nextStartTag(body, tag.gt, RUN);
      continue;
    }
    const close = body.indexOf(`</${tag.qualified}>`, tag.gt + 1);
    if (close < 0) throw unclosed(tag.qualified, tag.lt);
    text += body.slice(tag.gt + 1, close);
    tag = nextStartTag(body, close, RUN);
  }
  return decodeXml(text);
}
