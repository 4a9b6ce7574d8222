import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkWorkbook } from '../../src/core/engine';
import { fileJson, JsonReportSchema } from '../../src/core/report/json';
import { readWorkbook } from '../../src/xlsx/read';
import { cli } from '../helpers/cli';
import { sampleBytes, reload, toBytes } from '../helpers/workbooks';
import ExcelJS from 'exceljs';
import { BAIYUN_LIST_ROWS } from '../../scripts/samples/data/baiyunList';

const ROOT = join(__dirname, '..', '..');

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jxb-cli-'));
  let forms: string;
  let clean: string;

  beforeAll(async () => {
    forms = join(dir, 'gaoxin-forms.xlsx');
    writeFileSync(forms, await sampleBytes('gaoxin-forms.xlsx'));
    clean = join(dir, 'dept.xlsx');
    writeFileSync(clean, await sampleBytes('dept-self-eval.xlsx'));
  });

  it('prints one JSON document in the contract, exit 1 when errors were found', async () => {
    const { code, out } = await cli(forms, '--format', 'json');
    expect(code).toBe(1);
    const report = JsonReportSchema.parse(JSON.parse(out));
    const [file] = report.files;
    expect(file.projects).toHaveLength(9);
    const p = file.projects.find((x) => x.name === '应急管理局执法服装采购经费')!;
    expect(p).toMatchObject({ layout: 'form', budget: { total: 7.48, annual: 7.48, fiscal: 7.48, other: null } });
    expect(p.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      level2Inferred: false,
      level3: '购买执法服装数量',
      target: { kind: 'numeric', value: 17, unit: '套' },
    });
    expect(file.findings.some((f) => f.code === 'MISCLASSIFIED_INDICATOR' && f.expected === '可持续影响指标')).toBe(
      true,
    );
  });

  it('gives the classification evidence of inferred categories with --explain only', async () => {
    const list = join(dir, 'list.xlsx');
    writeFileSync(list, await sampleBytes('baiyun-list.xlsx'));
    const inferred = (out: string) =>
      JsonReportSchema.parse(JSON.parse(out))
        .files[0].projects.flatMap((p) => p.indicators)
        .filter((i) => i.level2Inferred);
    const plain = inferred((await cli(list, '--format', 'json')).out);
    const explained = inferred((await cli(list, '--format', 'json', '--explain')).out);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((i) => i.inference === undefined)).toBe(true);
    expect(explained).toHaveLength(plain.length);
    for (const i of explained) expect(i.inference?.level2).toBe(i.level2);
  });

  it('heads each file with its target-sheet projects and indicators, filed self-evaluations counted apart', async () => {
    const sample = join(dir, 'sample.xlsx');
    writeFileSync(sample, await sampleBytes('sample.xlsx'));
    expect((await cli(sample)).out.split('\n')[0]).toMatch(/— 23 个项目, 138 个指标, 3 张自评表; 错误 \d+/);
    // Singular and plural as the counts come (1 error, 2 warnings…), whatever the engine finds.
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const { summary: s } = fileJson(forms, checkWorkbook(await readWorkbook(readFileSync(forms))));
    expect((await cli(forms, '--lang', 'en')).out.split('\n')[0]).toBe(
      `■ ${forms} — 9 projects, ${plural(s.indicators, 'indicator')}; ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info`,
    );
    expect((await cli(clean, '--lang', 'en')).out).toMatch(
      /— 0 projects, 0 indicators, 1 self-evaluation; 0 errors, 0 warnings, 0 info\n[^]*\n1 file checked: 0 errors, 0 warnings, 0 info\n$/,
    );
  });

  it('exit 0 with a text report when there are no errors; English on request', async () => {
    const zh = await cli(clean);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('未发现问题');
    const en = await cli(clean, '--lang', 'en');
    expect(en.out).toContain('no findings');
  });

  it('writes annotated copies (and 自评表 sheets) to --out, never touching the input', async () => {
    const before = readFileSync(forms);
    const out = join(dir, 'out');
    const { code } = await cli(forms, '--out', out, '--self-eval');
    expect(code).toBe(1);
    expect(readFileSync(forms).equals(before)).toBe(true);
    const wb = await reload(readFileSync(join(out, 'gaoxin-forms.xlsx')));
    expect(wb.getWorksheet('校验报告')).toBeDefined();
    expect(wb.worksheets.filter((w) => w.name.startsWith('自评-'))).toHaveLength(9);
    const beside = await cli(forms, '--out', dir);
    expect(beside.code).toBe(1);
    expect(beside.err).toContain(`已写入 ${join(dir, 'gaoxin-forms (2).xlsx')}（${forms} 已存在，另存为此名）`);
    expect(readFileSync(forms).equals(before)).toBe(true);
  });

  it('says where each copy went; a legacy .xls is copied as .xlsx and says so, numbered beside a copy of the same name', async () => {
    const out = join(dir, 'copies');
    const xls = join(ROOT, 'test', 'fixtures', 'legacy', 'gaoxin-forms.xls');
    const { err } = await cli(forms, xls, '--out', out);
    expect(err).toBe(
      `已写入 ${join(out, 'gaoxin-forms.xlsx')}\n` +
        `已写入 ${join(out, 'gaoxin-forms (2).xlsx')}（${join(out, 'gaoxin-forms.xlsx')} 已存在，另存为此名；原文件为旧版 .xls/.et，副本为 .xlsx）\n`,
    );
    const json = await cli(xls, '--out', join(dir, 'copies2'), '--format', 'json', '--lang', 'en');
    expect(JsonReportSchema.parse(JSON.parse(json.out)).files[0].copy).toEqual({
      path: join(dir, 'copies2', 'gaoxin-forms.xlsx'),
    });
    expect(json.err).toBe(
      `Written: ${join(dir, 'copies2', 'gaoxin-forms.xlsx')} (the input is a legacy .xls/.et; its copy is an .xlsx)\n`,
    );
    const wb = await reload(readFileSync(join(dir, 'copies2', 'gaoxin-forms.xlsx')));
    expect(wb.getWorksheet('校验报告')).toBeDefined();
  });

  it('exit 2 with a clear message for unusable input, still checking the other files', async () => {
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'not a workbook');
    const empty = new ExcelJS.Workbook();
    const cfb = join(dir, 'locked.xlsx');
    writeFileSync(cfb, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const none = join(dir, 'empty.xlsx');
    writeFileSync(none, await toBytes(empty));
    const { code, err, out } = await cli(text, cfb, none, join(dir, 'missing.xlsx'), clean);
    expect(code).toBe(2);
    // Said once, in the report, in the chosen language.
    expect(err).toBe('');
    expect(out).toContain('notes.xlsx: 无法读取 — 不是 Excel/WPS 工作簿');
    expect(out).toContain('locked.xlsx: 无法读取 — 文件已损坏');
    expect(out).toContain('empty.xlsx: 无法读取 — 工作簿中没有工作表');
    expect(out).toContain('missing.xlsx: 无法读取 — 文件不存在');
    expect(out).toContain('dept.xlsx — ');
    // One summary line, unreadable files counted apart from the checked one.
    expect(out.trimEnd().split('\n').pop()).toBe('共检查 1 个文件：错误 0，警告 0，提示 0；另有 4 个文件无法读取');
    const en = await cli(text, clean, '--lang', 'en', '--format', 'json');
    expect(en.err).toBe(`${text}: cannot be read — Not an Excel or WPS workbook (.xlsx, .xlsm, .xls, .et)\n`);
  });

  it('a 1,000,000-cell sheet without a target table is reported clearly; the target sheet beside it is still checked', async () => {
    const big = join(dir, 'dump.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: false, useStyles: false });
    const dump = writer.addWorksheet('明细流水');
    for (let r = 0; r < 50_000; r++)
      dump.addRow(Array.from({ length: 20 }, (_, c) => (c % 3 === 0 ? `摘要${r}-${c}` : r * c))).commit();
    await dump.commit();
    const list = writer.addWorksheet('目标表');
    for (const row of BAIYUN_LIST_ROWS) list.addRow(row).commit();
    await list.commit();
    await writer.commit();
    const { code, out } = await cli(big, '--format', 'json');
    const [file] = JsonReportSchema.parse(JSON.parse(out)).files;
    expect(code).toBe(file.summary.error > 0 ? 1 : 0);
    const noTable = file.findings.filter((f) => f.code === 'NO_TARGET_SHEET');
    expect(noTable).toEqual([
      expect.objectContaining({ sheet: '明细流水', message: '工作表“明细流水”中未找到绩效目标表或自评表' }),
    ]);
    expect(file.projects).toHaveLength(16);
    expect(file.projects.every((p) => p.sheet === '目标表')).toBe(true);
  }, 60_000);

  it('rejects unknown options with usage, exit 2', async () => {
    const { code, err } = await cli('--frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('Usage');
  });
});
