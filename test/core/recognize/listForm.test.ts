import type { CellScalar, SheetGrid } from '../../../src/core/grid/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { mergedSheet, sampleRows, unmergedSheet } from './sampleGrid';

const rows = sampleRows('baiyun-emergency-2023-project-targets.txt');
const PROJECT_ROWS = Array.from({ length: 16 }, (_, i) => 12 + i);

/** Amount cells as numbers, the way a workbook stores them. */
const withNumbers = (r: string[][]): CellScalar[][] =>
  r.map((row) => row.map((v) => (/^[\d,]+\.\d+$/.test(v) ? Number(v.replace(/,/g, '')) : v)));

describe.each([
  ['unmerged, text amounts', () => unmergedSheet('目标表', rows)],
  ['merged, numeric amounts', () => mergedSheet('目标表', withNumbers(rows))],
] as [string, () => SheetGrid][])('layout A, 白云区 list (%s)', (_, build) => {
  const model = recognizeWorkbook({ sheets: [build()] });

  it('finds the 16 projects, the unit subtotal and 合计', () => {
    expect(model.projects).toHaveLength(16);
    expect(model.projects.map((p) => p.cell)).toEqual(PROJECT_ROWS.map((r) => `A${r}`));
    expect(model.projects[0]).toMatchObject({
      id: '目标表!A12',
      name: '队伍装备基础设施建设专项经费',
      layout: 'list',
      unit: '广州市白云区应急管理局(本级)',
      department: '广州市白云区应急管理局(本级)',
      indicatorsCell: 'G12',
    });
    const [table] = model.listTables;
    expect(table.headerRow).toBe(8);
    expect(table.grandTotal).toMatchObject({ label: '合计', row: 9, total: { value: 1594.68, cell: 'B10' } });
    expect(table.units).toHaveLength(1);
    expect(table.units[0].subtotal).toMatchObject({
      label: '广州市白云区应急管理局(本级)',
      total: { value: 1594.68, cell: 'B11' },
    });
    expect(table.units[0].projectIds).toEqual(model.projects.map((p) => p.id));
    const sum = table.units[0].projectRows.reduce((s, r) => s + (r.total.value ?? 0), 0);
    expect(sum).toBeCloseTo(1594.68, 6);
    expect(model.sheets[0]).toMatchObject({ layouts: ['list'], projectCount: 16 });
  });

  it('reads each project’s amounts, goal and budget split', () => {
    const p = model.projects.find((x) => x.name === '广州市白云区事故灾难应急救援系统建设项目')!;
    expect(p.budget.total).toMatchObject({ value: 688.57, cell: 'B25' });
    expect(p.budget.fiscal).toMatchObject({ value: 688.57, cell: 'C25' });
    expect(p.budget.fiscalSpecial).toEqual({ value: null, raw: '', cell: 'D25' });
    expect(p.budget.other).toEqual({ value: null, raw: '', cell: 'E25' });
    expect(p.goal?.cell).toBe('F25');
    expect(p.goal?.text).toMatch(/^根据白云区信息化总体建设规划/);
  });

  it('parses every indicator of the indicators cell, keeping its cell and inferring 二级', () => {
    for (const p of model.projects) {
      const cellText = rows[p.rowSpan.first][6];
      expect(p.indicators).toHaveLength(cellText.match(/年度指标值/g)!.length);
      expect(p.indicators.map((i) => i.ordinal)).toEqual(p.indicators.map((_, k) => k + 1));
      for (const i of p.indicators) {
        expect(i.cell).toBe(p.indicatorsCell);
        expect(i.targetCell).toBe(p.indicatorsCell);
        expect(i.level1).not.toBeNull();
        expect(i.level2Raw).toBe('');
        expect(i.level2Inferred).toBe(true);
        expect(i.inference?.level2).toBe(i.level2);
      }
    }
    const first = model.projects[0].indicators[0];
    expect(first).toMatchObject({ level1: '效益指标', level1Raw: '效益指标', level3: '设备故障误工时数' });
    expect(first.target).toMatchObject({ raw: '≤ 10 小时', kind: 'numeric', value: 10 });
    expect(model.recognitionFindings).toEqual([]);
  });
});

describe('layout A variants', () => {
  const header = [
    '绩效\n指标',
    '项目名称\n（资金使用单位）',
    '其他\n资金',
    '总 计',
    '财政\n拨款',
    '财政专户\n拨款',
    '绩效目标',
  ];
  const coded =
    '1、1-产出指标；13-时效指标；资金拨付及时率；实施周期指标值:100%；年度指标值:≥95%。2、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥90%；年度指标值:≥90%。';

  it('finds columns by label in any order, with line breaks in labels, amounts in 元, coded dialect', () => {
    const sheet = unmergedSheet('list', [
      ['2024年项目支出绩效目标表'],
      ['单位：元'],
      header,
      ['', '合计', '', '800000', '800000', '', ''],
      ['', '某区应急管理局', '', '800,000', '800000', '', ''],
      [coded, '道路监测系统', 0, 800000, 800000, null, '完成监测点建设'],
    ]);
    const model = recognizeWorkbook({ sheets: [sheet] });
    const [p] = model.projects;
    expect(p).toMatchObject({ name: '道路监测系统', cell: 'B6', indicatorsCell: 'A6', unit: '某区应急管理局' });
    expect(p.budget.total?.value).toBe(80);
    expect(p.budget.fiscal?.value).toBe(80);
    expect(p.budget.other?.value).toBe(0);
    expect(model.listTables[0].grandTotal?.total).toEqual({ value: 80, raw: '800000', cell: 'D4' });
    expect(model.listTables[0].units[0].subtotal?.total.value).toBe(80);
    expect(p.indicators.map((i) => [i.level1, i.level2, i.level2Inferred, i.level3])).toEqual([
      ['产出指标', '时效指标', false, '资金拨付及时率'],
      ['满意度指标', '服务对象满意度指标', false, '群众满意度'],
    ]);
    expect(p.indicators[0].periodTarget?.raw).toContain('100%');
    expect(p.indicators[0].target.raw).toContain('95%');
  });

  it('reads a two-row header (资金来源 over the funding columns) and projects with no unit row', () => {
    const sheet = unmergedSheet('list', [
      ['项目名称', '资金来源', '', '', '', '绩效目标', '绩效指标'],
      ['', '总计', '财政拨款', '财政专户拨款', '其他资金', '', ''],
      ['项目甲', '69.2万', '69.2万', '', '', '目标', '1、产出指标：采购数量，年度指标值：≥3台。'],
      ['注：金额单位万元'],
    ]);
    const model = recognizeWorkbook({ sheets: [sheet] });
    expect(model.projects.map((p) => [p.name, p.budget.total?.value, p.indicators.length])).toEqual([
      ['项目甲', 69.2, 1],
    ]);
    expect(model.listTables[0].units).toEqual([
      { projectIds: ['list!A3'], projectRows: [expect.objectContaining({ label: '项目甲', row: 2 })] },
    ]);
    expect(model.recognitionFindings).toEqual([]);
  });

  it('reports a row with amounts but no name as unrecognized', () => {
    const sheet = unmergedSheet('list', [
      ['项目名称', '总计', '财政拨款', '绩效目标', '绩效指标'],
      ['', '12', '12', '', ''],
    ]);
    const model = recognizeWorkbook({ sheets: [sheet] });
    expect(model.recognitionFindings.map((f) => [f.code, f.cell])).toEqual([
      ['UNRECOGNIZED_CONTENT', 'B2'],
      ['UNRECOGNIZED_CONTENT', 'C2'],
    ]);
  });
});
