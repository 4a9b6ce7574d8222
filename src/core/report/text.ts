import type { Finding, Severity } from '../findings/finding';
import type { JsonFile } from './json';

import type { Lang } from '../lang';

const WORDS = {
  zh: {
    projects: '个项目',
    indicators: '个指标',
    selfEvaluations: '张自评表',
    summary: (e: number, w: number, i: number) => `错误 ${e}，警告 ${w}，提示 ${i}`,
    noFindings: '未发现问题',
    other: '其他（工作表级）',
    unreadable: '无法读取',
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    total: (files: number, e: number, w: number, i: number) => `共 ${files} 个文件：错误 ${e}，警告 ${w}，提示 ${i}`,
  },
  en: {
    projects: 'projects',
    indicators: 'indicators',
    selfEvaluations: 'self-evaluations',
    summary: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} info`,
    noFindings: 'no findings',
    other: 'Other (sheet level)',
    unreadable: 'cannot be read',
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    total: (files: number, e: number, w: number, i: number) => `${files} files: ${e} errors, ${w} warnings, ${i} info`,
  },
};

function findingLine(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const where = `${f.sheet}!${f.cell}`;
  const path = f.indicator && f.indicator.replace(/\//g, '') ? ` 〔${f.indicator}〕` : '';
  // Messages already state expected vs actual; the JSON report carries them as fields.
  return `    [${w.severity[f.severity]}] ${f.code} ${where}${path} ${lang === 'zh' ? f.message : f.messageEn}`;
}

/** Readable report of one file, findings grouped by project. */
export function fileText(file: JsonFile, lang: Lang): string {
  const w = WORDS[lang];
  if (file.error)
    return `■ ${file.file}: ${w.unreadable} — ${lang === 'zh' ? file.error.message : file.error.messageEn}`;
  const s = file.summary;
  // Filed self-evaluations are counted apart from target-sheet projects, as in the pane.
  const selfEvaluations =
    file.selfEvaluations.length > 0 ? `, ${file.selfEvaluations.length} ${w.selfEvaluations}` : '';
  const lines = [
    `■ ${file.file} — ${s.projects} ${w.projects}, ${s.indicators} ${w.indicators}${selfEvaluations}; ${w.summary(s.error, s.warning, s.info)}`,
  ];
  const byProject = new Map<string, Finding[]>();
  for (const f of file.findings) {
    const key = f.projectId ?? '';
    byProject.set(key, [...(byProject.get(key) ?? []), f]);
  }
  const named = [...file.projects.map((p) => ({ id: p.id, title: `${p.name}（${p.sheet}!${p.cell}）` }))];
  for (const e of file.selfEvaluations) named.push({ id: e.id, title: `${e.name}（${e.sheet}!${e.cell}）` });
  for (const { id, title } of named) {
    const list = byProject.get(id) ?? [];
    lines.push(`  ● ${title}${list.length === 0 ? ` — ${w.noFindings}` : ''}`);
    lines.push(...list.map((f) => findingLine(f, lang)));
    byProject.delete(id);
  }
  const rest = [...byProject.values()].flat();
  if (rest.length > 0) {
    lines.push(`  ● ${w.other}`);
    lines.push(...rest.map((f) => findingLine(f, lang)));
  }
  return lines.join('\n');
}

/** Whole text report: every file, then the totals line. */
export function reportText(files: JsonFile[], lang: Lang): string {
  const sum = (k: Severity) => files.reduce((n, f) => n + f.summary[k], 0);
  return [
    ...files.map((f) => fileText(f, lang)),
    '',
    WORDS[lang].total(files.length, sum('error'), sum('warning'), sum('info')),
  ].join('\n');
}
