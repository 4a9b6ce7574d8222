import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { planAnnotations } from '../../src/core/annotate/plan';
import { COMMENT_MARKER, REPORT_SHEET_NAME } from '../../src/core/annotate/types';
import { checkWorkbook } from '../../src/core/engine';
import { readXlsx } from '../../src/xlsx/read';
import { writeAnnotatedXlsx } from '../../src/xlsx/annotate';
import { generateSelfEvalSheets } from '../../src/core/selfeval/generate';
import { reload, sampleBytes, toBytes } from '../helpers/workbooks';

/** Every user cell's value, formula and number format, keyed by sheet!cell. */
function userCells(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    if (ws.name === REPORT_SHEET_NAME) return;
    ws.eachRow((row) =>
      row.eachCell((c) => out.set(`${ws.name}!${c.address}`, JSON.stringify([c.value, c.formula, c.numFmt]))),
    );
  });
  return out;
}

describe('annotated .xlsx copy', () => {
  it('adds fills, notes and the report sheet without changing any user value, formula or format', async () => {
    const original = await sampleBytes('gaoxin-forms.xlsx');
    const before = await reload(original);
    const { findings } = checkWorkbook(await readXlsx(original));
    const plan = planAnnotations(findings);
    const annotated = await writeAnnotatedXlsx(original, plan);
    const after = await reload(annotated);
    expect(userCells(after)).toEqual(userCells(before));
    const misfiled = findings.find((f) => f.code === 'MISCLASSIFIED_INDICATOR')!;
    const cell = after.getWorksheet(misfiled.sheet)!.getCell(misfiled.cell);
    const note = cell.note as ExcelJS.Comment;
    const noteText = note.texts!.map((t) => t.text).join('');
    expect(noteText.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(noteText).toContain('[MISCLASSIFIED_INDICATOR]');
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } });
    const report = after.getWorksheet(REPORT_SHEET_NAME)!;
    expect(report.rowCount).toBe(findings.length + 1);
    expect(report.getCell('C1').value).toBe('代码');
  });

  it('leaves the input bytes untouched and does not duplicate the report when run on its own output', async () => {
    const original = await sampleBytes('form-plan.xlsx');
    const copy = Uint8Array.from(original);
    const first = await writeAnnotatedXlsx(original, planAnnotations(checkWorkbook(await readXlsx(original)).findings));
    expect(Buffer.from(original).equals(Buffer.from(copy))).toBe(true);
    const second = await writeAnnotatedXlsx(first, planAnnotations(checkWorkbook(await readXlsx(first)).findings));
    const wb = await reload(second);
    expect(wb.worksheets.filter((w) => w.name === REPORT_SHEET_NAME)).toHaveLength(1);
    expect(checkWorkbook(await readXlsx(second)).findings).toEqual(checkWorkbook(await readXlsx(original)).findings);
  });

  it('links each report row to its cell', async () => {
    const original = await sampleBytes('coded-list.xlsx');
    const findings = checkWorkbook(await readXlsx(original)).findings;
    const copy = unzipSync(await writeAnnotatedXlsx(original, planAnnotations(findings)));
    const report = Object.keys(copy)
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .sort()
      .pop()!;
    expect(findings[0].sheet).toBe('编码式目标表');
    expect(strFromU8(copy[report])).toContain(
      `<hyperlink ref="E2" location="'编码式目标表'!${findings[0].cell}" display="${findings[0].cell}"/>`,
    );
  });

  it('keeps a user sheet named 校验报告 (and checks it); its own report goes beside it and is replaced on the next run', async () => {
    const wb = await reload(await sampleBytes('coded-list.xlsx'));
    wb.worksheets[0].name = REPORT_SHEET_NAME;
    const original = await toBytes(wb);
    const run = async (bytes: Uint8Array) => {
      const { findings } = checkWorkbook(await readXlsx(bytes));
      return { findings, out: await writeAnnotatedXlsx(bytes, planAnnotations(findings)) };
    };
    const first = await run(original);
    expect(first.findings.some((f) => f.sheet === REPORT_SHEET_NAME)).toBe(true);
    const second = await run(first.out);
    const after = await reload(second.out);
    expect(after.worksheets.map((w) => w.name)).toEqual([REPORT_SHEET_NAME, `${REPORT_SHEET_NAME}(2)`]);
    expect(second.findings).toEqual(first.findings);
    const userSheet = (w: ExcelJS.Workbook) => JSON.stringify(w.getWorksheet(REPORT_SHEET_NAME)!.getSheetValues());
    expect(userSheet(after)).toBe(userSheet(await reload(original)));
  });

  it('never overwrites a 自评表 filled in after an earlier run: the new one takes a free name', async () => {
    const original = await sampleBytes('gaoxin-forms.xlsx');
    const check = async (bytes: Uint8Array) => {
      const { findings, model } = checkWorkbook(await readXlsx(bytes));
      return writeAnnotatedXlsx(bytes, planAnnotations(findings), generateSelfEvalSheets(model.projects.slice(0, 1)));
    };
    const firstWb = await reload(await check(original));
    const generated = firstWb.worksheets.find((w) => w.name.startsWith('自评-'))!;
    generated.getCell('Z1').value = '用户已填写';
    const second = await reload(await check(await toBytes(firstWb)));
    expect(second.getWorksheet(generated.name)!.getCell('Z1').value).toBe('用户已填写');
    expect(second.worksheets.map((w) => w.name)).toContain(`${generated.name}(2)`);
  });
});
