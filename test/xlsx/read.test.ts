import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/engine';
import { useNodeZip } from '../../src/cli/nodeZip';
import { readXlsx, XlsxReadError } from '../../src/xlsx/read';
import { zipCodec } from '../../src/xlsx/zip';
import { reload, sampleBytes, toBytes } from '../helpers/workbooks';

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes);
    return 'read';
  } catch (e) {
    return e instanceof XlsxReadError ? e.reason : `other: ${(e as Error).message}`;
  }
}

/** Rewrite the unpacked size a zip's central directory states for one part (offset 24 of its 46-byte header). */
function setDeclaredSize(bytes: Uint8Array, part: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (nameLength === name.length && bytes.subarray(at + 46, at + 46 + nameLength).every((b, i) => b === name[i]))
      view.setUint32(at + 24, size, true);
  }
}

describe('readXlsx', () => {
  it('reads numbers as numbers with their formats, and merged areas', async () => {
    const grid = await readXlsx(await sampleBytes('baiyun-list.xlsx'));
    const sheet = grid.sheets[0];
    expect(sheet.rows[4][1]).toEqual({ value: 1594.68, numberFormat: '#,##0.00' });
    expect(sheet.merges[0]).toEqual({ top: 0, left: 0, bottom: 0, right: 6 });
  });

  it('keeps formula text with its cached value, dates as text, errors as text, hidden and protected flags', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = { formula: 'A1*2', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = new Date(Date.UTC(2023, 11, 31));
    ws.getCell('A4').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('A5').value = { richText: [{ text: '产出' }, { text: '指标' }] };
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'veryHidden';
    hidden.getCell('A1').value = 'x';
    await wb.addWorksheet('保护').protect('pw', {});
    const grid = await readXlsx(await toBytes(wb));
    const cells = grid.sheets[0].rows.map((r) => r[0]);
    expect(cells).toEqual([
      { value: 1 },
      { value: 2, formula: 'A1*2' },
      { value: '2023-12-31', numberFormat: expect.any(String) },
      { value: '#REF!' },
      { value: '产出指标' },
    ]);
    expect(grid.sheets[1].hidden).toBe(true);
    expect(grid.sheets[2].protected).toBe(true);
  });

  it('says why a file cannot be read', async () => {
    expect(await reason(new TextEncoder().encode('项目名称,总计'))).toBe('not-xlsx');
    expect(await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('encrypted');
    const good = await sampleBytes('dept-self-eval.xlsx');
    expect(await reason(good.slice(0, good.length / 2))).toBe('corrupt');
    const zip = new JSZip();
    zip.file('hello.txt', 'not a workbook');
    expect(await reason(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/corrupt|empty/);
    expect(await reason(await toBytes(new ExcelJS.Workbook()))).toBe('empty');
  });

  it('refuses a workbook whose sheet data unpacks past what a string can hold, with its own message', async () => {
    const bytes = await sampleBytes('dept-self-eval.xlsx');
    setDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 768 * 2 ** 20);
    expect(await reason(bytes)).toBe('too-large');
  });

  it('a part whose zip header understates its size is refused as damaged, never inflated past it nor read cut short', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').addRows(Array.from({ length: 20_000 }, (_, r) => ['项目名称', `项目${r}`, r]));
    const bytes = await toBytes(wb);
    setDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 4096);
    await expect(readXlsx(bytes)).rejects.toMatchObject({
      reason: 'corrupt',
      detail: expect.stringContaining('xl/worksheets/sheet1.xml'),
    });
  });

  it('reads a 200,000-cell sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('大表');
    for (let r = 1; r <= 10_000; r++) ws.addRow(Array.from({ length: 20 }, (_, c) => (c === 0 ? `项目${r}` : r + c)));
    const grid = await readXlsx(await toBytes(wb));
    expect(grid.sheets[0].rows).toHaveLength(10_000);
    expect(grid.sheets[0].rows[9_999][19]).toEqual({ value: 10_019 });
  });

  it('formula errors and dates in amount cells are reported with the cell and its text; the sums over them are not checked', async () => {
    const wb = await reload(await sampleBytes('baiyun-list.xlsx'));
    const ws = wb.worksheets[0];
    ws.getCell('B5').value = { formula: 'B6/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    // A fresh style: the sample's amount cells share one, and a date format must reach only C7.
    ws.getCell('C7').style = { numFmt: 'yyyy-mm-dd' };
    ws.getCell('C7').value = new Date(Date.UTC(2023, 11, 31));
    const { findings } = checkWorkbook(await readXlsx(await toBytes(wb)));
    expect(findings.filter((f) => f.code === 'AMOUNT_NOT_NUMBER').map((f) => [f.cell, f.actual, f.message])).toEqual([
      ['B5', '#DIV/0!', '“合计”总计应为数字，实际为“#DIV/0!”（公式错误），无法参与核对'],
      ['C7', '2023-12-31', '财政拨款应为数字，实际为“2023-12-31”（日期），无法参与核对'],
    ]);
    expect(findings.filter((f) => f.code === 'TOTAL_MISMATCH' && ['B5', 'C5', 'C6', 'C7'].includes(f.cell))).toEqual(
      [],
    );
  });

  it('a formula error or text in a date-formatted cell reads as the text Excel shows (exceljs loses it)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = { formula: 'B1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'B1&"万"', result: '四十万' } as ExcelJS.CellFormulaValue;
    for (const a of ['A1', 'A2']) ws.getCell(a).numFmt = 'yyyy-mm-dd';
    const grid = await readXlsx(await toBytes(wb));
    expect(grid.sheets[0].rows.map((r) => r[0])).toEqual([
      { value: '#DIV/0!', formula: 'B1/0', numberFormat: 'yyyy-mm-dd' },
      { value: '四十万', formula: 'B1&"万"', numberFormat: 'yyyy-mm-dd' },
    ]);
  });
});

describe("readXlsx on Node's native zlib (the CLI's codec)", () => {
  const portable = { ...zipCodec };
  beforeAll(() => useNodeZip());
  afterAll(() => Object.assign(zipCodec, portable));

  it('reads what the portable codec reads, and refuses a part that inflates past its stated size', async () => {
    const bytes = await sampleBytes('baiyun-list.xlsx');
    const native = await readXlsx(bytes);
    Object.assign(zipCodec, portable);
    expect(native).toEqual(await readXlsx(bytes));
    useNodeZip();
    setDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 4096);
    await expect(readXlsx(bytes)).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
