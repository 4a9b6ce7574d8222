/** Shortest string V8 keeps as a slice of its parent rather than a copy (SlicedString::kMinLength). */
const MIN_SLICE = 13;

/**
 * The same text, sharing no memory with the text it was cut from. A slice of a string (`slice`, a
 * regex group, `trim`) keeps all of its parent alive in V8: an indicator name cut from a list cell
 * would keep the whole cell's text, a project's worth of indicators, for as long as the model
 * lives. Flattening a one-character concatenation and cutting that character off again gives a
 * slice of a fresh string of the name's own length.
 */
export function ownCopy(s: string): string {
  return s.length < MIN_SLICE ? s : ` ${s}`.slice(1);
}
