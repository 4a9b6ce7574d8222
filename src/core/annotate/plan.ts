export type { Lang } from '../lang';
import { columnName, quoteSheet } from '../grid/address';
import { sortFindings, worseSeverity, type Finding, type Severity } from '../findings/finding';
import type { SheetSpec, SpecCell } from '../sheetSpec';
import { REPORT_SHEET_NAME, type AnnotationPlan, type CellAnnotation } from './types';

import type { Lang } from '../lang';

/** Fill per severity: soft enough to keep the user's text readable. */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };
const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

const HEADERS: Record<Lang, string[]> = {
  zh: ['序号', '严重程度', '代码', '工作表', '单元格', '项目', '指标', '说明', '应为', '实际'],
  en: ['#', 'Severity', 'Code', 'Sheet', 'Cell', 'Project', 'Indicator', 'Message', 'Expected', 'Actual'],
};
const WIDTHS = [6, 10, 30, 18, 9, 30, 40, 70, 22, 22];

/** Whether a sheet's first row is the header of a report we wrote: how an earlier run's report is told from a user sheet of the same name. */
export function isReportHeader(firstRow: readonly unknown[]): boolean {
  return Object.values(HEADERS).some((header) => header.every((v, i) => firstRow[i] === v));
}

function messageOf(f: Finding, lang: Lang): string {
  return lang === 'zh' ? f.message : f.messageEn;
}

/** Group findings by cell: one fill (worst severity) and one comment per cell. */
function cellAnnotations(findings: Finding[], lang: Lang): CellAnnotation[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  return [...byCell.values()].map((list) => {
    const severity = list.reduce<Severity>((worst, f) => worseSeverity(worst, f.severity), 'info');
    return {
      sheet: list[0].sheet,
      cell: list[0].cell,
      severity,
      fill: SEVERITY_FILL[severity],
      comment: list.map((f) => `[${f.code}] ${messageOf(f, lang)}`).join('\n'),
      findings: list,
    };
  });
}

/** The 校验报告 sheet: a header and one row per finding, with a link to its cell. */
export function reportSheet(findings: Finding[], lang: Lang): SheetSpec {
  const cells: SpecCell[] = HEADERS[lang].map((value, c) => ({
    cell: `${columnName(c)}1`,
    value,
    bold: true,
    fill: '#D9D9D9',
  }));
  findings.forEach((f, i) => {
    const r = i + 2;
    const row: (string | number)[] = [
      i + 1,
      SEVERITY_LABEL[lang][f.severity],
      f.code,
      f.sheet,
      f.cell,
      f.project ?? '',
      f.indicator ?? '',
      messageOf(f, lang),
      f.expected ?? '',
      f.actual ?? '',
    ];
    row.forEach((value, c) => {
      const cell: SpecCell = { cell: `${columnName(c)}${r}`, value };
      if (c === 1) cell.fill = SEVERITY_FILL[f.severity];
      if (c === 4) cell.link = `${quoteSheet(f.sheet)}!${f.cell}`;
      if (c === 7) cell.wrap = true;
      cells.push(cell);
    });
  });
  return { name: REPORT_SHEET_NAME, cells, merges: [], columnWidths: WIDTHS, frozenRows: 1 };
}

/** Findings → what an adapter writes: cell fills and comments, and the report sheet. */
export function planAnnotations(findings: Finding[], lang: Lang = 'zh'): AnnotationPlan {
  const sorted = sortFindings(findings);
  return { cells: cellAnnotations(sorted, lang), reportSheet: reportSheet(sorted, lang) };
}
