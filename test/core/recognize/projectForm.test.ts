import { parseAddress } from '../../../src/core/grid/address';
import type { SheetGrid } from '../../../src/core/grid/grid';
import type { Project } from '../../../src/core/model/project';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { normalizeText } from '../../../src/core/text/normalize';
import { mergedSheet, sampleRows, unmergedSheet } from './sampleGrid';

const FILE = 'gaoxin-emergency-2023-project-forms.txt';
const rows = sampleRows(FILE);

const NAMES = [
  '00安全生产监管第三方服务经费',
  '农村住房保险保费补贴(区级配套)',
  '森林防火物资采购',
  '通信网络资源租用费用',
  '应急管理局执法服装采购经费',
  '应急救援储备物资采购',
  '应急局工作业务经费',
  '应急局规划编制经费',
  '应急指挥中心运维费',
];
const INDICATOR_COUNTS = [8, 7, 8, 7, 7, 7, 8, 7, 7];

/** Text of the sample at an A1 address, as the recognizer normalizes it. */
const sampleText = (cell: string) => {
  const { row, col } = parseAddress(cell);
  return normalizeText(rows[row]?.[col] ?? '');
};

describe.each([
  ['unmerged', unmergedSheet],
  ['merged', mergedSheet],
] as [string, (name: string, r: string[][]) => SheetGrid][])(
  'layout B, 高新区 forms stacked on one sheet (%s)',
  (_, build) => {
    const model = recognizeWorkbook({ sheets: [build('项目', rows)] });
    const byName = (name: string): Project => model.projects.find((p) => p.name === name)!;

    it('finds all 9 forms with their names, cells and layout', () => {
      expect(model.projects.map((p) => p.name)).toEqual(NAMES);
      expect(model.projects.map((p) => p.indicators.length)).toEqual(INDICATOR_COUNTS);
      expect(model.projects.every((p) => p.layout === 'form')).toBe(true);
      expect(model.projects[0]).toMatchObject({ id: '项目!B13', cell: 'B13', sheet: '项目' });
      expect(model.sheets).toEqual([{ name: '项目', layouts: ['form'], projectCount: 9, selfEvaluationCount: 0 }]);
    });

    it('reads the key/value block, 资金投入 and 绩效目标', () => {
      const p = model.projects[0];
      expect(p).toMatchObject({
        period: '2023年1月至2023年12月',
        multiYear: false,
        department: '高新区应急管理局',
        unit: '高新区应急管理局',
      });
      expect(p.budget).toEqual({
        total: { value: 102.9, raw: '102.9', cell: 'C15' },
        annual: { value: 102.9, raw: '102.9', cell: 'E15' },
        fiscal: { value: 102.9, raw: '102.9', cell: 'C16' },
        annualFiscal: { value: 102.9, raw: '102.9', cell: 'E16' },
        other: { value: null, raw: '', cell: 'C17' },
        annualOther: { value: null, raw: '', cell: 'E17' },
      });
      expect(p.goal?.cell).toBe('B19');
      expect(p.goal?.text).toMatch(/^依据高新区应急管理局职责职能要求/);
      expect(p.annualGoal?.cell).toBe('D19');
      expect(byName('应急局规划编制经费').budget.annual?.value).toBe(6);
      expect(p.indicatorsCell).toBe('A20');
    });

    it('keeps 一级/二级 across blank continuation cells and reads targets from the header column', () => {
      const p = model.projects[0];
      expect(p.indicators.map((i) => [i.level1, i.level2, i.level3, i.target.raw, i.cell, i.targetCell])).toEqual([
        ['产出指标', '数量指标', '统筹开展全区安全培训', '≥30次', 'C21', 'E21'],
        ['产出指标', '数量指标', '统筹开展各类安全检查', '≥1000次', 'C22', 'E22'],
        ['产出指标', '数量指标', '高新区安全生产评测报告数量', '12个', 'C23', 'E23'],
        ['产出指标', '质量指标', '安全检查抽查覆盖率', '≥30%', 'C24', 'E24'],
        ['产出指标', '质量指标', '第三方服务政府采购率', '100%', 'C25', 'E25'],
        ['产出指标', '时效指标', '安全生产隐患整改及时率', '≥98%', 'C26', 'E26'],
        ['效益指标', '社会效益指标', '安全生产事故率', '降低', 'C27', 'E27'],
        ['满意度指标', '服务对象满意度指标', '区应急管理局对第三方服务满意度', '≥95%', 'C28', 'E28'],
      ]);
      // The second form puts 年度指标值 in column D.
      expect(byName('农村住房保险保费补贴(区级配套)').indicators[0]).toMatchObject({
        targetCell: 'D48',
        level3: '参保户数',
      });
      expect(byName('应急管理局执法服装采购经费').indicators[4]).toMatchObject({
        level2: '时效指标',
        level3: '执法服装使用年限',
      });
    });

    it('every indicator points at the sample cell holding its 三级 name and its target', () => {
      for (const p of model.projects) {
        for (const i of p.indicators) {
          expect(sampleText(i.cell)).toBe(i.level3);
          expect(sampleText(i.targetCell)).toBe(normalizeText(i.target.raw));
          expect(i.level1).not.toBeNull();
          expect(i.level2).not.toBeNull();
          expect(i.level2Inferred).toBe(false);
        }
      }
    });

    it('recognizes 森林防火物资采购’s shifted row and reports each misplaced label', () => {
      const items = byName('森林防火物资采购').indicators;
      expect(items.slice(4).map((i) => [i.level1, i.level2, i.level3, i.target.kind, i.cell, i.targetCell])).toEqual([
        ['产出指标', '时效指标', '装备采购及时性', 'numeric', 'C78', 'E78'],
        ['效益指标', '社会效益指标', '装备利用率', 'empty', 'D79', 'E79'],
        ['效益指标', '可持续影响指标', '装备使用年限', 'numeric', 'C80', 'E80'],
        ['满意度指标', '服务对象满意度指标', '消防队员对采购装备使用满意度', 'numeric', 'C81', 'E81'],
      ]);
      const misplaced = model.recognitionFindings.filter((f) => f.code === 'MISPLACED_LABEL');
      expect(misplaced.map((f) => [f.cell, f.expected, f.actual, f.severity, f.project])).toEqual([
        ['B79', '一级指标', '二级指标', 'warning', '森林防火物资采购'],
        ['C79', '二级指标', '三级指标', 'warning', '森林防火物资采购'],
        ['A80', '二级指标', '一级指标', 'warning', '森林防火物资采购'],
      ]);
      expect(misplaced[2].indicator).toBe('效益指标/可持续影响指标/装备使用年限');
      expect(misplaced[0].message).toBe('“效益指标”填在了二级指标列，应在一级指标列');
      expect(model.recognitionFindings).toHaveLength(3);
    });

    it('spans each project over its title block and table', () => {
      expect(model.projects[1].rowSpan).toEqual({ first: 29, last: 53 });
    });
  },
);

