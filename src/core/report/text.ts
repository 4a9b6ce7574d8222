import type { Finding, Severity } from '../findings/finding';
import type { FileReport, JsonFileHead } from './json';

import type { Lang } from '../lang';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  zh: {
    counts: (p: number, i: number, e: number) => `${p} 个项目, ${i} 个指标${e > 0 ? `, ${e} 张自评表` : ''}`,
    summary: (e: number, w: number, i: number) => `错误 ${e}，警告 ${w}，提示 ${i}`,
    noFindings: '未发现问题',
    other: '其他（工作表级）',
    unreadable: '无法读取',
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    total: (t: ReportTotals) =>
      `共检查 ${t.checked} 个文件：错误 ${t.error}，警告 ${t.warning}，提示 ${t.info}` +
      (t.unreadable > 0 ? `；另有 ${t.unreadable} 个文件无法读取` : '') +
      (t.skipped > 0 ? `；跳过 ${t.skipped} 项` : ''),
  },
  en: {
    counts: (p: number, i: number, e: number) =>
      `${count(p, 'project', 'projects')}, ${count(i, 'indicator', 'indicators')}${e > 0 ? `, ${count(e, 'self-evaluation', 'self-evaluations')}` : ''}`,
    summary: (e: number, w: number, i: number) =>
      `${count(e, 'error', 'errors')}, ${count(w, 'warning', 'warnings')}, ${i} info`,
    noFindings: 'no findings',
    other: 'Other (sheet level)',
    unreadable: 'cannot be read',
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    total: (t: ReportTotals) =>
      `${count(t.checked, 'file', 'files')} checked: ${count(t.error, 'error', 'errors')}, ${count(t.warning, 'warning', 'warnings')}, ${t.info} info` +
      (t.unreadable > 0 ? `; ${count(t.unreadable, 'file', 'files')} could not be read` : '') +
      (t.skipped > 0 ? `; ${t.skipped} skipped` : ''),
  },
};

/** What a run adds up to: files checked (read), findings by severity over them, files that could not be read, paths skipped. */
export interface ReportTotals {
  checked: number;
  unreadable: number;
  skipped: number;
  error: number;
  warning: number;
  info: number;
}

export function emptyTotals(): ReportTotals {
  return { checked: 0, unreadable: 0, skipped: 0, error: 0, warning: 0, info: 0 };
}

/** Count one file's outcome into the totals. */
export function addToTotals(totals: ReportTotals, file: JsonFileHead): void {
  if (file.error) {
    totals.unreadable++;
    return;
  }
  totals.checked++;
  totals.error += file.summary.error;
  totals.warning += file.summary.warning;
  totals.info += file.summary.info;
}

function findingLine(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const where = `${f.sheet}!${f.cell}`;
  const path = f.indicator && f.indicator.replace(/\//g, '') ? ` 〔${f.indicator}〕` : '';
  // Messages already state expected vs actual; the JSON report carries them as fields.
  return `    [${w.severity[f.severity]}] ${f.code} ${where}${path} ${lang === 'zh' ? f.message : f.messageEn}`;
}

/** Readable report of one file, findings grouped by project, line by line (a district list's report is not one string). */
export function* fileTextLines(report: FileReport, lang: Lang): Generator<string> {
  const w = WORDS[lang];
  const file = report.head;
  if (file.error) {
    yield `■ ${file.file}: ${w.unreadable} — ${lang === 'zh' ? file.error.message : file.error.messageEn}`;
    return;
  }
  const s = file.summary;
  // Filed self-evaluations are counted apart from target-sheet projects, as in the pane.
  yield `■ ${file.file} — ${w.counts(s.projects, s.indicators, report.selfEvaluations.length)}; ${w.summary(s.error, s.warning, s.info)}`;
  const byProject = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.projectId ?? '';
    const list = byProject.get(key);
    if (list) list.push(f);
    else byProject.set(key, [f]);
  }
  const named = function* () {
    for (const p of report.projects()) yield { id: p.id, title: `${p.name}（${p.sheet}!${p.cell}）` };
    for (const e of report.selfEvaluations) yield { id: e.id, title: `${e.name}（${e.sheet}!${e.cell}）` };
  };
  for (const { id, title } of named()) {
    const list = byProject.get(id) ?? [];
    yield `  ● ${title}${list.length === 0 ? ` — ${w.noFindings}` : ''}`;
    for (const f of list) yield findingLine(f, lang);
    byProject.delete(id);
  }
  let other = false;
  for (const list of byProject.values()) {
    for (const f of list) {
      if (!other) yield `  ● ${w.other}`;
      other = true;
      yield findingLine(f, lang);
    }
  }
}

/** The totals line closing a text report. */
export function totalsLine(totals: ReportTotals, lang: Lang): string {
  return WORDS[lang].total(totals);
}
