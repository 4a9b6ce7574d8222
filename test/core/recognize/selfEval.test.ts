import { recognizeWorkbook } from '../../../src/core/recognize';
import { DEPT_SELF_EVAL, SELF_EVAL_OK } from '../../../scripts/samples/data/madeUp';
import { mergedSheet, unmergedSheet } from './sampleGrid';

/** SPEC §3 D and E: the bundled sample sheets (scripts/samples/data/madeUp.ts). */
const FORM_D = SELF_EVAL_OK;
const TABLE_E = DEPT_SELF_EVAL;

describe.each([
  ['unmerged', unmergedSheet],
  ['merged', mergedSheet],
])('layout D, project self-evaluation (%s)', (_, build) => {
  const model = recognizeWorkbook({ sheets: [build('自评', FORM_D)] });
  const [e] = model.selfEvaluations;

  it('is one project self-evaluation with header fields', () => {
    expect(model.projects).toEqual([]);
    expect(model.selfEvaluations).toHaveLength(1);
    expect(e).toMatchObject({
      id: '自评!B3',
      kind: 'project',
      name: '应急指挥中心运维费',
      department: '高新区应急管理局',
      unit: '高新区应急管理局',
      rowSpan: { first: 0, last: 17 },
    });
    expect(model.sheets[0]).toMatchObject({ layouts: ['self-eval'], projectCount: 0, selfEvaluationCount: 1 });
  });

  it('reads the 项目资金 rows', () => {
    expect(e.funds.map((f) => f.label)).toEqual(['年度资金总额', '其中:财政拨款', '其他资金']);
    expect(e.funds[0]).toMatchObject({
      row: 5,
      initialBudget: { value: 26, cell: 'C6' },
      fullYearBudget: { value: 26, cell: 'D6' },
      executed: { value: 12.42, cell: 'E6' },
      weight: { value: 10, cell: 'F6' },
      rate: { value: 47.78, raw: '47.78%', cell: 'G6' },
      score: { value: 4.78, cell: 'H6' },
    });
    expect(e.funds[2].executed).toEqual({ value: null, raw: '', cell: 'E8' });
  });

  it('reads goals, scored indicators, 总分 and 等级', () => {
    expect(e.expectedGoal).toEqual({
      text: '确保应急指挥中心发挥统筹协调、应急处突能力,保证指挥系统运转正常',
      cell: 'B10',
    });
    expect(e.actualGoal).toEqual({ text: '指挥中心全年运转正常,故障均已修复', cell: 'E10' });
    expect(
      e.indicators.map((i) => [
        i.level1,
        i.level2,
        i.level3,
        i.target.raw,
        i.actual.raw,
        i.weight.value,
        i.score.value,
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '硬件维护数量', '≥30个', '32个', 20, 20],
      ['产出指标', '质量指标', '系统故障率', '≤5%', '3%', 15, 15],
      ['产出指标', '时效指标', '系统故障修复处理时间', '≤24小时', '30小时', 15, 12],
      ['效益指标', '可持续影响指标', '系统正常使用年限', '≥5年', '5年', 30, 30],
      ['满意度指标', '服务对象满意度指标', '区应急局对应急指挥系统满意率', '≥95%', '97%', 10, 10],
    ]);
    expect(e.indicators[2]).toMatchObject({
      cell: 'D14',
      targetCell: 'E14',
      actualCell: 'F14',
      weight: { cell: 'G14' },
      score: { cell: 'H14' },
      deviation: '备件到货延迟,已与供应商约定备件库存',
      row: 13,
    });
    expect(e.totalScore).toEqual({ value: 91.78, raw: '91.78', cell: 'H17' });
    expect(e.grade).toEqual({ text: '优', cell: 'B18' });
    expect(model.recognitionFindings).toEqual([]);
  });
});

