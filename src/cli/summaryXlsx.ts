import ExcelJS from 'exceljs';
import type { Lang } from '../core/lang';
import { SUMMARY_HEADERS, summaryCells, type SummaryRow } from './batchSummary';

const WIDTHS = [40, 16, 40, 14, 8, 8, 8, 28, 80];

/**
 * The batch summary as a workbook: a frozen header row with filters on every column, budgets in
 * a 万元 number format (loaded only when `--summary` names an .xlsx, like the copy writer).
 */
export async function writeSummaryXlsx(path: string, rows: SummaryRow[], lang: Lang): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? '校验汇总' : 'Summary', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = SUMMARY_HEADERS[lang].map((header, i) => ({ header, width: WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(summaryCells(r));
  ws.getColumn(4).numFmt = '#,##0.00';
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: WIDTHS.length } };
  await wb.xlsx.writeFile(path);
}
