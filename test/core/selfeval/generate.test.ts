import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { planAnnotations } from '../../../src/core/annotate/plan';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { generateSelfEvalSheet, generateSelfEvalSheets } from '../../../src/core/selfeval/generate';
import {
  executionScore,
  gradeOf,
  scoreQualitative,
  scoreQuantitative,
  type Tier,
} from '../../../src/core/selfeval/scoring';
import { defaultWeights } from '../../../src/core/selfeval/weights';
import { writeAnnotatedXlsx } from '../../../src/xlsx/annotate';
import { evaluateSpec } from '../../helpers/hyperformula';
import { indicator, project } from '../../helpers/projects';

/** 应急指挥中心运维费 as filed in the 高新区 sample forms. */
const OPS = project('应急指挥中心运维费', [
  indicator('产出指标', '数量指标', '硬件维护数量', '≥30个'),
  indicator('产出指标', '数量指标', '软件维护数量', '1个'),
  indicator('产出指标', '质量指标', '系统故障率', '≤5%'),
  indicator('产出指标', '时效指标', '系统故障修复处理时间', '≤24小时'),
  indicator('产出指标', '时效指标', '系统故障修复响应时间', '≤30分钟'),
  indicator('效益指标', '可持续影响指标', '系统正常使用年限', '≥5年'),
  indicator('满意度指标', '服务对象满意度指标', '区应急局对应急指挥系统满意率', '≥95%'),
]);

// Generated layout: funds row 6, indicator rows from 12; E actual, F weight, G score, K tier, L share.
const row = (i: number) => 12 + i;

describe('generated 项目支出绩效自评表', () => {
  const spec = generateSelfEvalSheet(OPS, '自评-运维费', DEFAULT_PROFILE);

  it('copies targets and splits the national weights evenly (产出 50, 效益 30, 满意度 10, 执行率 10)', () => {
    const values = new Map(spec.cells.map((c) => [c.cell, c.value]));
    expect(values.get('D12')).toBe('≥30个');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => values.get(`F${row(i)}`))).toEqual([10, 10, 10, 10, 10, 30, 10]);
    expect(values.get('F6')).toBe(10);
  });

  it('computes, in an independent formula engine, the same scores as the core', () => {
    const sheet = evaluateSpec(spec);
    const actuals = [32, 1, 0.03, 30, 20, 5, 0.97];
    actuals.forEach((a, i) => sheet.set(`E${row(i)}`, a));
    sheet.set('E6', 12.42);
    const expected = [
      10, // 32 ≥ 30
      10, // 1 = 1
      10, // 3% ≤ 5%
      scoreQuantitative('lower', 10, 24, 30, DEFAULT_PROFILE), // 8
      10,
      30,
      10,
    ];
    expect(expected[3]).toBe(8);
    expected.forEach((e, i) => expect(sheet.value(`G${row(i)}`)).toBeCloseTo(e, 6));
    expect(sheet.value('G6')).toBeCloseTo(12.42 / 26, 9);
    expect(sheet.value('H6')).toBeCloseTo(executionScore(12.42 / 26, 10), 6);
    const total = executionScore(12.42 / 26, 10) + 88;
    expect(sheet.value(`G${row(7)}`)).toBeCloseTo(total, 6);
    expect(sheet.value(`F${row(7)}`)).toBe(100);
    expect(sheet.value(`B${row(8)}`)).toBe(gradeOf(total));
  });

  it('leaves scores blank until the actual is filled in', () => {
    const sheet = evaluateSpec(spec);
    expect(sheet.value(`G${row(0)}`)).toBe('');
    expect(sheet.value(`B${row(8)}`)).toBe('差');
  });
});

