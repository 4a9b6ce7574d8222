import ExcelJS from 'exceljs';
import { BAIYUN_LIST_ROWS } from '../scripts/samples/data/baiyunList';
import { GAOXIN_FORMS } from '../scripts/samples/data/gaoxinForms';
import { writeRows } from '../scripts/samples/workbooks';

/** Counts (`12台`, `20场次`) and rates (`≥95%`) in targets and goals: varied per copy so projects don't share texts. */
const COUNT = /(\d+)(台|个|次|场|人|件|家|户|份|项|辆|套|名|期|本|批|处|篇|条)/g;
const RATE = /(\d+)%/g;

/**
 * A list-form workbook of n projects (the 白云区 rows repeated, ~6 indicators each), totals
 * consistent. Real department workbooks have a text of their own per project, which the .xlsx
 * stores once per distinct string: copies vary their counts and name their goal, or the parse
 * baseline would only see ~16 distinct long strings.
 */
export function listWorkbook(n: number): ExcelJS.Workbook {
  const header = BAIYUN_LIST_ROWS.slice(0, 4);
  const projects = BAIYUN_LIST_ROWS.filter((r) => r.length >= 7 && /指标值/.test(r[6]));
  const rows = Array.from({ length: n }, (_, i) => {
    const p = projects[i % projects.length];
    const copy = Math.floor(i / projects.length);
    const vary = (text: string) =>
      text
        .replace(COUNT, (_m, d: string, unit: string) => `${Number(d) + copy}${unit}`)
        .replace(RATE, (_m, d: string) => `${Number(d) >= 50 ? (Number(d) - copy / 100).toFixed(2) : d}%`);
    return [`${p[0]}-${i + 1}`, ...p.slice(1, 5), `${vary(p[5])}（${p[0]}-${i + 1}）`, vary(p[6]), ...p.slice(7)];
  });
  const total = rows.reduce((s, r) => s + Number(r[1].replace(/,/g, '')), 0).toFixed(2);
  const wb = new ExcelJS.Workbook();
  writeRows(
    wb.addWorksheet('目标表'),
    [...header, ['合计', total, total], ['某局（本级）', total, total], ...rows],
    1,
    { merged: true },
  );
  return wb;
}

/** n per-project forms, stacked on one sheet or one sheet each. */
export function formsWorkbook(n: number, layout: 'stacked' | 'sheets'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const stacked = layout === 'stacked' ? wb.addWorksheet('目标表') : null;
  let row = 1;
  for (let i = 0; i < n; i++) {
    const form = GAOXIN_FORMS[i % GAOXIN_FORMS.length].map((r) =>
      r[0] === '项目名称' ? [r[0], `${r[1]}-${i + 1}`, ...r.slice(2)] : r,
    );
    if (stacked) {
      writeRows(stacked, form, row, { merged: true });
      row += form.length + 2;
    } else writeRows(wb.addWorksheet(`项目${i + 1}`), form, 1, { merged: true });
  }
  return wb;
}
