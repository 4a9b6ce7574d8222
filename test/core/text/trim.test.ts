import fc from 'fast-check';
import { trimWith } from '../../../src/core/text/trim';

/** The definition: the regex replacements trimWith stands for. */
function byDefinition(s: string, leading: string, trailing: string): string {
  const start = new RegExp(`^[\\s${leading}]+`);
  const end = new RegExp(`[\\s${trailing}]+$`);
  return s.replace(start, '').replace(end, '');
}

const text = fc
  .array(fc.constantFrom('。', '；', ';', ':', '：', '，', ',', ' ', '\u3000', '\n', '≥', '9', '5', '%', '次', 'a'), {
    maxLength: 20,
  })
  .map((p) => p.join(''));

describe('trimWith', () => {
  it('agrees with its regex definition', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string()),
        fc.constantFrom('', ':：', '。；;'),
        fc.constantFrom('', '，,；;。', '。.'),
        (s, leading, trailing) => expect(trimWith(s, leading, trailing)).toBe(byDefinition(s, leading, trailing)),
      ),
      { numRuns: 3000 },
    );
  });

  it('trims whitespace at both ends and only the given punctuation', () => {
    expect(trimWith('：≥95% 。；', ':：', '。；')).toBe('≥95%');
    expect(trimWith('。≥95%', '', '。')).toBe('。≥95%');
    expect(trimWith('　；；　', '', '；')).toBe('');
  });
});
