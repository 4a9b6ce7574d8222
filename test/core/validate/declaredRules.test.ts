import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CATALOGUE, type FindingCode } from '../../../src/core/findings/catalogue';
import { gridFromValues, type CellScalar } from '../../../src/core/grid/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { RULES, validate } from '../../../src/core/validate';
import type { Rule } from '../../../src/core/validate/rule';
import { readXlsx } from '../../../src/xlsx/read';
import { atlasFixtures, atlasGrid } from '../../helpers/atlas';

/** Codes the recognizers raise (not rules). */
const RECOGNITION: FindingCode[] = [
  'UNRECOGNIZED_CONTENT',
  'PARTLY_READ',
  'NO_TARGET_SHEET',
  'MISPLACED_LABEL',
  'MISSING_INDICATOR_NAME',
  'SHEET_TRUNCATED',
  'RECOGNITION_FAILED',
];

describe('rules are declared', () => {
  it('every catalogue code is raised by a recognizer or declared by a rule', () => {
    const declared = new Set<string>([...RECOGNITION, ...RULES.flatMap((r) => r.codes)]);
    expect(Object.keys(CATALOGUE).filter((c) => !declared.has(c))).toEqual([]);
  });

  it('each rule emits only the codes it declares, on every published table of the fixtures', async () => {
    const real = join(__dirname, '..', '..', 'fixtures', 'real-world');
    const grids = [
      ...(await Promise.all(
        readdirSync(join(real, 'cases')).map((f) => readXlsx(readFileSync(join(real, 'cases', f)))),
      )),
      ...(await Promise.all(
        readdirSync(join(real, 'minimal')).map((f) => readXlsx(readFileSync(join(real, 'minimal', f)))),
      )),
      ...atlasFixtures().map(atlasGrid),
    ];
    let checked = 0;
    for (const grid of grids) {
      const model = recognizeWorkbook(grid);
      for (const rule of RULES) {
        const only = validate(model, DEFAULT_PROFILE, [rule as Rule]);
        checked += only.length;
        expect(only.filter((f) => !rule.codes.includes(f.code as FindingCode)).map((f) => f.code)).toEqual([]);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

const run = (rows: CellScalar[][]) => {
  const model = recognizeWorkbook({ sheets: [gridFromValues('表', rows)] });
  return validate(model, DEFAULT_PROFILE);
};

describe('weights a target table states (targetWeights)', () => {
  const form = (outputWeights: [number, number]): CellScalar[][] => [
    ['项目名称', '再生资源回收市场管理经费'],
    ['年度目标', '聘用人员1人'],
    ['绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)'],
    ['一级指标', '二级指标', '三级指标', '目标值', '分值'],
    ['产出指标', '数量指标', '出差人次', '24人次', outputWeights[0]],
    ['产出指标', '时效指标', '按时完成率', '100%', outputWeights[1]],
    ['效益指标', '社会效益指标', '资源循环利用率', '≥95%', 30],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', 10],
  ];

  it('checks each 一级 against the weight the sheet states for it', () => {
    expect(run(form([25, 25])).filter((f) => f.code === 'WEIGHT_SUM_MISMATCH')).toEqual([]);
    const [f] = run(form([25, 20])).filter((f) => f.code === 'WEIGHT_SUM_MISMATCH');
    expect(f).toMatchObject({
      cell: 'A3',
      expected: '50',
      actual: '45',
      message: '产出指标分值合计应为 50，实际为 45',
    });
  });
});

describe('mid-year monitoring (monitoring rule)', () => {
  const table = (outlook: string, deviation: string): CellScalar[][] => [
    ['项目名称', '申遗经费'],
    ['项目资金(万元)', '', '年初预算数', '1-6月执行数'],
    ['', '年度资金总额:', 220, 40],
    ['绩效指标', '一级指标', '二级指标', '指标名称', '指标值', '半年度指标执行情况', '完成目标可能性'],
    ['', '产出指标', '数量指标', '举办活动场次', '≥10场', '已举办3场', outlook],
    ['偏差或不能完成目标原因分析', deviation],
  ];

  it('spending far behind the share of the year gone is reported, with the month', () => {
    const f = run(table('确定能', '')).find((x) => x.code === 'PROGRESS_BEHIND_PLAN');
    expect(f).toMatchObject({ cell: 'D3', expected: '50%', actual: '18.2%' });
    expect(f?.message).toBe('截至6月底已执行 18.2%，低于序时进度 50%');
  });

  it('an outlook of 有可能/不可能 needs the deviation analysis filled in', () => {
    expect(
      run(table('有可能', ''))
        .filter((f) => f.code === 'DEVIATION_REASON_MISSING')
        .map((f) => f.cell),
    ).toEqual(['G5']);
    expect(
      run(table('有可能', '场地改造推迟，下半年集中举办')).filter((f) => f.code === 'DEVIATION_REASON_MISSING'),
    ).toEqual([]);
  });
});

describe('a spending plan against the 时效 deadline (spendingPlan)', () => {
  const form = (plan: string[]): CellScalar[][] => [
    ['项目编码', '', '项目名称', '道路监测系统'],
    ['预算规模及资金用途', '预算数', '80万', '其中：财政资金', '80万', '其他资金', ''],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
    ['', ...plan],
    ['绩效目标', '目标1', '完成监测点建设并投入运行'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    ['产出指标', '数量指标', '监测点数量', '新建道路监测点', '≥40个', '项目方案'],
    ['', '时效指标', '完工时间', '系统上线时间', '12月底前', '合同'],
  ];

  it('100% spent by 3月底 for work due by 12月底 is said; a plan that follows the work is not', () => {
    const early = run(form(['100%', '100%', '100%', '100%'])).filter((f) => f.code === 'SPENDING_PLAN_INVALID');
    expect(early).toEqual([expect.objectContaining({ cell: 'B4', severity: 'warning' })]);
    expect(run(form(['20%', '50%', '90%', '100%'])).filter((f) => f.code === 'SPENDING_PLAN_INVALID')).toEqual([]);
  });
});
