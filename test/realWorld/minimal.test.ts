/**
 * The minimal sheets of test/fixtures/real-world/minimal: each stands for a kind of fault seen on real
 * sheets; each test states the right reading from the fixtures' README.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook, type CheckResult } from '../../src/core/engine';
import type { Finding } from '../../src/core/findings/finding';
import { readXlsx } from '../../src/xlsx/read';

const MINIMAL = join(__dirname, '..', 'fixtures', 'real-world', 'minimal');

async function check(name: string): Promise<CheckResult> {
  return checkWorkbook(await readXlsx(readFileSync(join(MINIMAL, `${name}.xlsx`))));
}

const codesAt = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.cell);
const errors = (findings: Finding[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell}`);
const levels = (r: CheckResult) =>
  r.model.projects.flatMap((p) => p.indicators.map((i) => [i.level1, i.level2, i.level3]));

describe('minimal sheets of real faults', () => {
  it('hunan-form-labels: 项目支出名称, 年度本级预算金额 "250万", 本年度绩效目标; satisfaction under 效益 is 满意度', async () => {
    const r = await check('hunan-form-labels');
    const [p] = r.model.projects;
    expect(p.name).toBe('雾炮车降尘抑尘服务');
    expect(p.budget.annual?.value ?? p.budget.total?.value).toBe(250);
    expect(p.goal?.text || p.annualGoal?.text).toMatch(/雾炮车/);
    expect(p.indicators.find((i) => i.level3 === '市民满意度')).toMatchObject({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
    });
    expect(codesAt(r.findings, 'MISSING_LEVEL1')).toEqual([]);
    expect(codesAt(r.findings, 'MISSING_GOAL')).toEqual([]);
  });

  it('annual-goal-only: a 年度绩效目标 is a goal', async () => {
    const r = await check('annual-goal-only');
    expect(r.model.projects[0].annualGoal?.text).toMatch(/聘用人员/);
    expect(codesAt(r.findings, 'MISSING_GOAL')).toEqual([]);
  });

  it('list-one-indicator-per-row: two projects with merged name, budget (元) and goal, three indicators each', async () => {
    const r = await check('list-one-indicator-per-row');
    expect(r.model.projects.map((p) => [p.name, p.budget.total?.value, p.indicators.length])).toEqual([
      ['村组干部报酬', 330.984, 3],
      ['基层组织活动经费', 66, 3],
    ]);
    expect(r.model.projects[0].indicators.map((i) => i.target.raw)).toEqual(['≥230人', '≥95%', '≥95%']);
  });

  it('separate-unit-columns: comparator and unit columns joined; the cost target above the budget', async () => {
    const r = await check('separate-unit-columns');
    expect(r.model.projects[0].indicators.map((i) => i.target.raw)).toEqual(['≥230人', '≤400万元', '≥95%', '≥95%']);
    expect(codesAt(r.findings, 'COST_EXCEEDS_BUDGET')).toEqual(['E4']);
  });

  it('value-type-column: 指标值类型 is never the target; 应保尽保 is vague; name from 部门(单位)名称', async () => {
    const r = await check('value-type-column');
    const [p] = r.model.projects;
    expect(p.name).toBe('岳阳楼区价格认证鉴定中心');
    expect(p.indicators.map((i) => i.target.raw)).toEqual(['100%', '应保尽保', '90%']);
    expect(codesAt(r.findings, 'VAGUE_TARGET')).toEqual(['E4']);
  });

  it('form-level1-weight-suffix: 一级 labels with their weight read as 产出/效益/满意度', async () => {
    const r = await check('form-level1-weight-suffix');
    expect(levels(r).map((l) => l[0])).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(codesAt(r.findings, 'MISSING_LEVEL1')).toEqual([]);
  });

  it('selfeval-level1-weight-suffix: 一级 set on every row of a national 自评表', async () => {
    const r = await check('selfeval-level1-weight-suffix');
    expect(r.model.selfEvaluations[0].indicators.map((i) => i.level1)).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  it("category-variants: real templates' category names mapped; 经济成本指标 under 产出 stays a mismatch", async () => {
    const r = await check('category-variants');
    expect(levels(r).map((l) => [l[0], l[1]])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '时效指标'],
      ['产出指标', '经济成本指标'],
      ['效益指标', expect.stringMatching(/^(社会|经济|生态)效益指标$/)],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    expect(codesAt(r.findings, 'LEVEL2_PARENT_MISMATCH')).toEqual(['C5']);
    expect(codesAt(r.findings, 'UNKNOWN_CATEGORY')).toEqual([]);
  });

  it('hubei-two-level-table: categories in the 一级 column, indicators in the 二级 column, 一级 inferred', async () => {
    const r = await check('hubei-two-level-table');
    const ind = r.model.projects[0].indicators;
    expect(ind.map((i) => [i.level1, i.level3, i.target.raw])).toEqual([
      ['产出指标', '大楼安检巡察次数', '200次'],
      ['产出指标', '重要设备维修维保验收合格率', '95%'],
      ['效益指标', '办公秩序保障', '正常'],
      ['满意度指标', '服务对象满意度', '≥90%'],
    ]);
    expect(ind.slice(0, 2).map((i) => i.level2)).toEqual(['数量指标', '质量指标']);
    expect(codesAt(r.findings, 'VAGUE_TARGET')).toEqual(['D5']);
  });

  it('long-and-annual-blocks: one project; annual targets checked, long-term ones kept as 实施期 values', async () => {
    const r = await check('long-and-annual-blocks');
    expect(r.model.projects).toHaveLength(1);
    expect(r.model.projects[0].indicators.map((i) => [i.level3, i.target.raw, i.periodTarget?.raw])).toEqual([
      ['改造道路里程', '≥10公里', '≥50公里'],
      ['群众出行条件改善', '≥90%', '≥90%'],
      ['群众满意度', '≥90%', '≥90%'],
    ]);
  });

  it('empty-indicator-names: a finding per nameless row, no indicator named ""', async () => {
    const r = await check('empty-indicator-names');
    expect(r.model.projects[0].indicators).toEqual([]);
    expect(codesAt(r.findings, 'MISSING_INDICATOR_NAME')).toEqual(['D3', 'D4', 'D5']);
    expect(codesAt(r.findings, 'MISSING_LEVEL1')).toEqual([]);
  });

  it('date-targets: a period is a time target; a date stored as a number is read as the date, and its display reported', async () => {
    const r = await check('date-targets');
    const [period, date] = r.model.projects[0].indicators;
    expect(period.target).toMatchObject({ kind: 'deadline', from: { year: 2023, month: 7 }, year: 2024, month: 1 });
    expect(date.target).toMatchObject({ kind: 'deadline', year: 2021, month: 12, day: 31 });
    expect(r.findings.find((f) => f.code === 'DATE_SHOWN_AS_NUMBER')).toMatchObject({ cell: 'D4', actual: '44,561' });
  });

  it('vague-words: 优良, 及时, 符合相关规定, 应保尽保, 效果明显 are all unmeasurable', async () => {
    const r = await check('vague-words');
    expect(codesAt(r.findings, 'VAGUE_TARGET')).toEqual(['D4', 'D5', 'D6', 'D7', 'D8']);
  });

  it('misclass-suggestion: the 满意程度 belongs with 满意度 (空气质量 is no 质量 cue); 项目维持时效 stays 可持续影响', async () => {
    const r = await check('misclass-suggestion');
    const misfiled = r.findings.filter((f) => f.code === 'MISCLASSIFIED_INDICATOR');
    expect(misfiled.map((f) => [f.cell, f.expected])).toEqual([['C4', '服务对象满意度指标']]);
  });

  it('cost-composition-total: budget 814 from the 合计; the 2020 实际执行数 合计 662.98 ≠ 662.88', async () => {
    const r = await check('cost-composition-total');
    expect(r.model.projects[0].budget.total?.value).toBe(814);
    expect(r.findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['E6', '662.88 万元', '662.98 万元'],
    ]);
  });

  it('selfeval-unchecked: total ≠ its parts, a score without target or actual, 效果明显 vague; never "no problems"', async () => {
    const r = await check('selfeval-unchecked');
    expect(codesAt(r.findings, 'TOTAL_MISMATCH').length).toBeGreaterThan(0);
    expect(codesAt(r.findings, 'MISSING_TARGET')).toEqual(['E6']);
    expect(r.findings.find((f) => f.code === 'SCORE_RULE_MISMATCH' && f.cell === 'H6')).toMatchObject({
      expected: '0',
    });
    expect(codesAt(r.findings, 'VAGUE_TARGET')).toEqual(['E7']);
  });

  it('sichuan-selfeval-columns: 调整后预算数 and 权重 read; 125.945 / 251.89 = 50%, so 执行率 100% and 得分 10 are wrong', async () => {
    const r = await check('sichuan-selfeval-columns');
    const [e] = r.model.selfEvaluations;
    expect(e.funds[0]).toMatchObject({ fullYearBudget: { value: 251.89 }, weight: { value: 10 } });
    expect(r.findings.find((f) => f.code === 'EXECUTION_RATE_MISMATCH')).toMatchObject({
      expected: '50%',
      actual: '100%',
    });
    expect(r.findings.find((f) => f.code === 'SCORE_RULE_MISMATCH' && f.cell === 'H3')).toMatchObject({
      expected: '5',
    });
    expect(codesAt(r.findings, 'SCORE_SUM_MISMATCH')).toEqual([]);
  });

  it('dept-selfeval-flat: a department self-evaluation; 政府采购执行率 72.74% of 100% with full 2 points → 1.45', async () => {
    const r = await check('dept-selfeval-flat');
    expect(r.model.selfEvaluations[0].kind).toBe('department');
    expect(r.findings.find((f) => f.code === 'SCORE_RULE_MISMATCH')).toMatchObject({ expected: '1.45', actual: '2' });
  });

  it('dept-evaluation-framework: a scored evaluation, not a target sheet: no target or category findings', async () => {
    const r = await check('dept-evaluation-framework');
    expect(r.model.projects).toEqual([]);
    expect(r.model.selfEvaluations[0]).toMatchObject({ kind: 'department', targets: false });
    expect(r.findings.filter((f) => /TARGET|LEVEL|CATEGORY/.test(f.code))).toEqual([]);
    expect(errors(r.findings)).toEqual([]);
  });
});
