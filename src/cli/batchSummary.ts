import { writeFileSync } from 'fs';
import type { Severity } from '../core/findings/finding';
import type { Lang } from '../core/lang';
import type { FileReport } from '../core/report/json';

/**
 * The batch summary (`--summary`): one row per project (and filed self-evaluation) per workbook,
 * for a reviewer to sort and filter a folder's results in Excel. A workbook without any project,
 * or one that could not be read, gets one row saying so.
 */
export interface SummaryRow {
  file: string;
  sheet: string;
  project: string;
  /** 项目资金总额, 万元; null when the table states none. */
  budget: number | null;
  error: number;
  warning: number;
  info: number;
  /** Categories (一级/二级指标) the project lacks, `、`-joined. */
  missing: string;
  /** The first of the project's most severe findings: severity, code and message. */
  worst: string;
}

export const SUMMARY_HEADERS: Record<Lang, string[]> = {
  zh: ['文件', '工作表', '项目', '预算（万元）', '错误', '警告', '提示', '缺少的指标类别', '最严重的问题'],
  en: [
    'File',
    'Sheet',
    'Project',
    'Budget (万元)',
    'Errors',
    'Warnings',
    'Info',
    'Missing categories',
    'Worst finding',
  ],
};

const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const NO_PROJECT: Record<Lang, string> = { zh: '（未找到项目）', en: '(no project found)' };
const UNREADABLE: Record<Lang, string> = { zh: '（无法读取）', en: '(cannot be read)' };

/** Codes of findings that name a missing category in `expected`. */
const MISSING_CATEGORY = new Set(['MISSING_LEVEL1', 'MISSING_LEVEL2']);

/** The summary rows of one checked file. */
export function summaryRows(report: FileReport, lang: Lang): SummaryRow[] {
  const file = report.head;
  const blank = { sheet: '', budget: null, error: 0, warning: 0, info: 0, missing: '' };
  if (file.error)
    return [
      {
        file: file.file,
        ...blank,
        project: UNREADABLE[lang],
        worst: lang === 'zh' ? file.error.message : file.error.messageEn,
      },
    ];
  const byProject = new Map<string, FileReport['findings'][number][]>();
  for (const f of report.findings) {
    if (f.projectId === undefined) continue;
    const list = byProject.get(f.projectId);
    if (list) list.push(f);
    else byProject.set(f.projectId, [f]);
  }
  const units: { id: string; sheet: string; name: string; budget: number | null }[] = [];
  for (const p of report.projects()) units.push({ id: p.id, sheet: p.sheet, name: p.name, budget: p.budget.total });
  for (const e of report.selfEvaluations) units.push({ id: e.id, sheet: e.sheet, name: e.name, budget: null });
  if (units.length === 0) return [{ file: file.file, ...blank, project: NO_PROJECT[lang], worst: '' }];
  return units.map((u) => {
    const findings = byProject.get(u.id) ?? [];
    const counts = { error: 0, warning: 0, info: 0 };
    let worst: (typeof findings)[number] | undefined;
    const missing: string[] = [];
    for (const f of findings) {
      counts[f.severity]++;
      if (!worst || RANK[f.severity] < RANK[worst.severity]) worst = f;
      if (MISSING_CATEGORY.has(f.code) && f.expected && !missing.includes(f.expected)) missing.push(f.expected);
    }
    return {
      file: file.file,
      sheet: u.sheet,
      project: u.name,
      budget: u.budget,
      ...counts,
      missing: missing.join('、'),
      worst: worst
        ? `[${SEVERITY_WORD[lang][worst.severity]}] ${worst.code} ${lang === 'zh' ? worst.message : worst.messageEn}`
        : '',
    };
  });
}

/** The row's cells in header order. */
export function summaryCells(r: SummaryRow): (string | number | null)[] {
  return [r.file, r.sheet, r.project, r.budget, r.error, r.warning, r.info, r.missing, r.worst];
}

function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180) with a UTF-8 byte-order mark, so Excel opens the Chinese text as such. */
export function writeSummaryCsv(path: string, rows: SummaryRow[], lang: Lang): void {
  const lines = [SUMMARY_HEADERS[lang], ...rows.map(summaryCells)].map((cells) => cells.map(csvField).join(','));
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
}
