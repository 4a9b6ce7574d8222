import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../../src/core/engine';
import { readXlsx } from '../../src/xlsx/read';
import { sampleWorkbooks } from '../../scripts/samples/workbooks';
import { reload, sampleBytes } from '../helpers/workbooks';

const ASSETS = join(__dirname, '..', '..', 'assets', 'samples');

async function check(file: string, merged = true) {
  return checkWorkbook(await readXlsx(await sampleBytes(file, merged)));
}

describe.each([true, false])('bundled sample workbooks (merged cells: %s)', (merged) => {
  it('白云区 list: 16 projects, 94 indicators, totals add up, projects without 时效/成本 reported', async () => {
    const { model, findings } = await check('baiyun-list.xlsx', merged);
    expect(model.projects).toHaveLength(16);
    expect(model.projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(94);
    expect(model.listTables[0].grandTotal?.total.value).toBe(1594.68);
    expect(findings.filter((f) => f.code === 'TOTAL_MISMATCH')).toEqual([]);
    const lawyer = findings
      .filter((f) => f.project === '法律顾问与审批服务经费' && f.code === 'MISSING_LEVEL2')
      .map((f) => f.expected);
    expect(lawyer).toContain('时效指标');
    expect(findings.filter((f) => f.code === 'MISSING_LEVEL1' && f.expected === '满意度指标')).toHaveLength(10);
  });

  it('高新区 forms: 9 projects with every indicator at its cell, and the real defects', async () => {
    const { model, findings } = await check('gaoxin-forms.xlsx', merged);
    expect(model.projects.map((p) => p.indicators.length)).toEqual([8, 7, 8, 7, 7, 7, 8, 7, 7]);
    const uniform = model.projects.find((p) => p.name === '应急管理局执法服装采购经费')!;
    expect(uniform.indicators.find((i) => i.level3 === '执法服装使用年限')).toMatchObject({
      level2: '时效指标',
      cell: 'C17',
      targetCell: 'E17',
    });
    // Findings follow the workbook's sheet order: the uniform sheet's comes after the forest sheet's.
    const misfiled = findings.filter((f) => f.code === 'MISCLASSIFIED_INDICATOR');
    expect(misfiled.find((f) => f.sheet === '应急管理局执法服装采购经费')).toMatchObject({
      sheet: '应急管理局执法服装采购经费',
      cell: 'C17',
      expected: '可持续影响指标',
    });
    const forest = findings.filter((f) => f.project === '森林防火物资采购').map((f) => `${f.code}@${f.cell}`);
    expect(forest).toEqual(
      expect.arrayContaining([
        'MISPLACED_LABEL@B18',
        'MISPLACED_LABEL@C18',
        'MISPLACED_LABEL@A19',
        'MISSING_TARGET@E18',
      ]),
    );
    expect(findings.filter((f) => f.code === 'MISSING_LEVEL2' && f.expected === '成本指标')).toHaveLength(9);
  });

  it('forms stacked on one sheet give the same projects', async () => {
    const { model } = await check('gaoxin-forms-stacked.xlsx', merged);
    expect(model.projects.map((p) => p.indicators.length)).toEqual([8, 7, 8, 7, 7, 7, 8, 7, 7]);
    expect(new Set(model.projects.map((p) => p.sheet)).size).toBe(1);
  });

  it('forms with spending plans: text amounts read as 万元, plan and cost defects on the broken one only', async () => {
    const { model, findings } = await check('form-plan.xlsx', merged);
    const bridge = model.projects.find((p) => p.name === '桥梁健康监测')!;
    expect(bridge.budget.total?.value).toBe(69.2);
    expect(bridge.spendingPlan.map((s) => s.percent)).toEqual([30, 60, 50, 90]);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.project))).toEqual(new Set(['桥梁健康监测']));
    expect(errors.map((f) => f.code).sort()).toEqual([
      'COST_EXCEEDS_BUDGET',
      'SPENDING_PLAN_INVALID',
      'SPENDING_PLAN_INVALID',
    ]);
    expect(findings.filter((f) => f.project === '道路监测系统')).toEqual([]);
  });

  it('coded list: codes give the 二级 (not inferred), the 合计 mismatch is found', async () => {
    const { model, findings } = await check('coded-list.xlsx', merged);
    expect(model.projects[0].indicators.every((i) => !i.level2Inferred && i.level2 !== null)).toBe(true);
    expect(model.projects[0].indicators[0].periodTarget).toMatchObject({ value: 300, unit: '公里' });
    expect(findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell)).toEqual(['B5', 'B5']);
  });
});

describe('committed sample files', () => {
  it('match what scripts/build-samples.ts builds (run `npm run samples` after changing the builders)', async () => {
    for (const [file, wb] of Object.entries(sampleWorkbooks())) {
      const committed = await reload(readFileSync(join(ASSETS, file)));
      expect(committed.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
      wb.worksheets.forEach((ws, i) => {
        const other = committed.worksheets[i];
        ws.eachRow((row) => row.eachCell((c) => expect(other.getCell(c.address).value).toEqual(c.value)));
        expect(other.model.merges.sort()).toEqual(ws.model.merges.sort());
      });
    }
  });
});