describe('scoring formulas agree with the core over random targets and actuals', () => {
  const numeric = fc.record({
    comparator: fc.constantFrom('≥', '≤'),
    target: fc.integer({ min: 1, max: 5000 }),
    actual: fc.integer({ min: 0, max: 10000 }),
    weight: fc.integer({ min: 1, max: 40 }),
  });

  it('quantitative ≥ and ≤ indicators (inverse and linear rules)', () => {
    fc.assert(
      fc.property(
        numeric,
        fc.constantFrom('inverse', 'linear') as fc.Arbitrary<'inverse' | 'linear'>,
        ({ comparator, target, actual, weight }, rule) => {
          const profile = { ...DEFAULT_PROFILE, lowerIsBetterRule: rule };
          const spec = generateSelfEvalSheet(
            project('p', [indicator('产出指标', '数量指标', '维护次数', `${comparator}${target}次`)]),
            's',
            profile,
          );
          const sheet = evaluateSpec(spec);
          sheet.set('F12', weight);
          sheet.set('E12', actual);
          const core = scoreQuantitative(comparator === '≥' ? 'higher' : 'lower', weight, target, actual, profile);
          // Both round to 2 decimals; allow one rounding unit at exact .005 float boundaries.
          expect(Math.abs((sheet.value('G12') as number) - core)).toBeLessThanOrEqual(0.01 + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('qualitative indicators by tier and reviewer share', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Tier>('达成', '部分达成', '未达成'),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (tier, pct, weight) => {
          const spec = generateSelfEvalSheet(
            project('p', [indicator('效益指标', '社会效益指标', '执法队伍形象', '提升')]),
            's',
            DEFAULT_PROFILE,
          );
          const sheet = evaluateSpec(spec);
          sheet.set('F12', weight);
          sheet.set('K12', tier);
          if (pct !== undefined) sheet.set('L12', pct / 100);
          const core = scoreQualitative(weight, tier, pct === undefined ? undefined : pct / 100);
          expect(Math.abs((sheet.value('G12') as number) - core)).toBeLessThanOrEqual(0.01 + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('scoring rules', () => {
  it('reproduce the 白云区 department report arithmetic', () => {
    expect(executionScore(0.4778, 10)).toBe(4.78);
    const performance = Math.round((19.6 + 20 + executionScore(0.4778, 10)) * 100) / 100;
    expect(performance).toBe(44.38);
    const total = Math.round((performance + 47.5) * 100) / 100;
    expect(total).toBe(91.88);
    expect(gradeOf(total)).toBe('优');
  });

  it('grade boundaries 90/80/60', () => {
    expect([90, 89.99, 80, 79.99, 60, 59.99].map(gradeOf)).toEqual(['优', '良', '良', '中', '中', '差']);
  });

  it('a composite target gets a manual score cell, not a guessed formula', () => {
    const spec = generateSelfEvalSheet(
      project('p', [indicator('产出指标', '数量指标', '拖运次数、清洗台数', '≥26次、≥13台')]),
      's',
      DEFAULT_PROFILE,
    );
    const score = spec.cells.find((c) => c.cell === 'G12');
    expect(score).toMatchObject({ input: true });
    expect(score?.formula).toBeUndefined();
    expect(spec.cells.find((c) => c.cell === 'K12')?.value).toBe('人工评分');
  });

  it('weights of each category sum exactly, the remainder on the last indicator', () => {
    const inds = [
      '产出指标',
      '产出指标',
      '产出指标',
      '效益指标',
      '效益指标',
      '效益指标',
      '效益指标',
      '效益指标',
      '效益指标',
      '效益指标',
      '满意度指标',
    ].map((l1) => ({ level1: l1 as never }));
    const w = defaultWeights(inds, DEFAULT_PROFILE);
    expect(w.slice(0, 3)).toEqual([16.67, 16.67, 16.66]);
    expect(Math.round(w.slice(3, 10).reduce((a, b) => a + b) * 100) / 100).toBe(30);
    expect(Math.round((w.reduce((a, b) => a + b) + 10) * 100) / 100).toBe(100);
  });

  it('a project without 满意度 indicators gives that weight to 产出 so the total stays 100', () => {
    const w = defaultWeights([{ level1: '产出指标' }, { level1: '效益指标' }], DEFAULT_PROFILE);
    expect(w).toEqual([60, 30]);
  });
});

describe('combined mode: every project stacked on one 自评表 sheet', () => {
  it('keeps the formulas of each block pointing at its own cells', () => {
    const second = project('执法服装采购', [indicator('产出指标', '数量指标', '购买执法服装数量', '≥17套')], 7.48);
    const [sheet] = generateSelfEvalSheets([OPS, second], { mode: 'combined' });
    expect(sheet.name).toBe('自评表');
    const hf = evaluateSpec(sheet);
    // OPS uses rows 1–20 (header 4, funds 4, goals 2, table header, 7 indicators, 总分, 等级), then 2 blank rows.
    const top = 23;
    expect(sheet.cells.find((c) => c.cell === `B${top + 2}`)?.value).toBe('执法服装采购');
    hf.set(`E${top + 11}`, 15);
    expect(hf.value(`G${top + 11}`)).toBeCloseTo(scoreQuantitative('higher', 90, 17, 15, DEFAULT_PROFILE), 6);
    expect(hf.value(`G${row(0)}`)).toBe('');
  });
});

describe('generated sheets written to .xlsx', () => {
  it('reopen in exceljs with formulas, dropdowns and unique sheet names intact', async () => {
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('目标表').getCell('A1').value = '项目名称';
    const original = new Uint8Array((await blank.xlsx.writeBuffer()) as ArrayBuffer);
    const twins = [
      OPS,
      { ...OPS, id: 'x', indicators: [indicator('效益指标', '社会效益指标', '执法队伍形象', '提升')] },
    ];
    const specs = generateSelfEvalSheets(twins);
    expect(specs.map((s) => s.name)).toEqual(['自评-应急指挥中心运维费', '自评-应急指挥中心运维费(2)']);
    const bytes = await writeAnnotatedXlsx(original, planAnnotations([]), specs);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('自评-应急指挥中心运维费')!;
    expect(ws.getCell('G12').formula).toContain('MIN(F12,F12*E12/I12)');
    expect(ws.getCell('H6').formula).toBe('IF(ISNUMBER(G6),ROUND(MIN(G6,1)*F6,2),"")');
    const ws2 = wb.getWorksheet('自评-应急指挥中心运维费(2)')!;
    expect(ws2.getCell('K12').dataValidation).toMatchObject({ type: 'list', formulae: ['"达成,部分达成,未达成"'] });
    expect(wb.getWorksheet('目标表')!.getCell('A1').value).toBe('项目名称');
  });
});

describe('generated scores follow the rules a reviewer applies', () => {
  it('a satisfaction filed with ≤ is scored as higher-is-better', () => {
    const spec = generateSelfEvalSheet(
      project('p', [indicator('满意度指标', '服务对象满意度指标', '群众满意度', '≤90%')]),
      's',
      DEFAULT_PROFILE,
    );
    const sheet = evaluateSpec(spec);
    sheet.set('F12', 10);
    sheet.set('E12', 0.95);
    expect(sheet.value('G12')).toBe(10);
    sheet.set('E12', 0.81);
    expect(sheet.value('G12')).toBe(9);
  });

  it('qualitative tiers come from the profile', () => {
    const profile = { ...DEFAULT_PROFILE, qualitativeTiers: { achieved: 0.9, partly: 0.7 } };
    const spec = generateSelfEvalSheet(
      project('p', [indicator('效益指标', '社会效益指标', '执法队伍形象', '提升')]),
      's',
      profile,
    );
    const sheet = evaluateSpec(spec);
    sheet.set('F12', 10);
    sheet.set('K12', '达成');
    sheet.set('L12', 0.5);
    expect(sheet.value('G12')).toBe(9);
    sheet.set('K12', '部分达成');
    expect(sheet.value('G12')).toBe(7);
  });
});
