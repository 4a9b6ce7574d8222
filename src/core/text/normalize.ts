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

const SYMBOLS: Record<string, string> = {
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '〜': '~',
  '～': '~',
  '　': ' ',
};

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const LOOK_ALIKES = /[≧≦⩾⩽〜～\u3000]/g;

/** Full-width ASCII (U+FF01–U+FF5E) to half-width; a few look-alike symbols unified. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(LOOK_ALIKES, (ch) => SYMBOLS[ch] ?? ch);
}

export function stripLatex(s: string): string {
  if (!s.includes('\\') && !s.includes('$')) return s;
  let out = s;
  for (const [re, rep] of LATEX) out = out.replace(re, rep);
  return out;
}

/** Normalized text: half-width, LaTeX-free, whitespace runs folded to one space, trimmed. */
export function normalizeText(s: string): string {
  return stripLatex(toHalfWidth(s)).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Label key for matching headers and category labels: no whitespace at all, no trailing colon. */
export function labelKey(s: string): string {
  return normalizeText(s).replace(/\s+/g, '').replace(/[:：]+$/, '');
}
