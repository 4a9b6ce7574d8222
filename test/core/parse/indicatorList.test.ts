import fc from 'fast-check';
import { parseIndicatorList } from '../../../src/core/parse/indicatorList';
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
    expect(items[0]).toMatchObject({ ordinal: 1, level1Raw: '效益指标', level2Raw: '', level3: '设备故障误工时数', annualRaw: '≤ 10 小时' });
    expect(items[3]).toMatchObject({ ordinal: 4, level3: '购买办公设备的数量', annualRaw: '采购台式电脑12台,便携式计算机5台,碎纸机3台,装订机1台,复印机1台' });
    expect(items[2].annualRaw).toBe('≥ 98%');
  });

  it('reads the coded dialect with 实施周期 and 年度 values', () => {
    const { items } = parseIndicatorList('1、1-产出指标；13-时效指标；资金拨付及时率；实施周期指标值:100%；年度指标值:≥95%。2、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥90%；年度指标值:≥90%。');
    expect(items).toMatchObject([
      { ordinal: 1, level1Raw: '1-产出指标', level2Raw: '13-时效指标', level3: '资金拨付及时率', periodRaw: '100%', annualRaw: '≥95%' },
      { ordinal: 2, level1Raw: '3-满意度指标', level2Raw: '31-服务对象满意度', level3: '群众满意度', periodRaw: '≥90%', annualRaw: '≥90%' },
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
});
