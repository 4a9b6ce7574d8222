import { isSpace } from './normalize';

/**
 * `s` without whitespace and the characters of `leading` / `trailing` at its ends. A scan from
 * each end: an end-anchored regex (`[。；]+$`) is tried at every position of the text, which made
 * trimming the costliest step of reading a list-form indicator.
 */
export function trimWith(s: string, leading: string, trailing: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isTrimmed(s.charCodeAt(start), leading)) start++;
  while (end > start && isTrimmed(s.charCodeAt(end - 1), trailing)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isTrimmed(c: number, chars: string): boolean {
  if (isSpace(c)) return true;
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}
