import { planAnnotations } from '../../src/core/annotate/plan';
import { checkWorkbook } from '../../src/core/engine';
import { generateSelfEvalSheets } from '../../src/core/selfeval/generate';
import { OFFICE_2016, OFFICE_365, type Capabilities } from '../../src/excel/capabilities';
import { ExcelHost } from '../../src/excel/excelHost';
import { CELLS_PER_BATCH, MAX_CELLS_PER_SHEET, readWorkbookGrid } from '../../src/excel/read';
import { COMMENT_MARKER } from '../../src/core/annotate/types';
import { STATE_SHEET } from '../../src/excel/state';
import { GAOXIN_FORMS } from '../../scripts/samples/data/gaoxinForms';
import { inferMerges } from '../../scripts/samples/merges';
import { rangeAddress } from '../../src/core/grid/address';
import { FakeWorkbook, installExcelGlobals, PAYLOAD_LIMIT } from './fakeExcel';

installExcelGlobals();

/** 应急管理局执法服装采购经费 (its 使用年限 is filed under 时效) as a merged sheet in a fake Excel. */
function formsWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const rows = GAOXIN_FORMS[4];
  wb.addSheet('执法服装', rows, inferMerges(rows).map(rangeAddress));
  return wb;
}

async function validateIn(wb: FakeWorkbook, caps: Capabilities = OFFICE_365) {
  const host = new ExcelHost(wb.run, caps);
  const grid = await host.readWorkbook('workbook');
  const { findings, model } = checkWorkbook(grid);
  return { host, findings, model, plan: planAnnotations(findings) };
}