describe('layout B, one form per sheet', () => {
  it('reads each sheet on its own and numbers cells per sheet', () => {
    const first = rows.slice(0, 28);
    const third = rows.slice(57, 81);
    const model = recognizeWorkbook({ sheets: [unmergedSheet('表1', first), mergedSheet('表3', third)] });
    expect(model.projects.map((p) => p.id)).toEqual(['表1!B13', '表3!B9']);
    expect(model.projects[1].indicators).toHaveLength(8);
    expect(model.recognitionFindings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['表3!B22', '表3!C22', '表3!A23']);
  });
});

describe('layout B, noisy rows', () => {
  it('reports text that fits no column of the indicator table as UNRECOGNIZED_CONTENT', () => {
    const form = rows.slice(12, 28).map((r) => [...r]);
    form[9] = [...form[9], '多余内容'];
    const model = recognizeWorkbook({ sheets: [unmergedSheet('噪声', form)] });
    expect(model.projects[0].indicators).toHaveLength(8);
    expect(model.recognitionFindings.map((f) => [f.code, f.cell, f.actual, f.project])).toEqual([
      ['UNRECOGNIZED_CONTENT', 'F10', '多余内容', '00安全生产监管第三方服务经费'],
    ]);
  });

  it('gives the merged variant real merges (so both variants are exercised)', () => {
    const merged = mergedSheet('项目', rows);
    expect(merged.merges).toEqual(
      expect.arrayContaining([
        { top: 20, left: 0, bottom: 25, right: 0 },
        { top: 20, left: 2, bottom: 20, right: 3 },
      ]),
    );
    expect(unmergedSheet('项目', rows).merges).toEqual([]);
  });
});
