import { recognizeWorkbook } from '../../../src/core/recognize';
import { validate } from '../../../src/core/validate';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { mergedSheet, unmergedSheet } from './sampleGrid';

/**
 * A transposed table as Fujian's county transfer tables print it (docs/LAYOUTS.md): indicators as columns
 * under their 一级 / 二级 labels, one row per 项目单位 with its own targets. Made-up values.
 */
const ROWS = [
  ['2020年扶贫开发项目绩效目标表', '', '', '', ''],
  ['项目单位', '产出指标', '', '', '效益指标'],
  ['', '质量指标', '数量指标', '时效指标', '社会效益指标'],
  ['', '资金投向合规率', '扶持村数', '完成时间', '受益农户数'],
  ['龙门滩镇', '100%', '2个', '2020年12月底前', '≥120户'],
  ['葛坑镇', '100%', '1个', '2020年12月底前', '≥60户'],
];

describe.each([
  ['unmerged', unmergedSheet],
  ['merged', mergedSheet],
])('a transposed table (%s)', (_, build) => {
  const model = recognizeWorkbook({ sheets: [build('表', ROWS)] });
  const [project] = model.projects;

  it('is one project named by its title, the form name left off', () => {
    expect(model.projects).toHaveLength(1);
    expect(project).toMatchObject({ name: '2020年扶贫开发项目', layout: 'form' });
  });

  it('reads each column as an indicator under its 一级 and 二级', () => {
    expect(project.indicators.map((i) => [i.level1, i.level2, i.level3, i.cell])).toEqual([
      ['产出指标', '质量指标', '资金投向合规率', 'B4'],
      ['产出指标', '数量指标', '扶持村数', 'C4'],
      ['产出指标', '时效指标', '完成时间', 'D4'],
      ['效益指标', '社会效益指标', '受益农户数', 'E4'],
    ]);
  });

  it('joins the towns’ targets: one value when all agree, each town’s otherwise', () => {
    expect(project.indicators.map((i) => i.target.raw)).toEqual([
      '100%',
      '龙门滩镇:2个；葛坑镇:1个',
      '2020年12月底前',
      '龙门滩镇:≥120户；葛坑镇:≥60户',
    ]);
    expect(project.indicators[0].targetCell).toBe('B5');
  });

  it('raises no missing target where every town has one', () => {
    const codes = validate(model, DEFAULT_PROFILE).map((f) => f.code);
    expect(codes).not.toContain('MISSING_TARGET');
    expect(codes).toContain('MISSING_LEVEL1');
  });
});
