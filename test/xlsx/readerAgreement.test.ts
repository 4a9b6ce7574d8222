import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../src/xlsx/read';
import { exceljsGrid } from '../helpers/exceljsGrid';
import { toBytes } from '../helpers/workbooks';

/**
 * Our .xlsx reader against exceljs's full parse: same values, formulas, number formats, merges,
 * hidden and protected flags, on every bundled sample and on random workbooks.
 */

const SAMPLES = join(__dirname, '../../assets/samples');

describe('readXlsx agrees with exceljs', () => {
  it.each(readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')))('on the bundled sample %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));
    expect(await readXlsx(bytes)).toEqual(await exceljsGrid(bytes));
  });

  /** Text as people type it, with what XML must escape; no control characters or OOXML `_xHHHH_` escapes (exceljs writes neither safely). */
  const text = fc
    .oneof(
      fc.constantFrom(
        '产出指标',
        '≥95%',
        '  前后空格 ',
        'a<b & c>"d"\'e',
        '第一行\n第二行',
        '😀表情',
        '＜全角＞',
        '_x',
      ),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    )
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters: the case is excluded on purpose
    .filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/.test(s));
  const cell: fc.Arbitrary<{ value: ExcelJS.CellValue; numFmt?: string }> = fc.oneof(
    text.map((value) => ({ value })),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ value })),
    fc.integer().map((value) => ({ value, numFmt: '#,##0.00' })),
    fc.boolean().map((value) => ({ value })),
    fc
      .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .map((d) => ({
        value: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
        numFmt: 'yyyy-mm-dd',
      })),
    fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((error) => ({ value: { error } as ExcelJS.CellErrorValue })),
    // No 0 result: exceljs's own load drops a formula's cached 0 (`<v>0</v>`), where Excel and our reader show 0 (see handMadePackage).
    fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.oneof(
          fc.integer().filter((n) => n !== 0),
          text,
        ),
      )
      .map(([r, result]) => ({
        value: { formula: `SUM(A${r}:B${r})*2`, result } as ExcelJS.CellFormulaValue,
      })),
    fc
      .array(text, { minLength: 1, maxLength: 3 })
      .map((runs) => ({ value: { richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) } })),
  );
  const sheet = fc.record({
    cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), cell), {
      maxLength: 40,
    }),
    merge: fc.option(
      fc.tuple(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
      ),
    ),
    state: fc.constantFrom<ExcelJS.WorksheetState>('visible', 'hidden', 'veryHidden'),
    protect: fc.boolean(),
  });

  it('on random workbooks (text with XML specials, numbers, dates, errors, formulas, rich text, merges, states)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        for (const [i, s] of sheets.entries()) {
          const ws = wb.addWorksheet(`表${i + 1}`, { state: s.state });
          for (const [r, c, { value, numFmt }] of s.cells) {
            const target = ws.getCell(r, c);
            target.style = numFmt ? { numFmt } : {};
            target.value = value;
          }
          if (s.merge) {
            const [top, left, h, w] = s.merge;
            ws.mergeCells(top, left, top + h, left + w);
          }
          if (s.protect) await ws.protect('', {});
        }
        const bytes = await toBytes(wb);
        expect(await readXlsx(bytes)).toEqual(await exceljsGrid(bytes));
      }),
      { numRuns: 60 },
    );
  });
});
