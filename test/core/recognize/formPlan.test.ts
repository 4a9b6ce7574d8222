import type { CellScalar } from '../../../src/core/grid/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { mergedSheet, unmergedSheet } from './sampleGrid';

/** SPEC §3 C, made-up form with 资金支出计划 and 指标值确定依据. */
const FORM_C: CellScalar[][] = [
  ['XX项目绩效目标表'],
  ['项目编码', '', '项目名称', '道路监测系统'],
  ['预算规模及资金用途', '预算数', '80万', '其中：财政资金', '８０万', '其他资金', ''],
  ['', '资金用途说明：建设道路监测点并接入平台'],
  ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
  ['', '20%', '50%', '', '100%'],
  ['绩效目标', '目标1', '完成监测点建设并投入运行'],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
  ['产出指标', '数量指标', '监测点数量', '新建道路监测点', '≥40个', '项目方案'],
  ['', '时效指标', '完工时间', '系统上线时间', '10月底前', '合同'],
  ['', '成本指标', '建设费用', '不超过预算', '≤80万', '预算'],
  ['效果指标', '可持续性影响', '运维机制', '建立长效运维机制', '建立', '管理制度'],
  ['满意度指标', '服务对象满意度指标', '使用单位满意度', '使用单位问卷', '≥90%', '问卷'],
];

describe.each([
  ['unmerged', unmergedSheet],
  ['merged', mergedSheet],
])('layout C, form with spending plan (%s)', (_, build) => {
  const model = recognizeWorkbook({ sheets: [build('C', FORM_C)] });
  const [p] = model.projects;

  it('is a form-plan project with its budget in 万元', () => {
    expect(model.projects).toHaveLength(1);
    expect(p).toMatchObject({ id: 'C!D2', name: '道路监测系统', layout: 'form-plan', indicatorsCell: 'A8' });
    expect(p.budget.total).toEqual({ value: 80, raw: '80万', cell: 'C3' });
    expect(p.budget.fiscal).toEqual({ value: 80, raw: '８０万', cell: 'E3' });
    expect(p.budget.other).toEqual({ value: null, raw: '', cell: 'G3' });
    expect(p.goal).toEqual({ text: '完成监测点建设并投入运行', cell: 'C7' });
    expect(model.sheets[0].layouts).toEqual(['form-plan']);
  });

  it('reads the spending plan with blanks kept as null', () => {
    expect(p.spendingPlan).toEqual([
      { label: '3月底', month: 3, percent: 20, raw: '20%', cell: 'B6' },
      { label: '6月底', month: 6, percent: 50, raw: '50%', cell: 'C6' },
      { label: '10月底', month: 10, percent: null, raw: '', cell: 'D6' },
      { label: '12月底', month: 12, percent: 100, raw: '100%', cell: 'E6' },
    ]);
  });

  it('reads description and basis, normalizing synonyms of 一级/二级', () => {
    expect(p.indicators.map((i) => [i.level1, i.level2, i.level3, i.description, i.basis, i.targetCell])).toEqual([
      ['产出指标', '数量指标', '监测点数量', '新建道路监测点', '项目方案', 'E9'],
      ['产出指标', '时效指标', '完工时间', '系统上线时间', '合同', 'E10'],
      ['产出指标', '成本指标', '建设费用', '不超过预算', '预算', 'E11'],
      ['效益指标', '可持续影响指标', '运维机制', '建立长效运维机制', '管理制度', 'E12'],
      ['满意度指标', '服务对象满意度指标', '使用单位满意度', '使用单位问卷', '问卷', 'E13'],
    ]);
    expect(p.indicators[2].target.raw).toBe('≤80万');
    expect(p.indicators[3].level1Raw).toBe('效果指标');
    expect(model.recognitionFindings).toEqual([]);
  });
});

describe('layout C amounts', () => {
  it('reads bare numbers as 万元 and divides by 10000 under 单位：元', () => {
    const inYuan = [
      ['单位：元'],
      ...FORM_C.slice(1).map((r) => r.map((v) => (v === '80万' || v === '８０万' ? 800000 : v))),
    ];
    const model = recognizeWorkbook({ sheets: [unmergedSheet('C', inYuan)] });
    expect(model.projects[0].budget.total).toEqual({ value: 80, raw: '800000', cell: 'C3' });
    expect(model.projects[0].budget.fiscal?.value).toBe(80);
  });
});
