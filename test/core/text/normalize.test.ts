import fc from 'fast-check';
import { normalizeText } from '../../../src/core/text/normalize';
import { labelKey } from '../../../src/core/vocabulary/labelKey';

/** LaTeX noise and its plain replacement, applied in order: the definition normalizeText's one pass must agree with. */
const LATEX: readonly [RegExp, string][] = [
  [/\\geqslant|\\geq|\\ge\b/g, '≥'],
  [/\\leqslant|\\leq|\\le\b/g, '≤'],
  [/\\%/g, '%'],
  [/\\times/g, '×'],
  [/\\text\{([^}]*)\}/g, '$1'],
  [/\\mathrm\{([^}]*)\}/g, '$1'],
  [/\\[,;!]/g, ''],
  [/\$/g, ''],
];

/** The definition, as plain regex replacements over the LaTeX table, that normalizeText's fast paths must agree with. */
function byDefinition(s: string): string {
  const LOOK_ALIKES: Record<string, string> = { '≧': '≥', '≦': '≤', '⩾': '≥', '⩽': '≤', '〜': '~', '\u3000': ' ' };
  let out = s
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[≧≦⩾⩽〜\u3000]/g, (ch) => LOOK_ALIKES[ch]);
  for (const [re, rep] of LATEX) out = out.replace(re, rep);
  return out.replace(/\s+/g, ' ').trim();
}

/** Strings built from the characters that matter: full-width, look-alikes, LaTeX, every kind of space. */
const noisyText = fc
  .array(
    fc.constantFrom(
      '\\text{次}',
      '\\,',
      '＼ｇｅｑ',
      '9',
      '8',
      '%',
      '≥',
      '＞',
      '９',
      '％',
      '≧',
      '～',
      '\u3000',
      '\u00a0',
      ' ',
      '  ',
      '\n',
      '\t',
      '$',
      '\\geq ',
      '\\%',
      '\\le',
      '\\leqslant',
      '\\ge',
      '\\times',
      '\\!',
      '{',
      '}',
      '\\mathrm{',
      '年',
      '：',
      ':',
      'a',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('normalizeText', () => {
  it('agrees with its definition on text full of the characters it rewrites', () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, fc.string(), fc.string({ unit: 'binary' })), (s) =>
        expect(normalizeText(s)).toBe(byDefinition(s)),
      ),
      { numRuns: 5000 },
    );
    const long = '１、产出指标：　数量，年度指标值：≧９５％\n'.repeat(2000);
    expect(normalizeText(long)).toBe(byDefinition(long));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, fc.string({ unit: 'binary' })), (s) =>
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s)),
      ),
    );
  });

  it('turns OCR and full-width noise into plain symbols', () => {
    expect(normalizeText('$\\geq 98\\%$')).toBe('≥ 98%');
    expect(normalizeText('　≧９５％ ')).toBe('≥95%');
    expect(normalizeText('按时\n\n完成')).toBe('按时 完成');
  });

  it('keeps lone surrogates and characters beyond the BMP as they are', () => {
    expect(normalizeText('\ud800（１）\udfff')).toBe('\ud800(1)\udfff');
    expect(normalizeText('\ufeff（１）')).toBe('(1)');
    expect(normalizeText('𠀀（１）')).toBe('𠀀(1)');
  });
});

describe('labelKey', () => {
  it('drops every space and a trailing colon', () => {
    expect(labelKey('项目名称（资金\n使用单位）：')).toBe('项目名称(资金使用单位)');
    expect(labelKey(' 绩效 指标 : ')).toBe('绩效指标');
    expect(labelKey('年度目标')).toBe('年度目标');
  });
});
