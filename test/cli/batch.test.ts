import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cli } from '../helpers/cli';
import { ProfileSchema } from '../../src/core/profile';
import { JsonReportSchema } from '../../src/core/report/json';
import { reload, sampleBytes, toBytes } from '../helpers/workbooks';

/** Folders, skipped files, profiles, report formats and the batch summary, as a reviewer meets them. */
const ROOT = join(__dirname, '..', '..');
const LEGACY = join(ROOT, 'test', 'fixtures', 'legacy');

const lastLine = (text: string) => text.trimEnd().split('\n').pop();

describe('folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jxb-batch-'));

  it('an empty folder is reported with the reason, and nothing checked is exit 2, not a pass', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const zh = await cli(empty);
    expect(zh.code).toBe(2);
    expect(zh.out).toContain(`○ ${empty}：已跳过 — 目录中没有工作簿`);
    expect(lastLine(zh.out)).toBe('共检查 0 个文件：错误 0，警告 0，提示 0；跳过 1 项');
    expect(zh.err).toBe('没有检查任何工作簿：请给出 .xlsx、.xls 或 .et 文件，或含有它们的目录\n');
    const json = await cli(empty, '--format', 'json', '--lang', 'en');
    expect(json.code).toBe(2);
    expect(JsonReportSchema.parse(JSON.parse(json.out))).toMatchObject({
      files: [],
      skipped: [{ path: empty, reason: 'empty-folder', messageEn: 'the folder holds no workbook' }],
      totals: { checked: 0, skipped: 1 },
    });
    expect(json.err).toBe(
      `○ ${empty}: skipped — the folder holds no workbook\nNo workbook was checked: name .xlsx, .xls or .et files, or folders holding them\n`,
    );
  });

  it('a folder of .xls, .et and .xlsm is checked; other files, lock files and subfolders are reported as skipped; -r goes into subfolders', async () => {
    const folder = join(dir, 'exports');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(join(LEGACY, 'gaoxin-forms.xls'), join(folder, 'a.xls'));
    copyFileSync(join(LEGACY, 'gaoxin-forms.et'), join(folder, 'b.et'));
    writeFileSync(join(folder, 'c.xlsm'), await sampleBytes('dept-self-eval.xlsx'));
    writeFileSync(join(folder, '~$c.xlsm'), 'lock');
    writeFileSync(join(folder, 'readme.txt'), 'notes');
    copyFileSync(join(LEGACY, 'form-plan.xls'), join(folder, 'sub', 'd.xls'));
    const flat = await cli(folder, '--format', 'json');
    const report = JsonReportSchema.parse(JSON.parse(flat.out));
    expect(report.files.map((f) => [f.file, f.summary.projects, f.error])).toEqual([
      [join(folder, 'a.xls'), 9, undefined],
      [join(folder, 'b.et'), 9, undefined],
      [join(folder, 'c.xlsm'), 0, undefined],
    ]);
    expect(report.skipped!.map((s) => [s.path, s.reason])).toEqual([
      [join(folder, 'readme.txt'), 'not-workbook'],
      [join(folder, 'sub'), 'subfolder'],
      [join(folder, '~$c.xlsm'), 'lock-file'],
    ]);
    expect(flat.err).toContain(`○ ${join(folder, 'sub')}：已跳过 — 子目录（加 -r 一并检查）`);
    const deep = await cli(folder, '-r', '--format', 'json');
    expect(JsonReportSchema.parse(JSON.parse(deep.out)).files.map((f) => f.file)).toEqual([
      join(folder, 'a.xls'),
      join(folder, 'b.et'),
      join(folder, 'c.xlsm'),
      join(folder, 'sub', 'd.xls'),
    ]);
    const text = await cli(folder, '-r', '--lang', 'en');
    expect(lastLine(text.out)).toMatch(/^4 files checked: \d+ errors, \d+ warnings, \d+ info; 2 skipped$/);
  });
});

describe('profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jxb-profile-'));
  const sample = join(ROOT, 'assets', 'samples', 'dept-self-eval.xlsx');

  it('an unknown key is named, with the keys there are; a missing profile is a plain message', async () => {
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify({ amountTolerence: 0.01, weights: { output: 50 } }));
    const zh = await cli(sample, '--profile', typo);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(
      `配置文件 ${typo} 中有未知的项“amountTolerence”（可用的项：${Object.keys(ProfileSchema.shape).join(', ')}）\n`,
    );
    writeFileSync(typo, JSON.stringify({ weights: { output: 50, outcome: 30 } }));
    expect((await cli(sample, '--profile', typo, '--lang', 'en')).err).toBe(
      `The profile ${typo} has an unknown key "weights.outcome" (known keys: execution, output, benefit, satisfaction)\n`,
    );
    const missing = await cli(sample, '--profile', join(dir, 'none.json'), '--lang', 'en');
    expect(missing).toMatchObject({ code: 2, out: '', err: `Profile not found: ${join(dir, 'none.json')}\n` });
    writeFileSync(typo, '{ weights: ');
    expect((await cli(sample, '--profile', typo)).err).toMatch(/^配置文件 .* 不是有效的 JSON：/);
  });

  it('weights that do not make 100 points, a negative weight or tiers out of order are refused', async () => {
    const bad = join(dir, 'bad.json');
    for (const [profile, where] of [
      [{ weights: { execution: 10, output: 50, benefit: 30, satisfaction: 15 } }, 'weights'],
      [{ weights: { execution: -10, output: 70, benefit: 30, satisfaction: 10 } }, 'weights.execution'],
      [{ qualitativeTiers: { achieved: 0.5, partly: 0.9 } }, 'qualitativeTiers'],
    ] as const) {
      writeFileSync(bad, JSON.stringify(profile));
      const res = await cli(sample, '--profile', bad, '--lang', 'en');
      expect(res.code).toBe(2);
      expect(res.err).toContain(`The profile ${bad} has an invalid "${where}"`);
    }
  });
});

