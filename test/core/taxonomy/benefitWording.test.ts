import { CORPUS_SOURCES } from '../../../src/core/taxonomy/corpus';
import { measuresExecution, speaksOfEcology } from '../../../src/core/taxonomy/benefitWording';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { validate } from '../../../src/core/validate';
import { indicator, project } from '../../helpers/projects';

describe('效益 wording that states no effect', () => {
  it.each([
    ['与委托运营方合同完成率', true], // 上海普陀 2022: the only 社会效益, 30 of 100 points
    ['项目实施情况', true], // 四川昭化 2021: filed as 可持续影响
    ['经费使用完成情况', true],
    ['工程建设进度', true],
    ['困难生完成学业率', false], // an effect on students
    ['义务教育优质均衡发展情况', false],
    ['设施使用率', false],
    ['对推动基建项目“四项制度”健全和落实的持续性影响', false],
  ])('%s measures the project’s own execution: %s', (name, expected) => {
    expect(measuresExecution(name)).toBe(expected);
  });

  it.each([
    ['对控制基建项目成本影响程度', false], // 安徽池州棠溪 2022, filed as 生态效益
    ['食品安全指标达标率', false],
    ['优化对外贸易环境', false],
    ['保护生态环境卫生', true],
    ['低温、低氧、低剂量科学保粮率', true],
    ['新增和改善灌溉达标面积', true],
    ['优化安置小区生活环境,提高居民生活质量', true],
    ['病害减少,防治病虫害使用的化学农药量较上年减少', true],
    // Air, energy, water and wildlife, as 生态效益 is filed: never questioned.
    ['城区蓝天天数', true],
    ['PM2.5年均浓度', true],
    ['清洁能源使用率', true],
    ['光伏年发电量', true],
    ['野生动物救护数量', true],
    ['鱼苗增殖放流', true],
    ['矿山复绿面积', true],
    ['农村改厕覆盖率', true],
  ])('%s speaks of the environment: %s', (text, expected) => {
    expect(speaksOfEcology(text)).toBe(expected);
  });

  it('over the labelled corpus, the 效益 rows these words question are exactly rows marked misfiled', () => {
    const questioned = CORPUS_SOURCES.flatMap((s) => s.rows).filter(
      ([level1, level2, name, target]) =>
        level1 === '效益指标' &&
        (measuresExecution(name) || (level2 === '生态效益指标' && !speaksOfEcology(`${name} ${target}`))),
    );
    expect(questioned.length).toBeGreaterThan(0);
    expect(questioned.filter((row) => !row[4]?.startsWith('misfiled:'))).toEqual([]);
  });

  it('MISCLASSIFIED_INDICATOR for them, a warning with the reason', () => {
    const p = project('场馆委托运营', [
      indicator('产出指标', '数量指标', '与委托运营方结算完成率', '=100%', 13),
      indicator('效益指标', '社会效益指标', '与委托运营方合同完成率', '=100%', 16),
      indicator('效益指标', '生态效益指标', '对控制基建项目成本影响程度', '效果明显', 21),
      indicator('效益指标', '可持续影响指标', '项目实施情况', '良好', 26),
    ]);
    const found = validate(
      { sheets: [], projects: [p], listTables: [], selfEvaluations: [], recognitionFindings: [] },
      DEFAULT_PROFILE,
    ).filter((f) => f.code === 'MISCLASSIFIED_INDICATOR');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([
      ['warning', '社会效益指标', '产出指标（按考核内容归入数量、质量或时效指标）'],
      ['warning', '生态效益指标', '经济效益指标'],
      ['warning', '可持续影响指标', '产出指标（按考核内容归入数量、质量或时效指标）'],
    ]);
    expect(found[1].message).toBe(
      '指标“对控制基建项目成本影响程度”填在生态效益指标下，按其表述应归入经济效益指标（依据：表述不涉及生态环境）',
    );
  });
});
