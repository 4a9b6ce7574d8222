import { AMOUNT_CODES } from './codes/amounts';
import { CLASSIFICATION_CODES } from './codes/classification';
import { COMPLETENESS_CODES } from './codes/completeness';
import { MONITORING_CODES } from './codes/monitoring';
import { RECOGNITION_CODES } from './codes/recognition';
import { SELF_EVAL_CODES } from './codes/selfEval';
import { TARGET_CODES } from './codes/targets';

export type { CatalogueEntry, CheckArea } from './entry';
export { AREA_NAMES } from './entry';

/** Parameters interpolated into a message template: `{name}`. */
export type MessageParams = Record<string, string | number | undefined>;

/**
 * The findings catalogue: every code the engine can emit. Codes are stable
 * (reports and other tools key on them); docs/FINDINGS.md is generated from
 * this table and a test keeps the two equal.
 */
export const CATALOGUE = {
  ...RECOGNITION_CODES,
  ...COMPLETENESS_CODES,
  ...CLASSIFICATION_CODES,
  ...TARGET_CODES,
  ...AMOUNT_CODES,
  ...SELF_EVAL_CODES,
  ...MONITORING_CODES,
};

export type FindingCode = keyof typeof CATALOGUE;

/** Placeholder names of a template literal type: `'{a}与{b}'` → `'a' | 'b'`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Every placeholder a code's zh and en templates use. */
export type PlaceholderOf<C extends FindingCode> = Placeholders<
  (typeof CATALOGUE)[C]['zh'] | (typeof CATALOGUE)[C]['en']
>;

/** Templates split once into literal text (even indexes) and parameter names (odd indexes). */
const compiled = new Map<string, string[]>();

/**
 * Fill `{param}` placeholders with `valueOf(source, param)`; unknown params stay visible so a gap
 * is noticed. Source and lookup come apart so that callers need no closure per message.
 */
export function formatMessage<S>(
  template: string,
  source: S,
  valueOf: (source: S, name: string) => MessageParams[string],
): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  // Joined, not concatenated: `+=` makes a rope that keeps every piece (a district list keeps tens
  // of thousands of messages), join one flat string.
  const out: string[] = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) {
    const v = valueOf(source, parts[i]);
    out.push(v === undefined ? `{${parts[i]}}` : String(v), parts[i + 1]);
  }
  return out.join('');
}