describe('report order and formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jxb-formats-'));

  it("findings follow the workbook's sheet order, not the sheet names' order", async () => {
    const wb = await reload(await sampleBytes('gaoxin-forms.xlsx'));
    // Sheet names that sort the other way round from the workbook's order.
    wb.worksheets.forEach((ws, i) => (ws.name = `${String.fromCharCode(90 - i)}表`));
    const file = join(dir, 'order.xlsx');
    writeFileSync(file, await toBytes(wb));
    const [report] = JsonReportSchema.parse(JSON.parse((await cli(file, '--format', 'json')).out)).files;
    const order = wb.worksheets.map((w) => w.name);
    const ranks = report.findings.map((f) => order.indexOf(f.sheet));
    expect(ranks.length).toBeGreaterThan(5);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
  });

  it('--format ndjson: one JSON object per line, the same content as the JSON document', async () => {
    const files = [join(LEGACY, 'sample.xls'), join(dir, 'missing.xlsx')];
    const doc = JsonReportSchema.parse(JSON.parse((await cli(...files, '--format', 'json')).out));
    const { out, code } = await cli(...files, '--format', 'ndjson');
    expect(code).toBe(2);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; file?: string });
    const count = (type: string) => lines.filter((l) => l.type === type).length;
    expect(count('file')).toBe(2);
    expect(count('project')).toBe(doc.files[0].projects.length);
    expect(count('finding')).toBe(doc.files[0].findings.length);
    expect(count('selfEvaluation')).toBe(doc.files[0].selfEvaluations.length);
    expect(lines.at(-1)).toEqual({ type: 'totals', ...doc.totals });
    const firstFinding = lines.find((l) => l.type === 'finding');
    expect(firstFinding).toEqual({ type: 'finding', file: files[0], ...doc.files[0].findings[0] });
  });
});

describe('--summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jxb-summary-'));
  const inputs = [join(LEGACY, 'gaoxin-forms.xls'), join(ROOT, 'assets', 'samples', 'baiyun-list.xlsx')];

  it('CSV: one row per project per workbook, counts by severity, missing categories, worst finding', async () => {
    const csv = join(dir, 'summary.csv');
    const missing = join(dir, 'gone.xlsx');
    const { err } = await cli(...inputs, missing, '--summary', csv);
    expect(err).toContain(`已写入汇总表：${csv}（26 行）`);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF文件,工作表,项目,预算（万元）,错误,警告,提示,缺少的指标类别,最严重的问题\r\n')).toBe(
      true,
    );
    const rows = text.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(9 + 16 + 1);
    // The row of one project, as the JSON report of the same file has it.
    const [forms] = JsonReportSchema.parse(JSON.parse((await cli(inputs[0], '--format', 'json')).out)).files;
    const project = forms.projects.find((p) => p.name === '应急管理局执法服装采购经费')!;
    const own = forms.findings.filter((f) => f.projectId === project.id);
    const count = (severity: string) => own.filter((f) => f.severity === severity).length;
    const categories = [...new Set(own.filter((f) => /^MISSING_LEVEL[12]$/.test(f.code)).map((f) => f.expected))];
    expect(categories).toContain('成本指标');
    const clothing = rows.find((r) => r.includes('应急管理局执法服装采购经费'))!;
    expect(clothing).toMatch(/,\[警告\] MISSING_LEVEL2 /);
    expect(
      clothing.startsWith(
        `${inputs[0]},应急管理局执法服装采购经费,应急管理局执法服装采购经费,7.48,${count('error')},${count('warning')},${count('info')},${categories.join('、')},`,
      ),
    ).toBe(true);
    expect(rows.at(-1)).toBe(`${missing},,（无法读取）,,0,0,0,,文件不存在`);
  });

  it('a summary that cannot be written fails the run, without counting an input as unreadable', async () => {
    const nowhere = join(dir, 'no-such-folder', 'summary.csv');
    const res = await cli(inputs[1], '--summary', nowhere, '--lang', 'en');
    expect(res.code).toBe(2);
    expect(res.err).toContain(`Cannot write ${nowhere}`);
    expect(res.out).not.toMatch(/could not be read|cannot be read/);
  });

  it('XLSX: the same rows with filters on every column of the header, which stays in view', async () => {
    const xlsx = join(dir, 'summary.xlsx');
    await cli(...inputs, '--summary', xlsx, '--lang', 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Summary')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'File',
      'Sheet',
      'Project',
      'Budget (万元)',
      'Errors',
      'Warnings',
      'Info',
      'Missing categories',
      'Worst finding',
    ]);
    expect(ws.rowCount).toBe(1 + 9 + 16);
    expect(ws.autoFilter).toBe('A1:I26');
    expect(ws.views).toMatchObject([{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }]);
    expect(typeof ws.getRow(2).getCell(4).value).toBe('number');
  });
});
