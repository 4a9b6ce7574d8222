/**
 * Letters a scan's text layer puts for digits (`IO` for 10, `l5` for 15, `O` for 0), as data. Only used to
 * say what an unreadable figure looks like: the checker never takes the look-alike as the value.
 */
const LOOKALIKES: Record<string, string> = { I: '1', l: '1', '|': '1', O: '0', o: '0' };

const LOOKALIKE_FIGURE = new RegExp(`^[\\d.${Object.keys(LOOKALIKES).join('').replace('|', '\\|')}]+$`);

/** The figure a short text would be with look-alike letters read as digits (`IO` → `10`), or null. */
export function lookalikeFigure(text: string): string | null {
  const t = text.trim();
  if (!LOOKALIKE_FIGURE.test(t) || /^[\d.]+$/.test(t)) return null;
  const figure = t.replace(/[^\d.]/g, (c) => LOOKALIKES[c]);
  return /^\d+(?:\.\d+)?$/.test(figure) ? figure : null;
}
