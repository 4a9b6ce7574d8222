/**
 * Text normalization shared by every parser: full-width ASCII to half-width,
 * OCR/LaTeX noise (`$\geq 98\%$`) to plain symbols, whitespace folded.
 * Raw text is always kept beside the normalized form by callers.
 */

/**
 * LaTeX left in OCR'd text (`$\geq 98\%$`) and its plain replacement, applied in order; the
 * third part is a literal every match contains, so a replacement that cannot apply is skipped.
 */
const LATEX: readonly [RegExp, string, string][] = [
  [/\\geqslant|\\geq|\\ge\b/g, '≥', '\\ge'],
  [/\\leqslant|\\leq|\\le\b/g, '≤', '\\le'],
  [/\\%/g, '%', '\\%'],
  [/\\times/g, '×', '\\times'],
  [/\\text\{([^}]*)\}/g, '$1', '\\text{'],
  [/\\mathrm\{([^}]*)\}/g, '$1', '\\mathrm{'],
  [/\\[,;!]/g, '', '\\'],
  [/\$/g, '', '$'],
];

/**
 * The same replacements in one pass, for text without braces (no \text{…}): there each token
 * starts at its own `\` or `$` and no replacement makes a new one, so one pass equals the passes in
 * order, and a long cell is copied once instead of once per kind of token.
 */
const LATEX_TOKEN = /\\(?:geqslant|geq|ge\b|leqslant|leq|le\b|%|times|[,;!])|\$/g;

function plainOfToken(token: string): string {
  switch (token.slice(1, 3)) {
    case 'ge':
      return '≥';
    case 'le':
      return '≤';
    case '%':
      return '%';
    case 'ti':
      return '×';
    default:
      return '';
  }
}

/** Look-alike symbols unified: ≧⩾ → ≥, ≦⩽ → ≤, 〜 → ~. */
function unifyLookAlike(c: number): number {
  switch (c) {
    case 0x2267:
    case 0x2a7e:
      return 0x2265;
    case 0x2266:
    case 0x2a7d:
      return 0x2264;
    case 0x301c:
      return 0x7e;
    default:
      return c;
  }
}

/** The characters `\s` matches in a JavaScript regular expression. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Scratch space for foldText, grown as needed and reused. */
let scratch = new Uint16Array(1024);
/** Characters per String.fromCharCode call (an argument list has a size limit). */
const CHUNK = 8192;
/**
 * Decodes the scratch array in one call without the argument list fromCharCode.apply builds
 * (8 bytes per character: most of the engine's garbage). Typed arrays use the platform's byte
 * order, so only on little-endian machines; some test DOMs have no TextDecoder. A decoder would
 * turn a lone surrogate into U+FFFD, so text with surrogates takes the exact path.
 */
const utf16Decoder =
  typeof TextDecoder === 'function' && new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
    ? new TextDecoder('utf-16le', { ignoreBOM: true })
    : undefined;

function charsToString(chars: Uint16Array, length: number, surrogates: boolean): string {
  if (utf16Decoder && !surrogates) return utf16Decoder.decode(chars.subarray(0, length));
  let out = '';
  for (let k = 0; k < length; k += CHUNK) {
    out += String.fromCharCode.apply(null, chars.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Whether the last foldText met `\\` or `$` (LaTeX can only be there): saves a second scan of every text. */
let foldMetLatexMarker = false;

function isLatexMarker(c: number): boolean {
  return c === 0x5c || c === 0x24;
}

/**
 * One pass: full-width ASCII (U+FF01–U+FF5E) to half-width, look-alikes unified, whitespace runs
 * folded to one space, ends trimmed. Chinese text is full of full-width punctuation (，：（）):
 * writing codes into a reused typed array makes one string per text, where concatenating per
 * change made a dozen (a tenth of the engine's garbage on a district list).
 */
function foldText(s: string): string {
  const n = s.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const out = scratch;
  let length = 0;
  let changed = false;
  let surrogates = false;
  let latex = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // Most characters pass through: printable ASCII, and kana to hangul (U+3040–U+D7FF: CJK).
    if (c > 0x20 && c < 0x7f) {
      if (isLatexMarker(c)) latex = true;
      out[length++] = c;
      i++;
      continue;
    }
    if (c >= 0x3040 && c < 0xd800) {
      out[length++] = c;
      i++;
      continue;
    }
    if (isSpace(c)) {
      let end = i + 1;
      while (end < n && isSpace(s.charCodeAt(end))) end++;
      // A run at either end is dropped; an inner run becomes one plain space.
      if (length === 0 || end === n) changed = true;
      else {
        if (c !== 0x20 || end > i + 1) changed = true;
        out[length++] = 0x20;
      }
      i = end;
      continue;
    }
    const h = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c >= 0x2266 && c <= 0x301c ? unifyLookAlike(c) : c;
    if (h !== c) {
      changed = true;
      if (isLatexMarker(h)) latex = true;
    } else if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    out[length++] = h;
    i++;
  }
  foldMetLatexMarker = latex;
  return changed ? charsToString(out, length, surrogates) : s;
}

function stripLatex(s: string): string {
  if (!s.includes('{')) return s.replace(LATEX_TOKEN, plainOfToken);
  let out = s;
  for (const [re, rep, literal] of LATEX) if (out.includes(literal)) out = out.replace(re, rep);
  return out;
}

/**
 * Anything normalizeText would change: a full-width or look-alike character, LaTeX markers,
 * whitespace other than a single inner space. Most cells have none, and one test is far
 * cheaper than four replacements (recognition normalizes every cell).
 */
const NEEDS_NORMALIZING =
  /[\uff01-\uff5e≧≦⩾⩽〜\\$\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Normalized text: half-width, LaTeX-free, whitespace runs folded to one space, trimmed. */
export function normalizeText(s: string): string {
  if (!NEEDS_NORMALIZING.test(s) && !s.startsWith(' ') && !s.endsWith(' ')) return s;
  const folded = foldText(s);
  if (!foldMetLatexMarker) return folded;
  const plain = stripLatex(folded);
  // Removing LaTeX can leave spaces side by side or at an end: fold once more.
  if (plain === folded) return folded;
  return plain.includes('  ') || plain.startsWith(' ') || plain.endsWith(' ')
    ? plain.replace(/\s+/g, ' ').trim()
    : plain;
}