describe('reading through Office.js', () => {
  it('reads values and merged areas so the engine sees what the .xlsx path sees', async () => {
    const wb = formsWorkbook();
    const { findings, model } = await validateIn(wb);
    expect(model.projects.map((p) => p.name)).toEqual(['应急管理局执法服装采购经费']);
    expect(findings.find((f) => f.code === 'MISCLASSIFIED_INDICATOR')).toMatchObject({
      sheet: '执法服装',
      expected: '可持续影响指标',
    });
    expect(wb.syncs).toBe(3); // sheet list, used ranges, one batch of cells
  });

  it('a date typed where an amount belongs (a serial number in a date format) is reported, as from .xlsx', async () => {
    const rows = GAOXIN_FORMS[4].map((r) => [...r]) as (string | number)[][];
    const r = rows.findIndex((row) => row[3] === '年度金额');
    rows[r][4] = 45291;
    const wb = new FakeWorkbook();
    wb.addSheet('执法服装', rows, inferMerges(GAOXIN_FORMS[4]).map(rangeAddress)).cells.get(`${r},4`)!.numberFormat =
      'yyyy"年"m"月"d"日"';
    const { findings } = await validateIn(wb);
    expect(findings.filter((f) => f.code === 'AMOUNT_NOT_NUMBER').map((f) => [f.cell, f.actual, f.message])).toEqual([
      [`E${r + 1}`, '2023-12-31', '年度金额应为数字，实际为“2023-12-31”（日期），无法参与核对'],
    ]);
  });

  it('reads a 1,000,000-cell sheet in row chunks (payload under 5 MB each) and says it holds no target table', async () => {
    const wb = new FakeWorkbook();
    const rows = Array.from({ length: 50_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c % 3 === 0 ? `摘要${r}-${c}` : r * c)),
    );
    wb.addSheet('明细流水', rows);
    const progress: number[] = [];
    const grid = await readWorkbookGrid(wb.run, OFFICE_365, 'workbook', (done) => progress.push(done));
    expect(grid.sheets[0].rows).toHaveLength(50_000);
    expect(grid.sheets[0].rows[49_999][19]).toEqual({ value: 49_999 * 19 });
    const batches = Math.ceil(1_000_000 / CELLS_PER_BATCH);
    expect(wb.syncs).toBe(2 + batches);
    expect(progress).toHaveLength(batches);
    expect(progress[batches - 1]).toBe(1_000_000);
    expect(wb.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(checkWorkbook(grid).findings).toEqual([
      expect.objectContaining({
        code: 'NO_TARGET_SHEET',
        sheet: '明细流水',
        message: '工作表“明细流水”中未找到绩效目标表或自评表',
      }),
    ]);
  });

  it('a stray entry in XFD1048576 does not make it read 17 billion cells: the top-left part is checked, and the sheet says so', async () => {
    const wb = formsWorkbook();
    wb.sheet('执法服装').cells.set('1048575,16383', { value: '误输入', fill: null });
    const { findings, model } = await validateIn(wb);
    expect(model.projects.map((p) => p.name)).toEqual(['应急管理局执法服装采购经费']);
    expect(findings.find((f) => f.code === 'SHEET_TRUNCATED')).toMatchObject({
      sheet: '执法服装',
      cell: 'A1',
      message:
        '工作表“执法服装”的已用区域过大（A1:XFD1048576），多半是远处有误输入的单元格；只检查了 A1:IV7812。删除多余的单元格后再校验',
    });
    // Sheet list, used ranges, then batches of at most CELLS_PER_BATCH cells up to MAX_CELLS_PER_SHEET.
    expect(wb.syncs).toBeLessThanOrEqual(2 + Math.ceil(MAX_CELLS_PER_SHEET / CELLS_PER_BATCH) + 1);
    expect(wb.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('many small sheets still take three syncs', async () => {
    const wb = new FakeWorkbook();
    for (let i = 0; i < 50; i++) wb.addSheet(`表${i}`, [['项目名称', `项目${i}`]]);
    await readWorkbookGrid(wb.run, OFFICE_365, 'workbook');
    expect(wb.syncs).toBe(3);
  });

  it('reads only the active sheet when asked, and empty sheets on Office 2016 without failing', async () => {
    const wb = formsWorkbook();
    wb.addSheet('空表');
    wb.active = 1;
    const grid = await readWorkbookGrid(wb.run, OFFICE_365, 'activeSheet');
    expect(grid.sheets.map((s) => s.name)).toEqual(['空表']);
    const wb2 = formsWorkbook();
    const old = await readWorkbookGrid(wb2.run, OFFICE_2016, 'workbook');
    expect(old.sheets[0].merges).toEqual([]); // no getMergedAreas before 1.13: recognizers cope
  });
});

describe('annotations in Excel', () => {
  it('writes fills, marked comments and the report sheet; clear restores every cell exactly', async () => {
    const wb = formsWorkbook();
    const { host, plan } = await validateIn(wb);
    const target = plan.cells[0];
    wb.sheet('执法服装').cells.get('16,2')!.fill = '#00FF00'; // a user fill on an annotated cell (C17)
    const before = wb.snapshot(['执法服装']);
    expect(await host.applyAnnotations(plan)).toEqual([]);
    expect(wb.comments).toHaveLength(plan.cells.length);
    expect(wb.comments.every((c) => c.content.startsWith(COMMENT_MARKER))).toBe(true);
    expect(wb.sheet('校验报告')).toBeDefined();
    expect(wb.sheet(STATE_SHEET).visibility).toBe('VeryHidden');
    expect(wb.sheet('执法服装').cells.get('16,2')!.fill).not.toBe('#00FF00');
    expect(target.fill).toBeDefined();
    await host.clearAnnotations();
    expect(wb.snapshot(['执法服装'])).toBe(before);
    expect(wb.comments).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(['执法服装']);
  });

  it('as the pane drives it: validate (engine beside), annotate in the chosen language, clear says what it removed', async () => {
    const wb = formsWorkbook();
    const before = wb.snapshot(['执法服装']);
    const host = new ExcelHost(wb.run, OFFICE_365);
    const expected = checkWorkbook(await host.readWorkbook('workbook'));
    const stages = new Set<string>();
    const { findings, overview } = await host.validate('workbook', { onProgress: (p) => stages.add(p.stage) });
    expect(findings).toEqual(expected.findings);
    expect(overview.projects.map((p) => p.name)).toEqual(['应急管理局执法服装采购经费']);
    expect([...stages]).toEqual(['read', 'check', 'receive']);
    const { cells, warnings } = await host.annotate('en');
    expect(warnings).toEqual([]);
    expect(cells).toBe(planAnnotations(findings).cells.length);
    expect(wb.comments.some((c) => /Indicator|indicator/.test(c.content))).toBe(true);
    await expect(host.clearAnnotations()).resolves.toEqual({ removed: true, warnings: [] });
    expect(wb.snapshot(['执法服装'])).toBe(before);
    await expect(host.clearAnnotations()).resolves.toEqual({ removed: false, warnings: [] });
    const { sheets } = await host.generateSelfEvaluations('combined');
    expect(sheets).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toContain('自评表');
  });

  it('validating twice duplicates nothing and still restores the original fills', async () => {
    const wb = formsWorkbook();
    const before = wb.snapshot(['执法服装']);
    const { host, plan } = await validateIn(wb);
    await host.applyAnnotations(plan);
    const again = await validateIn(wb);
    await again.host.applyAnnotations(again.plan);
    expect(wb.comments).toHaveLength(plan.cells.length);
    expect(wb.sheets.map((s) => s.name)).toEqual(['执法服装', '校验报告', STATE_SHEET]);
    await host.clearAnnotations();
    expect(wb.snapshot(['执法服装'])).toBe(before);
  });

  it('never changes a value or formula of a user cell', async () => {
    const wb = formsWorkbook();
    const values = () =>
      JSON.stringify(
        [...wb.sheet('执法服装').cells.entries()].map(([k, c]) => [k, c.value, c.formula, c.numberFormat]),
      );
    const before = values();
    const { host, plan } = await validateIn(wb);
    await host.applyAnnotations(plan);
    expect(values()).toBe(before);
  });

  it('writes nothing on a protected sheet and says so', async () => {
    const wb = formsWorkbook();
    wb.sheet('执法服装').protected = true;
    const before = wb.snapshot(['执法服装']);
    const { host, plan } = await validateIn(wb);
    const warnings = await host.applyAnnotations(plan);
    expect(warnings[0].message).toContain('受保护');
    expect(wb.snapshot(['执法服装'])).toBe(before);
    expect(wb.comments).toEqual([]);
  });

  it('on Office 2016 (API 1.1) writes fills and the report, no comments, with a warning', async () => {
    const wb = formsWorkbook();
    const { host, plan } = await validateIn(wb, OFFICE_2016);
    const warnings = await host.applyAnnotations(plan);
    expect(warnings.map((w) => w.messageEn)).toEqual([expect.stringContaining('no comments API')]);
    expect(wb.comments).toEqual([]);
    expect(wb.sheet('校验报告')).toBeDefined();
  });

  it('keeps a user sheet named 校验报告 and writes the report beside it', async () => {
    const wb = formsWorkbook();
    wb.addSheet('校验报告', [['用户自己的表']]);
    const { host, plan } = await validateIn(wb);
    await host.applyAnnotations(plan);
    expect(wb.sheet('校验报告').cells.get('0,0')!.value).toBe('用户自己的表');
    expect(wb.sheet('校验报告(2)')).toBeDefined();
    await host.clearAnnotations();
    expect(wb.sheets.map((s) => s.name)).toEqual(['执法服装', '校验报告']);
  });

  it('selects a finding cell, and writes generated 自评表 sheets with formulas', async () => {
    const wb = formsWorkbook();
    const { host, model } = await validateIn(wb);
    await expect(host.selectCell('执法服装', 'C17')).resolves.toEqual([]);
    expect(wb.selected).toBe('执法服装!C17');
    await host.writeSheets(generateSelfEvalSheets(model.projects));
    const sheet = wb.sheet('自评-应急管理局执法服装采购经费');
    expect(sheet.cells.get('11,6')!.formula).toContain('ISNUMBER(E12)');
  });

  it('does not unhide a sheet to show a finding, and says where the cell is; a deleted sheet is a warning too', async () => {
    const wb = formsWorkbook();
    const { host } = await validateIn(wb);
    wb.sheet('执法服装').visibility = 'Hidden';
    const [hidden] = await host.selectCell('执法服装', 'C17');
    expect(hidden.message).toBe('工作表“执法服装”已隐藏，无法定位到 C17；取消隐藏后再点击');
    expect(wb.sheet('执法服装').visibility).toBe('Hidden');
    expect(wb.selected).toBeUndefined();
    const [gone] = await host.selectCell('已删除', 'A1');
    expect(gone.message).toContain('无法定位到“已删除”!A1');
  });
});
