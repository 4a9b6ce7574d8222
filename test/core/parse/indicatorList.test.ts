import fc from 'fast-check';
import { parseIndicatorList, readIndicatorList } from '../../../src/core/parse/indicatorList';
import { baiyunProjects } from '../../helpers/samples';

describe('parseIndicatorList', () => {
  it('splits every indicators cell of the 白云区 list into its items (free-text dialect)', () => {
    const counts = baiyunProjects().map((p) => parseIndicatorList(p.indicators).items.length);
    expect(counts).toEqual([6, 6, 7, 8, 6, 6, 7, 6, 6, 4, 3, 5, 6, 6, 6, 6]);
    expect(baiyunProjects().every((p) => parseIndicatorList(p.indicators).leftovers.length === 0)).toBe(true);
  });

  it('keeps 一级, 三级 and the annual value of each item; numbers inside values are not item starts', () => {
    const [first] = baiyunProjects();
    const { items } = parseIndicatorList(first.indicators);
    expect(items[0]).toMatchObject({
      ordinal: 1,
      level1Raw: '效益指标',
      level2Raw: '',
      level3: '设备故障误工时数',
      annualRaw: '≤ 10 小时',
    });
    expect(items[3]).toMatchObject({
      ordinal: 4,
      level3: '购买办公设备的数量',
      annualRaw: '采购台式电脑12台,便携式计算机5台,碎纸机3台,装订机1台,复印机1台',
    });
    expect(items[2].annualRaw).toBe('≥ 98%');
  });

  it('reads the coded dialect with 实施周期 and 年度 values', () => {
    const { items } = parseIndicatorList(
      '1、1-产出指标；13-时效指标；资金拨付及时率；实施周期指标值:100%；年度指标值:≥95%。2、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥90%；年度指标值:≥90%。',
    );
    expect(items).toMatchObject([
      {
        ordinal: 1,
        level1Raw: '1-产出指标',
        level2Raw: '13-时效指标',
        level3: '资金拨付及时率',
        periodRaw: '100%',
        annualRaw: '≥95%',
      },
      {
        ordinal: 2,
        level1Raw: '3-满意度指标',
        level2Raw: '31-服务对象满意度',
        level3: '群众满意度',
        periodRaw: '≥90%',
        annualRaw: '≥90%',
      },
    ]);
  });

  it('returns text that is no indicator as leftovers', () => {
    expect(parseIndicatorList('详见附件')).toEqual({ items: [], leftovers: ['详见附件'] });
    expect(parseIndicatorList('')).toEqual({ items: [], leftovers: [] });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseIndicatorList(s);
        expect(Array.isArray(r.items)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds item starts exactly where the definition (a lookbehind-led regex) does', () => {
    // The item-start pattern as first written: tried at every position.
    const definition =
      /(?:^|(?<=[。；;\s]))(\d{1,6})\s*[、.．]\s*(?=(?:\d{1,2}\s*[-－—]\s*)?(?:产出|效益|效果|满意度|成本|社会|经济|生态|可持续|服务对象|数量|质量|时效))/g;
    const expected = (text: string) => {
      const starts = [...text.matchAll(definition)].map((m) => ({
        at: m.index,
        bodyAt: m.index + m[0].length,
        ordinal: Number(m[1]),
      }));
      // With no start the whole text is one candidate item.
      if (starts.length === 0) return text ? [{ ordinal: undefined, body: text }] : [];
      return starts
        .map((s, i) => ({ ordinal: s.ordinal, body: text.slice(s.bodyAt, starts[i + 1]?.at).trim() }))
        .filter((x) => x.body);
    };
    const pieces = fc.constantFrom(
      '1',
      '2',
      '12',
      '123',
      '、',
      '.',
      '．',
      ' ',
      '。',
      '；',
      ';',
      '\n',
      '产出指标:',
      '效益',
      '3-',
      '满意度',
      '台',
      'a',
      '1、',
      '10.',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
        (text) => {
          const actual = readIndicatorList(text, (body) => body || null).items.map(({ ordinal, value }) => ({
            ordinal,
            body: value,
          }));
          expect(actual).toEqual(expected(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
