import type { Finding } from '../../../src/core/findings/finding';
import type { Amount, ListTable, Project } from '../../../src/core/model/project';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { validate } from '../../../src/core/validate';
import { indicator, project } from '../../helpers/projects';

const amount = (value: number | null, cell: string): Amount => ({
  value,
  raw: value === null ? '' : String(value),
  cell,
});

/** A fully correct form project: every category, measurable targets, consistent amounts. */
function clean(): Project {
  return project('应急指挥中心运维费', [
    indicator('产出指标', '数量指标', '硬件维护数量', '≥30个', 12),
    indicator('产出指标', '质量指标', '系统故障率', '≤5%', 13),
    indicator('产出指标', '时效指标', '系统故障修复响应时间', '≤30分钟', 14),
    indicator('产出指标', '成本指标', '运维费用', '≤26万元', 15),
    indicator('效益指标', '社会效益指标', '突发事件处置及时率', '≥95%', 16),
    indicator('效益指标', '可持续影响指标', '系统正常使用年限', '≥5年', 17),
    indicator('满意度指标', '服务对象满意度指标', '区应急局满意率', '≥95%', 18),
  ]);
}

const run = (...projects: Project[]) =>
  validate({ sheets: [], projects, listTables: [], selfEvaluations: [], recognitionFindings: [] }, DEFAULT_PROFILE);
const codes = (fs: Finding[]) => fs.map((f) => f.code);
const without = (p: Project, level3: string): Project => ({
  ...p,
  indicators: p.indicators.filter((i) => i.level3 !== level3),
});
const withTarget = (p: Project, level3: string, target: string): Project => ({
  ...p,
  indicators: p.indicators.map((i) =>
    i.level3 === level3 ? indicator(i.level1Raw, i.level2Raw, i.level3, target) : i,
  ),
});

describe('a clean, correct project', () => {
  it('raises nothing', () => {
    expect(run(clean())).toEqual([]);
  });
});

