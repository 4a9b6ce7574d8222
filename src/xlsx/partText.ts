import { XlsxReadError } from './errors';

/**
 * An XML part's bytes as the markup the tag scanner reads: decoded in the encoding the part
 * declares (byte-order mark, else the XML declaration, else UTF-8, as XML 1.0 appendix F finds
 * it), with comments and processing instructions removed and CDATA sections turned into escaped
 * text, as XML defines them. Throws XlsxReadError('corrupt') for bytes that are not text in that
 * encoding, an unknown encoding, a DTD (OPC forbids them) or an unterminated construct.
 */
export function partText(bytes: Uint8Array, part: string): string {
  const encoding = declaredEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (e) {
    throw new XlsxReadError(
      'corrupt',
      e instanceof RangeError ? `${part} declares an unknown encoding ${encoding}` : `${part} is not valid ${encoding}`,
    );
  }
  try {
    return markupOnly(text);
  } catch (e) {
    throw inPart(e, part);
  }
}

/** A read failure of markup, named with its part (`xl/worksheets/sheet1.xml: <c> at … is never closed`). */
export function inPart(e: unknown, part: string): unknown {
  return e instanceof XlsxReadError && e.reason === 'corrupt' && !e.detail?.startsWith(part)
    ? new XlsxReadError('corrupt', `${part}: ${e.detail}`)
    : e;
}

const DECLARED = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

function declaredEncoding(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0))
    return 'utf-16le';
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f))
    return 'utf-16be';
  let head = '';
  for (let i = 0; i < b.length && i < 200 && b[i] !== 0x3e; i++) head += String.fromCharCode(b[i]);
  const label = DECLARED.exec(head)?.[1].toLowerCase() ?? 'utf-8';
  // Without a byte-order mark, bytes that read `<?xml` are no UTF-16.
  return label.startsWith('utf-16') ? 'utf-8' : label;
}

/** Markup constructs the scanner must not read as elements, by how they start and end. */
const CONSTRUCTS: { start: string; end: string; keep?: (inside: string) => string }[] = [
  { start: '<!--', end: '-->' },
  { start: '<![CDATA[', end: ']]>', keep: escapeText },
  { start: '<?', end: '?>' },
];

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The text with comments and processing instructions (the XML declaration among them) removed
 * and CDATA escaped. One pass: each construct's end is searched once from its start. Parts
 * without any (`<!` nowhere, `<?` only in the declaration) are returned as they are.
 */
export function markupOnly(text: string): string {
  const declarationEnd = text.startsWith('<?xml') ? text.indexOf('?>') + 2 : 0;
  if (text.indexOf('<!', declarationEnd) < 0 && text.indexOf('<?', declarationEnd) < 0)
    return declarationEnd > 1 ? text.slice(declarationEnd) : text;
  let out = '';
  let from = 0;
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    const next = text.charCodeAt(lt + 1);
    if (next !== 0x21 /* ! */ && next !== 0x3f /* ? */) continue;
    if (text.startsWith('<!DOCTYPE', lt))
      throw new XlsxReadError('corrupt', 'a document type declaration (DTD), which packages may not have');
    const construct = CONSTRUCTS.find((c) => text.startsWith(c.start, lt));
    if (!construct) throw new XlsxReadError('corrupt', `markup <${text.slice(lt + 1, lt + 10)}… at character ${lt}`);
    const end = text.indexOf(construct.end, lt + construct.start.length);
    if (end < 0) throw new XlsxReadError('corrupt', `${construct.start}… at character ${lt} is never closed`);
    out += text.slice(from, lt);
    if (construct.keep) out += construct.keep(text.slice(lt + construct.start.length, end));
    from = end + construct.end.length;
    lt = from - 1;
  }
  return out + text.slice(from);
}