describe.each([
  ['unmerged', unmergedSheet],
  ['merged', mergedSheet],
])('layout E, department self-evaluation (%s)', (_, build) => {
  const model = recognizeWorkbook({ sheets: [build('部门自评', TABLE_E)] });
  const [e] = model.selfEvaluations;

  it('reads the scored rows, 总分 and 等级', () => {
    expect(model.selfEvaluations).toHaveLength(1);
    expect(e).toMatchObject({
      kind: 'department',
      name: '广州市白云区应急管理局',
      cell: 'A1',
      id: '部门自评!A1',
      funds: [],
    });
    expect(e.indicators.map((i) => [i.level1Raw, i.level2Raw, i.weight.value, i.score.value, i.score.cell])).toEqual([
      ['履职效能', '产出', 20, 19.6, 'E4'],
      ['履职效能', '效益', 20, 20, 'E5'],
      ['履职效能', '预算执行', 10, 4.78, 'E6'],
      ['管理效率', '管理效率', 50, 47.5, 'E7'],
    ]);
    expect(e.indicators.every((i) => i.target.kind === 'empty')).toBe(true);
    expect(e.targets).toBe(false);
    expect(e.totalScore).toEqual({ value: 91.88, raw: '91.88', cell: 'E8' });
    expect(e.grade).toEqual({ text: '优', cell: 'B9' });
    expect(model.sheets[0].layouts).toEqual(['dept-self-eval']);
    expect(model.recognitionFindings).toEqual([]);
  });
});

describe('self-evaluations next to each other', () => {
  it('reads a project self-evaluation and a department table stacked on one sheet', () => {
    const model = recognizeWorkbook({ sheets: [unmergedSheet('s', [...FORM_D, [], ...TABLE_E])] });
    expect(model.selfEvaluations.map((e) => [e.kind, e.cell, e.indicators.length])).toEqual([
      ['project', 'B3', 5],
      ['department', 'A20', 4],
    ]);
  });
});

describe('the funds table ends where another block begins', () => {
  it('stops at 资金管理情况 (words, no figures, under the amounts) and reads the indicators below', () => {
    const model = recognizeWorkbook({
      sheets: [
        unmergedSheet('转移支付自评', [
          ['医疗救助补助资金转移支付项目绩效目标自评表'],
          ['转移支付(项目)名称', '', '医疗救助补助资金'],
          ['资金投入情况(万元)', '', '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
          ['', '年度资金总额:', '3359.62万', '3359.62万', '100%'],
          ['', '其中:中央财政资金', '829.3万', '829.3万', '100%'],
          ['', '彩票公益金用于医疗救助', 0, 0, '—'],
          ['资金管理情况', '', '情况说明', '', '存在问题和改进措施'],
          ['', '分配科学性', '资金分配科学', '', '暂无'],
          ['总体目标完成情况', '总体目标', '', '', '全年实际完成情况'],
          ['', '改善困难群众就医待遇', '', '', '惠及11万人次'],
          ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施'],
          ['', '产出指标', '数量指标', '享受医疗救助人次', '≥50000人次', 110406],
        ]),
      ],
    });
    const [e] = model.selfEvaluations;
    expect(e.funds.map((f) => [f.label, f.fullYearBudget?.value ?? null])).toEqual([
      ['年度资金总额:', 3359.62],
      ['其中:中央财政资金', 829.3],
      ['彩票公益金用于医疗救助', 0],
    ]);
    expect(e.indicators.map((i) => [i.level2, i.level3, i.target.raw])).toEqual([
      ['数量指标', '享受医疗救助人次', '≥50000人次'],
    ]);
  });
});

describe('a self-evaluation whose indicator table has no rows', () => {
  it('is read as far as it goes and said to be partly read, not passed in silence', () => {
    const model = recognizeWorkbook({
      sheets: [
        unmergedSheet('截断', [
          ['就业补助资金绩效自评表'],
          ['转移支付(项目)名称', '', '就业补助资金'],
          ['资金投入情况(万元)', '', '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
          ['', '年度资金总额:', 808.1, 692.98, '86%'],
          ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施'],
        ]),
      ],
    });
    expect(model.selfEvaluations.map((e) => [e.name, e.funds.length, e.indicators.length])).toEqual([
      ['就业补助资金', 1, 0],
    ]);
    expect(model.recognitionFindings.map((f) => [f.code, f.cell])).toEqual([['PARTLY_READ', 'C2']]);
  });
});
