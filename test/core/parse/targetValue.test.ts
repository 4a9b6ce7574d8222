import fc from 'fast-check';
import { formatTarget, parseTarget } from '../../../src/core/parse/targetValue';

describe('parseTarget: the target grammar of SPEC §4', () => {
  it.each([
    ['≤ 10 小时', '<=', 10, '小时'],
    ['$\\geq 98\\%$', '>=', 98, '%'],
    ['$\\leq 100\\%$', '<=', 100, '%'],
    ['≥９５％', '>=', 95, '%'],
    ['＞95%', '>', 95, '%'],
    ['≧90%', '>=', 90, '%'],
    ['90%或以上', '>=', 90, '%'],
    ['不低于95%', '>=', 95, '%'],
    ['不超过80万', '<=', 80, '万元'],
    ['≥10万页', '>=', 10, '万页'],
    ['1,000个', '=', 1000, '个'],
    ['1次/月', '=', 1, '次/月'],
    ['≤1‰', '<=', 1, '‰'],
    ['0.2%', '=', 0.2, '%'],
  ])('%s → %s %d %s', (raw, comparator, value, unit) => {
    expect(parseTarget(raw)).toMatchObject({ kind: 'numeric', raw, comparator, value, unit });
  });

  it('keeps the words around a quantity as its label, with 达到 as ≥', () => {
    expect(parseTarget('抗洪抢险等应急事件处置率达到100%')).toMatchObject({
      comparator: '>=',
      value: 100,
      unit: '%',
      label: '抗洪抢险等应急事件处置率',
    });
    expect(parseTarget('传达上级三防应急响应指挥调度指令时间 <2 小时')).toMatchObject({
      comparator: '<',
      value: 2,
      unit: '小时',
    });
  });

  it('splits composites into parts', () => {
    const t = parseTarget(' ≥ 26 次、 ≥ 13 台');
    expect(t.kind).toBe('composite');
    expect(t.kind === 'composite' && t.parts.map(formatTarget)).toEqual(['≥26次', '≥13台']);
    const office = parseTarget('采购台式电脑12台，便携式计算机5台，碎纸机3台，装订机1台，复印机1台');
    expect(office.kind === 'composite' && office.parts.map((p) => p.kind === 'numeric' && [p.label, p.value])).toEqual([
      ['采购台式电脑', 12],
      ['便携式计算机', 5],
      ['碎纸机', 3],
      ['装订机', 1],
      ['复印机', 1],
    ]);
  });

  it('reads deadlines', () => {
    expect(parseTarget('2023年全年')).toMatchObject({ kind: 'deadline', year: 2023, month: 12 });
    expect(parseTarget('12月底之前')).toMatchObject({ kind: 'deadline', month: 12 });
    expect(parseTarget('6月底前完成')).toMatchObject({ kind: 'deadline', month: 6 });
    expect(parseTarget('本年内下发')).toMatchObject({ kind: 'deadline', month: 12 });
    expect(parseTarget('1个月')).toMatchObject({ kind: 'numeric', value: 1, unit: '个月' });
  });

  it('tells measurable qualitative targets from vague ones', () => {
    for (const ok of ['是', '及时', '高清', '建立', '按时完成'])
      expect(parseTarget(ok)).toMatchObject({ kind: 'qualitative', vague: false });
    for (const vague of [
      '提升',
      '降低',
      '良好',
      '优秀',
      '有效提高',
      '有所改善',
      '明显改善',
      '提升突发事件应急响应和处置能力',
    ]) {
      expect(parseTarget(vague)).toMatchObject({ kind: 'qualitative', vague: true });
    }
    expect(parseTarget('  ')).toEqual({ raw: '  ', kind: 'empty' });
  });

  it('never throws and always keeps the raw text (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(parseTarget(s).raw).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips generated comparator + number + unit, with full-width digits, LaTeX and stray spaces', () => {
    const cmp = fc.constantFrom<[string, string]>(
      ['≥', '>='],
      ['≤', '<='],
      ['>', '>'],
      ['<', '<'],
      ['不低于', '>='],
      ['不超过', '<='],
    );
    const unit = fc.constantFrom('%', '次', '台', '家', '个', '小时', '天', '人次', '万元');
    const toFull = (s: string) => s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        cmp,
        fc.integer({ min: 0, max: 99999 }),
        fc.integer({ min: 0, max: 99 }),
        unit,
        fc.constantFrom('plain', 'full', 'latex', 'spaced'),
        ([word, comparator], int, frac, u, style) => {
          const num = frac > 0 ? `${int}.${frac}` : `${int}`;
          const value = Number(num);
          const raw =
            style === 'full'
              ? `${word}${toFull(num)}${u}`
              : style === 'latex' && word === '≥'
                ? `$\\geq ${num}${u === '%' ? '\\%' : u}$`
                : style === 'spaced'
                  ? ` ${word} ${num} ${u} `
                  : `${word}${num}${u}`;
          expect(parseTarget(raw)).toMatchObject({ kind: 'numeric', comparator, value, unit: u });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseTarget reuse of recent results', () => {
  it('gives the same typed target for a repeated text, also after more distinct texts than it keeps', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `≥${i}台`);
    const first = texts.map((t) => JSON.stringify(parseTarget(t)));
    expect(texts.map((t) => JSON.stringify(parseTarget(t)))).toEqual(first);
    expect(parseTarget('≥4999台')).toMatchObject({ kind: 'numeric', comparator: '>=', value: 4999, unit: '台' });
  });
});

describe('comparators in words, dates and periods', () => {
  it.each([
    ['大于或等于95%', '>=', 95, '%'],
    ['高于或等于80%', '>=', 80, '%'],
    ['小于或等于5%', '<=', 5, '%'],
    ['不大于3天', '<=', 3, '天'],
    ['10天以内', '<=', 10, '天'],
    ['=100百分比', '=', 100, '%'],
  ])('%s', (raw, comparator, value, unit) => {
    expect(parseTarget(raw)).toMatchObject({ kind: 'numeric', comparator, value, unit });
  });

  it('reads dates and periods as deadlines, not numbers', () => {
    expect(parseTarget('2023.07-2024.01')).toMatchObject({
      kind: 'deadline',
      from: { year: 2023, month: 7 },
      year: 2024,
      month: 1,
    });
    expect(parseTarget('2021-12-31')).toMatchObject({ kind: 'deadline', year: 2021, month: 12, day: 31 });
    expect(parseTarget('2023年4月-2024年2月')).toMatchObject({
      kind: 'deadline',
      from: { year: 2023, month: 4 },
      month: 2,
    });
    expect(parseTarget('2021.6')).toMatchObject({ kind: 'deadline', year: 2021, month: 6 });
    expect(parseTarget('44,561')).toMatchObject({ kind: 'numeric', value: 44561 });
  });
});

describe('numbers a scan misread', () => {
  it.each(['M.8万元', 'l5万元', 'O.5吨'])('%s is not read as a number', (raw) => {
    expect(parseTarget(raw).kind).not.toBe('numeric');
  });

  it('keeps numbers after words and chemical formulas', () => {
    expect(parseTarget('CO2排放≤5吨')).toMatchObject({ kind: 'numeric', comparator: '<=', value: 5, unit: '吨' });
    expect(parseTarget('0.5万元')).toMatchObject({ kind: 'numeric', value: 0.5, unit: '万元' });
  });
});

describe('code names with digits are words, not the target value', () => {
  it.each([
    ['PM2.5浓度35微克', '=', 35, '微克', 'PM2.5浓度'],
    ['PM10浓度≤70微克/立方米', '<=', 70, '微克/立方米', 'PM10浓度'],
    ['PM2.5年均浓度≤35微克/立方米', '<=', 35, '微克/立方米', 'PM2.5年均浓度'],
    ['COD排放量≤120吨', '<=', 120, '吨', 'COD排放量'],
    ['SO2排放量减少5%', '=', 5, '%', 'SO2排放量减少'],
    ['CO2减排100吨', '=', 100, '吨', 'CO2减排'],
    ['NOx排放量不超过50吨', '<=', 50, '吨', 'NOx排放量'],
    ['NH3-N排放量≤8吨', '<=', 8, '吨', 'NH3-N排放量'],
    ['H7N9监测覆盖率100%', '=', 100, '%', 'H7N9监测覆盖率'],
    ['新建5G基站20个', '=', 20, '个', '新建5G基站'],
    ['创建4A景区2个', '=', 2, '个', '创建4A景区'],
    ['3D打印机5台', '=', 5, '台', '3D打印机'],
  ])('%s', (raw, comparator, value, unit, label) => {
    expect(parseTarget(raw)).toMatchObject({ kind: 'numeric', comparator, value, unit, label });
  });

  it('reads a code name with no quantity as words, and keeps Latin units after a number', () => {
    expect(parseTarget('PM2.5')).toMatchObject({ kind: 'qualitative', text: 'PM2.5' });
    expect(parseTarget('5G网络全覆盖')).toMatchObject({ kind: 'qualitative' });
    expect(parseTarget('15GB')).toMatchObject({ kind: 'numeric', value: 15 });
    expect(parseTarget('道路5km')).toMatchObject({ kind: 'numeric', value: 5, unit: 'km' });
  });

  it('splits composites at their quantities, not at the digits of a name', () => {
    const t = parseTarget('PM2.5浓度≤35微克/立方米，PM10浓度≤70微克/立方米');
    expect(t.kind === 'composite' && t.parts.map((p) => p.kind === 'numeric' && [p.label, p.value])).toEqual([
      ['PM2.5浓度', 35],
      ['PM10浓度', 70],
    ]);
  });
});
