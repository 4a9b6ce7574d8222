import ExcelJS from 'exceljs';
import { BAIYUN_LIST_ROWS } from '../scripts/samples/data/baiyunList';
import { GAOXIN_FORMS } from '../scripts/samples/data/gaoxinForms';
import { writeRows } from '../scripts/samples/workbooks';

/** A list-form workbook of n projects (the 白云区 rows repeated, ~6 indicators each), totals consistent. */
export function listWorkbook(n: number): ExcelJS.Workbook {
  const header = BAIYUN_LIST_ROWS.slice(0, 4);
  const projects = BAIYUN_LIST_ROWS.filter((r) => r.length >= 7 && /指标值/.test(r[6]));
  const rows = Array.from({ length: n }, (_, i) => {
    const p = projects[i % projects.length];
    return [`${p[0]}-${i + 1}`, ...p.slice(1)];
  });
  const total = rows.reduce((s, r) => s + Number(r[1].replace(/,/g, '')), 0).toFixed(2);
  const wb = new ExcelJS.Workbook();
  writeRows(wb.addWorksheet('目标表'), [...header, ['合计', total, total], ['某局（本级）', total, total], ...rows], 1, { merged: true });
  return wb;
}

/** n per-project forms, stacked on one sheet or one sheet each. */
export function formsWorkbook(n: number, layout: 'stacked' | 'sheets'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const stacked = layout === 'stacked' ? wb.addWorksheet('目标表') : null;
  let row = 1;
  for (let i = 0; i < n; i++) {
    const form = GAOXIN_FORMS[i % GAOXIN_FORMS.length].map((r) => (r[0] === '项目名称' ? [r[0], `${r[1]}-${i + 1}`, ...r.slice(2)] : r));
    if (stacked) {
      writeRows(stacked, form, row, { merged: true });
      row += form.length + 2;
    } else writeRows(wb.addWorksheet(`项目${i + 1}`), form, 1, { merged: true });
  }
  return wb;
}
