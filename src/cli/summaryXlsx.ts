import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'fs';
import type { Lang } from '../core/lang';
import { SUMMARY_HEADERS, summaryCells, type SummaryRow } from './batchSummary';

const WIDTHS = [40, 16, 40, 14, 8, 8, 8, 28, 80];

/**
 * The batch summary as a workbook, written with SheetJS (the legacy reader, loaded only when
 * `--summary` names an .xlsx): a header row, frozen, with filters on every column, budgets in a 万元
 * number format, so a reviewer sorts and filters the rows in Excel.
 */
export function writeSummaryXlsx(path: string, rows: SummaryRow[], lang: Lang): void {
  const ws = XLSX.utils.aoa_to_sheet([SUMMARY_HEADERS[lang], ...rows.map(summaryCells)]);
  ws['!cols'] = WIDTHS.map((wch) => ({ wch }));
  ws['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: WIDTHS.length - 1 } }),
  };
  for (let r = 1; r <= rows.length; r++) {
    const budget = ws[XLSX.utils.encode_cell({ r, c: 3 })] as XLSX.CellObject | undefined;
    if (budget?.t === 'n') budget.z = '#,##0.00';
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, lang === 'zh' ? '校验汇总' : 'Summary');
  writeFileSync(path, withFrozenHeader(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true })));
}

/** SheetJS's community build writes no panes: the sheet's view gets its header row frozen here. */
function withFrozenHeader(xlsx: ArrayBuffer): Uint8Array {
  const files = unzipSync(new Uint8Array(xlsx));
  const sheet = 'xl/worksheets/sheet1.xml';
  files[sheet] = strToU8(
    strFromU8(files[sheet]).replace(
      '<sheetView workbookViewId="0"/>',
      '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>',
    ),
  );
  return zipSync(files);
}
