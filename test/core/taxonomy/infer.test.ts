import { parseTarget } from '../../../src/core/parse/targetValue';
import { inferLevel2, rankLevel2, suggestReclassification } from '../../../src/core/taxonomy/infer';
import { normalizeLevel1, normalizeLevel2 } from '../../../src/core/taxonomy/labels';
import { gaoxinIndicators } from '../../helpers/samples';

describe('category labels', () => {
  it('normalize synonyms, codes and line breaks', () => {
    expect(normalizeLevel1('效果指标')).toBe('效益指标');
    expect(normalizeLevel1('产出\n指标')).toBe('产出指标');
    expect(normalizeLevel1('1-产出指标')).toBe('产出指标');
    expect(normalizeLevel2('可持续性影响')).toBe('可持续影响指标');
    expect(normalizeLevel2('社会效益指标')).toBe('社会效益指标');
    expect(normalizeLevel2('13-时效指标')).toBe('时效指标');
    expect(normalizeLevel2('服务对象满意度')).toBe('服务对象满意度指标');
    expect(normalizeLevel2('效率指标')).toBeNull();
  });
});

describe('二级 inference from wording', () => {
  const indicators = gaoxinIndicators();

  it('recovers the filed 二级 of the 高新区 forms with the codes stripped (accuracy ≥ 0.85)', () => {
    const misses = indicators.filter(
      (i) => inferLevel2(i.level3, i.level1, parseTarget(i.target))?.level2 !== i.level2,
    );
    const accuracy = 1 - misses.length / indicators.length;
    if (accuracy < 0.9)
      console.info(
        `二级 inference accuracy ${accuracy.toFixed(3)}; misses:\n${misses.map((m) => `  ${m.level2} ${m.level3}`).join('\n')}`,
      );
    expect(indicators.length).toBeGreaterThan(60);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps the matched words and a confidence', () => {
    const inf = inferLevel2('系统建设完成及时率', '产出指标', parseTarget('100%'));
    expect(inf).toMatchObject({ level2: '时效指标', matched: expect.arrayContaining(['及时率']) });
    expect(inf!.confidence).toBeGreaterThan(0.5);
    expect(inferLevel2('群众满意度', '满意度指标')).toMatchObject({ level2: '服务对象满意度指标' });
    expect(inferLevel2('预算成本控制率', '产出指标')?.level2).toBe('成本指标');
    expect(inferLevel2('完全未知的表述', '效益指标')).toMatchObject({ level2: '社会效益指标', matched: [] });
  });

  it('ranks candidates across 一级, best first', () => {
    expect(rankLevel2('系统故障修复响应时间').map((r) => r.level2)[0]).toBe('时效指标');
    expect(rankLevel2('设备故障误工时数')).toEqual([]); // no hint: the 一级's usual 二级 applies
    expect(rankLevel2('使用单位满意度')[0].level2).toBe('服务对象满意度指标');
  });
});

describe('reclassification suggestions', () => {
  it('flag wording filed under another 二级', () => {
    expect(suggestReclassification('执法服装使用年限', '时效指标', parseTarget('≥3年'))?.level2).toBe('可持续影响指标');
    expect(suggestReclassification('资金使用金额', '质量指标', parseTarget('≤80万'))?.level2).toBe('成本指标');
  });

  it('do not flag the correctly filed indicators of the 高新区 forms', () => {
    const flagged = gaoxinIndicators()
      .filter((i) => suggestReclassification(i.level3, i.level2, parseTarget(i.target)))
      .map((i) => i.level3);
    expect(flagged).toEqual(['执法服装使用年限']);
  });
});
