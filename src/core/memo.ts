/**
 * A pure function remembered for its recent arguments. A district workbook repeats the same few
 * hundred texts (≥95%, 资金拨付及时率, a standard 满意度 item) thousands of times; each is worked
 * out once. Bounded, so a long-running pane does not grow. Results are shared between callers:
 * they must never be mutated.
 */
export function memoizeRecent<A, R>(keyOf: (arg: A) => string, f: (arg: A) => R, limit = 4096): (arg: A) => R {
  const recent = new Map<string, R>();
  return (arg) => {
    const key = keyOf(arg);
    const known = recent.get(key);
    if (known !== undefined) return known;
    const result = f(arg);
    if (recent.size >= limit) recent.clear();
    recent.set(key, result);
    return result;
  };
}