describe('completeness', () => {
  it('MISSING_LEVEL1 when 满意度 is absent (a warning by default, expected = the 一级)', () => {
    const [f] = run(without(clean(), '区应急局满意率'));
    expect(f).toMatchObject({
      code: 'MISSING_LEVEL1',
      severity: 'warning',
      expected: '满意度指标',
      cell: 'A12',
      project: '应急指挥中心运维费',
    });
    expect(f.messageEn).toContain('satisfaction');
  });

  it('a project without any indicator misses all three 一级', () => {
    expect(run({ ...clean(), indicators: [] }).map((f) => f.expected)).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  it('MISSING_LEVEL2 for 时效 and 成本 (warning, expected = the canonical 二级)', () => {
    const fs = run(without(without(clean(), '系统故障修复响应时间'), '运维费用'));
    expect(fs.map((f) => [f.code, f.severity, f.expected])).toEqual([
      ['MISSING_LEVEL2', 'warning', '时效指标'],
      ['MISSING_LEVEL2', 'warning', '成本指标'],
    ]);
  });

  it('MISSING_LEVEL2 可持续影响 for a lasting project; required by the profile', () => {
    const p = without(clean(), '系统正常使用年限');
    expect(run({ ...p, name: '会议保障经费' })).toEqual([]);
    expect(run({ ...p, name: '应急指挥系统建设' })[0]).toMatchObject({
      code: 'MISSING_LEVEL2',
      expected: '可持续影响指标',
      severity: 'warning',
    });
    const strict = validate(
      {
        sheets: [],
        projects: [{ ...p, name: '会议保障经费' }],
        listTables: [],
        selfEvaluations: [],
        recognitionFindings: [],
      },
      { ...DEFAULT_PROFILE, requireSustainability: true },
    );
    expect(strict[0]).toMatchObject({ code: 'MISSING_LEVEL2', severity: 'error' });
  });

  it('a 一级 成本指标 (newer guidance) satisfies 成本', () => {
    const p = without(clean(), '运维费用');
    p.indicators.push(indicator('成本指标', '经济成本指标', '运维成本', '≤26万元'));
    expect(run(p)).toEqual([]);
  });

  it('MISSING_TARGET and MISSING_GOAL', () => {
    const p = withTarget(clean(), '硬件维护数量', '');
    expect(run(p).map((f) => [f.code, f.cell, f.indicator])).toEqual([
      ['MISSING_TARGET', 'E10', '产出指标/数量指标/硬件维护数量'],
    ]);
    expect(codes(run({ ...clean(), goal: undefined }))).toEqual(['MISSING_GOAL']);
  });
});

describe('classification', () => {
  it('MISCLASSIFIED_INDICATOR with the suggested 二级', () => {
    const p = clean();
    p.indicators.push(indicator('产出指标', '时效指标', '执法服装使用年限', '≥3年', 20));
    expect(run(p)[0]).toMatchObject({
      code: 'MISCLASSIFIED_INDICATOR',
      expected: '可持续影响指标',
      actual: '时效指标',
      cell: 'C20',
    });
  });

  it('UNKNOWN_CATEGORY for labels that are no category; synonyms pass silently', () => {
    const p = clean();
    p.indicators.push(indicator('产出指标', '效率指标', '审批办结率', '≥95%', 21));
    p.indicators.push(indicator('效果指标', '可持续性影响', '长效机制', '建立', 22));
    expect(run(p).map((f) => [f.code, f.actual])).toEqual([['UNKNOWN_CATEGORY', '效率指标']]);
  });

  it('LEVEL2_PARENT_MISMATCH for a 二级 under the wrong 一级', () => {
    const p = clean();
    p.indicators.push(indicator('产出指标', '社会效益指标', '安全事故率', '≤1%', 23));
    expect(run(p)[0]).toMatchObject({ code: 'LEVEL2_PARENT_MISMATCH', expected: '效益指标', actual: '社会效益指标' });
  });
});

describe('targets', () => {
  it('VAGUE_TARGET with a quantified suggestion', () => {
    expect(run(withTarget(clean(), '突发事件处置及时率', '明显提升'))[0]).toMatchObject({
      code: 'VAGUE_TARGET',
      actual: '明显提升',
      expected: '≥95%',
    });
    // The suggestion in the language of the message: Chinese as the expected value, English in the English message.
    const cost = run(withTarget(clean(), '运维费用', '合理控制')).find((f) => f.code === 'VAGUE_TARGET')!;
    expect(cost).toMatchObject({ code: 'VAGUE_TARGET', expected: '≤N万元（或单位成本≤N元）' });
    expect(cost.messageEn).toContain('quantify it, e.g. ≤N 万元 (or a unit cost ≤N 元)');
  });

  it('TARGET_OUT_OF_RANGE for >100%, negative counts, ≤0-style targets', () => {
    expect(run(withTarget(clean(), '突发事件处置及时率', '≥120%'))[0]).toMatchObject({
      code: 'TARGET_OUT_OF_RANGE',
      severity: 'error',
    });
    expect(run(withTarget(clean(), '硬件维护数量', '-3个'))[0]).toMatchObject({
      code: 'TARGET_OUT_OF_RANGE',
      severity: 'error',
    });
    expect(run(withTarget(clean(), '系统故障率', '<0%'))[0]).toMatchObject({
      code: 'TARGET_OUT_OF_RANGE',
      severity: 'warning',
    });
    expect(run(withTarget(clean(), '系统故障率', '≤100%'))).toEqual([]);
  });

  it('DIRECTION_CONTRADICTS_WORDING for 满意度 ≤ and 故障率 ≥', () => {
    expect(run(withTarget(clean(), '区应急局满意率', '≤90%'))[0]).toMatchObject({
      code: 'DIRECTION_CONTRADICTS_WORDING',
      expected: '≥90%',
    });
    expect(run(withTarget(clean(), '系统故障率', '≥5%'))[0]).toMatchObject({
      code: 'DIRECTION_CONTRADICTS_WORDING',
      expected: '≤5%',
    });
  });

  it('DUPLICATE_INDICATOR on the repeat', () => {
    const p = clean();
    p.indicators.push(indicator('产出指标', '数量指标', '硬件维护 数量', '≥31个', 25));
    expect(run(p)[0]).toMatchObject({ code: 'DUPLICATE_INDICATOR', cell: 'C25' });
  });
});

describe('amounts', () => {
  it('TOTAL_MISMATCH when 金额 ≠ 财政拨款 + 其他资金, within 0.005 万元 tolerance', () => {
    const p = clean();
    p.budget = {
      total: amount(26, 'C7'),
      fiscal: amount(20, 'C8'),
      other: amount(5.99, 'C9'),
      annual: amount(26, 'E7'),
    };
    expect(run(p)[0]).toMatchObject({ code: 'TOTAL_MISMATCH', cell: 'C7', expected: '25.99 万元', actual: '26 万元' });
    p.budget.other = amount(5.996, 'C9');
    expect(run(p)).toEqual([]);
  });

  it('IMPLEMENTATION_LESS_THAN_ANNUAL', () => {
    const p = clean();
    p.budget = { total: amount(20, 'C7'), annual: amount(26, 'E7') };
    expect(run(p)[0]).toMatchObject({ code: 'IMPLEMENTATION_LESS_THAN_ANNUAL', cell: 'C7' });
  });

  it('COST_EXCEEDS_BUDGET in 万元 and in 元', () => {
    expect(run(withTarget(clean(), '运维费用', '≤30万元'))[0]).toMatchObject({
      code: 'COST_EXCEEDS_BUDGET',
      expected: '26 万元',
    });
    expect(codes(run(withTarget(clean(), '运维费用', '≤300000元')))).toEqual(['COST_EXCEEDS_BUDGET']);
    expect(run(withTarget(clean(), '运维费用', '≤250000元'))).toEqual([]);
  });

  it('COST_EXCEEDS_BUDGET over a unit cost allows for the rounding of its printed figure', () => {
    // 天津宁河 2020: 补贴标准 71.86元/平方米 over 26970.7平方米 is 193.81万元 against a budget of 193.8万元.
    const rent = (standard: string) => {
      const p = project('非营利性民办园房租补贴', [
        ...clean().indicators.filter((i) => i.level3 !== '运维费用'),
        indicator('产出指标', '数量指标', '补贴民办园租用面积', '26970.7平方米', 19),
        indicator('产出指标', '成本指标', '补贴标准', standard, 20),
      ]);
      p.budget = { total: amount(193.8, 'E4') };
      return run(p).filter((f) => f.code === 'COST_EXCEEDS_BUDGET');
    };
    expect(rent('71.86元/平方米')).toEqual([]);
    expect(rent('72元/平方米')).toHaveLength(1);
  });

  it('SPENDING_PLAN_INVALID: decreasing, over 100, not 100% by December, blanks as warnings', () => {
    const plan = (percents: (number | null)[]) => ({
      ...clean(),
      spendingPlan: percents.map((percent, i) => ({
        label: ['3月底', '6月底', '10月底', '12月底'][i],
        month: [3, 6, 10, 12][i],
        percent,
        raw: percent === null ? '' : `${percent}%`,
        cell: `${'BCDE'[i]}6`,
      })),
    });
    expect(run(plan([20, 50, 90, 100]))).toEqual([]);
    expect(run(plan([30, 60, 50, 90])).map((f) => [f.cell, f.severity])).toEqual([
      ['D6', 'error'],
      ['E6', 'error'],
    ]);
    expect(run(plan([20, 120, 90, 100]))[0]).toMatchObject({ cell: 'C6', actual: '120%' });
    expect(run(plan([20, null, 90, 100]))[0]).toMatchObject({
      code: 'SPENDING_PLAN_INVALID',
      severity: 'warning',
      cell: 'C6',
    });
  });
});

describe('amounts that are not numbers', () => {
  const unreadable = (raw: string, cell: string): Amount => ({ value: null, raw, cell });

  it('AMOUNT_NOT_NUMBER for a formula error, a date and text; no TOTAL_MISMATCH over the unreadable part', () => {
    const p = clean();
    p.budget = {
      total: amount(26, 'C7'),
      fiscal: unreadable('#REF!', 'C8'),
      other: amount(5, 'C9'),
      annual: unreadable('2023-12-31', 'E7'),
      annualFiscal: unreadable('四十万', 'E8'),
    };
    const fs = run(p);
    expect(fs.map((f) => [f.code, f.cell, f.severity, f.actual, f.expected])).toEqual([
      ['AMOUNT_NOT_NUMBER', 'C8', 'error', '#REF!', '数字'],
      ['AMOUNT_NOT_NUMBER', 'E7', 'error', '2023-12-31', '数字'],
      ['AMOUNT_NOT_NUMBER', 'E8', 'error', '四十万', '数字'],
    ]);
    expect(fs[0].message).toBe('财政拨款应为数字，实际为“#REF!”（公式错误），无法参与核对');
    expect(fs[1].messageEn).toBe(
      'The annual amount should be a number but is "2023-12-31" (a date); it cannot be checked',
    );
    expect(fs[0].project).toBe('应急指挥中心运维费');
  });

  it('dashes and 无 are blanks, not defects; a merged cell standing for two fields is reported once', () => {
    const p = clean();
    p.budget = {
      total: amount(26, 'C7'),
      fiscal: amount(26, 'C8'),
      other: unreadable('—', 'C9'),
      annualOther: unreadable(' 无 ', 'E9'),
    };
    expect(run(p)).toEqual([]);
    p.budget = { total: unreadable('#DIV/0!', 'C7'), annual: unreadable('#DIV/0!', 'C7') };
    expect(codes(run(p))).toEqual(['AMOUNT_NOT_NUMBER']);
  });

  it('a spending-plan point holding text is AMOUNT_NOT_NUMBER, not “未填写”', () => {
    const p = { ...clean(), spendingPlan: [{ label: '12月底', month: 12, percent: null, raw: '全部', cell: 'E6' }] };
    expect(run(p).map((f) => [f.code, f.cell])).toEqual([['AMOUNT_NOT_NUMBER', 'E6']]);
  });
});

describe('list-form totals', () => {
  const row = (label: string, r: number, total: number, fiscal: number, other: number | null = null) => ({
    label,
    row: r,
    total: amount(total, `B${r + 1}`),
    fiscal: amount(fiscal, `C${r + 1}`),
    fiscalSpecial: amount(null, `D${r + 1}`),
    other: amount(other, `E${r + 1}`),
  });
  const table = (grand: number, sub: number, projects: [number, number][]): ListTable => ({
    sheet: '表',
    headerRow: 3,
    grandTotal: row('合计', 4, grand, grand),
    units: [
      {
        subtotal: row('某局', 5, sub, sub),
        projectIds: projects.map((_, i) => `表!A${7 + i}`),
        projectRows: projects.map(([t, f], i) => row(`项目${i}`, 6 + i, t, f)),
      },
    ],
  });
  const check = (t: ListTable) =>
    validate(
      { sheets: [], projects: [], listTables: [t], selfEvaluations: [], recognitionFindings: [] },
      DEFAULT_PROFILE,
    );

  it('合计 = Σ 小计 = Σ projects passes', () => {
    expect(
      check(
        table(30.5, 30.5, [
          [10.25, 10.25],
          [20.25, 20.25],
        ]),
      ),
    ).toEqual([]);
  });

  it('an unreadable 小计 is reported once and its sums are not checked', () => {
    const t = table(30.5, 30.5, [
      [10.25, 10.25],
      [20.25, 20.25],
    ]);
    t.units[0].subtotal!.total = { value: null, raw: '#VALUE!', cell: 'B6' };
    expect(check(t).map((f) => [f.code, f.cell, f.message])).toEqual([
      ['AMOUNT_NOT_NUMBER', 'B6', '“某局”总计应为数字，实际为“#VALUE!”（公式错误），无法参与核对'],
    ]);
  });

  it('TOTAL_MISMATCH on 合计, on a 小计 and on a project row whose sources do not add up', () => {
    expect(
      check(
        table(31, 30.5, [
          [10.25, 10.25],
          [20.25, 20.25],
        ]),
      ).map((f) => f.cell),
    ).toEqual(['B5', 'C5']);
    expect(
      check(
        table(
          30.5,
          30.5,
          [
            [10.25, 10.25],
            [20.25, 20.25],
          ].map(([t, f], i) => (i === 1 ? [t + 1, f] : [t, f])) as [number, number][],
        ),
      ).map((f) => f.cell),
    ).toEqual(['B6', 'B8']);
  });
});
