import { gridFromValues } from '../../../src/core/grid/grid';
import { SheetView } from '../../../src/core/grid/sheetView';
import { isDateFormat } from '../../../src/core/grid/excelDate';
import { amountFromText, readAmount, readPercent } from '../../../src/core/recognize/amount';

describe('amounts', () => {
  it.each([
    ['1,594.68', 1, 1594.68],
    ['80万', 1, 80],
    ['８０万', 1, 80],
    ['69.2万', 1, 69.2],
    ['69.2 万元', 1, 69.2],
    ['800000', 10000, 80],
    ['3000元', 1, 0.3],
    ['80万', 10000, 80],
    ['约80万', 1, null],
    ['待定', 1, null],
  ])('%s with divisor %d → %s 万元', (text, divisor, expected) => {
    expect(amountFromText(text, divisor as 1 | 10000)).toBe(expected);
  });

  it('reads cells merge-aware, keeping raw text and address; blank → null', () => {
    const view = new SheetView(
      gridFromValues('s', [[47.39, '', ' '], ['1,594.68']], [{ top: 0, left: 0, bottom: 0, right: 1 }]),
    );
    expect(readAmount(view, 0, 1, 1)).toEqual({ value: 47.39, raw: '47.39', cell: 'A1' });
    expect(readAmount(view, 0, 2, 1)).toEqual({ value: null, raw: ' ', cell: 'C1' });
    expect(readAmount(view, 1, 0, 1)).toEqual({ value: 1594.68, raw: '1,594.68', cell: 'A2' });
    expect(readAmount(view, 5, 5, 1)).toEqual({ value: null, raw: '', cell: 'F6' });
  });

  it('reads percents as percent points from text, percent-formatted numbers and bare numbers', () => {
    const sheet = gridFromValues('s', [['47.78%', 0.4778, 20, '２０ %', 'n/a']]);
    sheet.rows[0][1] = { value: 0.4778, numberFormat: '0.00%' };
    const view = new SheetView(sheet);
    expect([0, 1, 2, 3, 4].map((c) => readPercent(view, 0, c).value)).toEqual([47.78, 47.78, 20, 20, null]);
  });

  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]yyyy/m/d;@', true],
    ['h:mm', true],
    ['#,##0.00', false],
    ['0.00"万元"', false],
    ['#,##0.00"元";[Red]-#,##0.00"元"', false],
    ['G/通用格式', false],
    ['General', false],
    ['0.00%', false],
  ])('number format %s shows a date: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it('a number in a date format (how Office.js gives a typed date) is not an amount: raw is the date', () => {
    const sheet = gridFromValues('s', [[45291, 45291]]);
    sheet.rows[0][0] = { value: 45291, numberFormat: 'yyyy/m/d' };
    const view = new SheetView(sheet);
    expect(readAmount(view, 0, 0, 1)).toEqual({ value: null, raw: '2023-12-31', cell: 'A1' });
    expect(readAmount(view, 0, 1, 1).value).toBe(45291);
  });
});
