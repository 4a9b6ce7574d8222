import fc from 'fast-check';
import { MAX_SHEET_NAME, SheetNames } from '../../src/core/sheetNames';

describe('SheetNames', () => {
  it('keeps a free name, numbers a taken one, compares like Excel (case-insensitive)', () => {
    const names = new SheetNames(['校验报告', 'Report']);
    expect(names.claim('自评-运维费')).toBe('自评-运维费');
    expect(names.claim('校验报告')).toBe('校验报告(2)');
    expect(names.claim('校验报告')).toBe('校验报告(3)');
    expect(names.claim('REPORT')).toBe('REPORT(2)');
  });

  it('shortens a long name so the suffix fits in 31 characters', () => {
    const long = `自评-${'广州市白云区应急管理局应急指挥中心信息化运维经费'.repeat(2)}`;
    const names = new SheetNames();
    const first = names.claim(long);
    const hundredth = Array.from({ length: 99 }, () => names.claim(long)).pop()!;
    expect(first).toBe(long.slice(0, MAX_SHEET_NAME));
    expect(hundredth).toHaveLength(MAX_SHEET_NAME);
    expect(hundredth.endsWith('(100)')).toBe(true);
  });

  it('never ends a cut name in an apostrophe nor splits an emoji (both make a file Excel cannot open)', () => {
    const names = new SheetNames();
    const apostrophe = names.claim(`自评-${'某'.repeat(27)}'项目`);
    expect(apostrophe).toBe(`自评-${'某'.repeat(27)}`);
    const emoji = names.claim(`自评-${'某'.repeat(27)}😀项目`);
    // 30 characters, then an emoji of two UTF-16 units: cut before it (and numbered, the name being taken).
    expect(emoji).toBe(`自评-${'某'.repeat(25)}(2)`);
    expect(names.claim("''")).toBe('工作表');
  });

  it('10,000 projects of one name get distinct names in linear time', () => {
    const names = new SheetNames();
    const claimed = Array.from({ length: 10_000 }, () => names.claim('自评-同名项目'));
    expect(new Set(claimed).size).toBe(10_000);
  });

  it('always hands out names that are new, at most 31 characters, whatever was taken before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 })),
        fc.array(fc.string({ maxLength: 40 })),
        (existing, wanted) => {
          const names = new SheetNames(existing);
          const seen = new Set(existing.map((n) => n.toLowerCase()));
          for (const w of wanted) {
            const got = names.claim(w);
            expect(got.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
            expect(got).not.toMatch(/^'|'$|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
            expect(seen.has(got.toLowerCase())).toBe(false);
            seen.add(got.toLowerCase());
          }
        },
      ),
    );
  });
});
