import { closingTagAt, nextStartTag, type StartTag } from '../xml';
import type { TextEdit } from './textEdit';

/** Where a start tag found by the scanner begins (its `<`). */
export function tagStart(tag: StartTag): number {
  return tag.gt - (tag.empty ? 1 : 0) - tag.attrs.length - tag.qualified.length - 1;
}

/** The namespace prefix of a tag with its colon (`x:` for `<x:row>`), or ''. */
export function prefixOf(tag: StartTag): string {
  return tag.qualified.slice(0, tag.qualified.length - tag.local.length);
}

/** The document's root element: the first start tag that is not a declaration or processing instruction. */
export function rootElement(xml: string): StartTag | null {
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const next = xml[lt + 1];
    if (next === '?' || next === '!') continue;
    let end = lt + 1;
    while (end < xml.length && !/[\s/>]/.test(xml[end])) end++;
    const qualified = xml.slice(lt + 1, end);
    return nextStartTag(xml, lt, [qualified.slice(qualified.indexOf(':') + 1)]);
  }
  return null;
}

/** Append markup as the last children of the element `tag` opens (an empty `<x/>` becomes `<x>…</x>`). */
export function appendChild(edit: TextEdit, tag: StartTag, markup: string): void {
  if (tag.empty) {
    edit.replace(tag.gt - 1, 2, `>${markup}</${tag.qualified}>`);
    return;
  }
  const close = closingTagAt(edit.original, tag);
  if (close < 0) throw new Error(`<${tag.qualified}> is not closed`);
  edit.insert(close, markup);
}

/** The `name="…"` attribute of a tag: offsets of its value in the text, or undefined. */
export function attributeValueAt(
  xml: string,
  tag: StartTag,
  name: string,
): { start: number; end: number; value: string } | undefined {
  const at = tagStart(tag) + 1 + tag.qualified.length;
  const pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])`, 'g');
  const m = pattern.exec(tag.attrs);
  if (!m) return undefined;
  const start = at + m.index + m[0].length;
  const end = xml.indexOf(m[1], start);
  return { start, end, value: xml.slice(start, end) };
}

/** Set an attribute of a start tag: its value replaced, or the attribute added after the tag name. */
export function setAttribute(edit: TextEdit, tag: StartTag, name: string, value: string): void {
  const current = attributeValueAt(edit.original, tag, name);
  if (current) edit.replace(current.start, current.end - current.start, value);
  else edit.insert(tagStart(tag) + 1 + tag.qualified.length, ` ${name}="${value}"`);
}

/**
 * The children of an element, as (local name, start offset, end offset) — one level deep. An
 * `mc:AlternateContent` child is named after what its first choice holds, as it stands in for that.
 */
export function childElements(xml: string, parent: StartTag): { local: string; start: number; end: number }[] {
  const end = parent.empty ? parent.gt : closingTagAt(xml, parent);
  const out: { local: string; start: number; end: number }[] = [];
  let from = parent.gt + 1;
  while (from < end) {
    const lt = xml.indexOf('<', from);
    if (lt < 0 || lt >= end) break;
    const c = xml[lt + 1];
    if (c === '/' || c === '?' || c === '!') {
      from = skipSpecial(xml, lt);
      continue;
    }
    const tag = nextStartTag(xml, lt, [localNameAt(xml, lt)])!;
    const close = tag.empty ? tag.gt + 1 : xml.indexOf('>', closingTagAt(xml, tag)) + 1;
    let local = tag.local;
    if (local === 'AlternateContent' && !tag.empty) {
      const choice = xml.slice(tag.gt + 1, close).match(/<(?:[\w.-]+:)?Choice\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/);
      if (choice) local = choice[1];
    }
    out.push({ local, start: lt, end: close });
    from = close;
  }
  return out;
}

function localNameAt(xml: string, lt: number): string {
  let end = lt + 1;
  while (end < xml.length && !/[\s/>]/.test(xml[end])) end++;
  const qualified = xml.slice(lt + 1, end);
  return qualified.slice(qualified.indexOf(':') + 1);
}

function skipSpecial(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) return xml.indexOf('-->', lt) + 3;
  if (xml.startsWith('<![CDATA[', lt)) return xml.indexOf(']]>', lt) + 3;
  return xml.indexOf('>', lt) + 1;
}

/**
 * Where a new child `name` goes among a parent's children in schema order `order` (names of
 * CT_… sequence): before the first existing child that the schema puts after it.
 */
export function childInsertionPoint(xml: string, parent: StartTag, order: readonly string[], name: string): number {
  const rank = order.indexOf(name);
  for (const child of childElements(xml, parent)) {
    const r = order.indexOf(child.local);
    if (r > rank) return child.start;
  }
  return parent.empty ? -1 : closingTagAt(xml, parent);
}
