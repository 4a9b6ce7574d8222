/**
 * Text normalization shared by every parser: full-width ASCII to half-width,
 * OCR/LaTeX noise (`$\geq 98\%$`) to plain symbols, whitespace folded.
 * Raw text is always kept beside the normalized form by callers.
 */

const LATEX: [RegExp, string][] = [
  [/\\geqslant|\\geq|\\ge\b/g, '≥'],
  [/\\leqslant|\\leq|\\le\b/g, '≤'],
  [/\\%/g, '%'],
  [/\\times/g, '×'],
  [/\\text\{([^}]*)\}/g, '$1'],
  [/\\mathrm\{([^}]*)\}/g, '$1'],
  [/\\[,;!]/g, ''],
  [/\$/g, ''],
];

/** Look-alike symbols unified: ≧⩾ → ≥, ≦⩽ → ≤, 〜 → ~, ideographic space → space. */
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
    case 0x3000:
      return 0x20;
    default:
      return c;
  }
}

/**
 * Full-width ASCII (U+FF01–U+FF5E) to half-width, look-alikes unified. Copies unchanged runs as
 * slices: a regex replace with a callback per character costs more, and Chinese text is full of
 * full-width punctuation (，：（）).
 */
function toHalfWidth(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const h = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c >= 0x2266 && c <= 0x3000 ? unifyLookAlike(c) : c;
    if (h !== c) {
      out += s.slice(copied, i) + String.fromCharCode(h);
      copied = i + 1;
    }
  }
  return copied === 0 ? s : out + s.slice(copied);
}

function stripLatex(s: string): string {
  if (!s.includes('\\') && !s.includes('$')) return s;
  let out = s;
  for (const [re, rep] of LATEX) out = out.replace(re, rep);
  return out;
}

/**
 * Anything normalizeText would change: a full-width or look-alike character, LaTeX markers,
 * whitespace other than a single inner space. Most cells have none, and one test is far
 * cheaper than four replacements (recognition normalizes every cell).
 */
const NEEDS_NORMALIZING = /[\uff01-\uff5e≧≦⩾⩽〜～\\$]|[^\S ]|  |^ | $/;

/** Normalized text: half-width, LaTeX-free, whitespace runs folded to one space, trimmed. */
export function normalizeText(s: string): string {
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return stripLatex(toHalfWidth(s)).replace(/\s+/g, ' ').trim();
}

const LABEL_NOISE = /\s|[:：]$/;

/** Label key for matching headers and category labels: no whitespace at all, no trailing colon. */
export function labelKey(s: string): string {
  const text = normalizeText(s);
  return LABEL_NOISE.test(text) ? text.replace(/\s+/g, '').replace(/[:：]+$/, '') : text;
}
