import type { Finding, Severity } from '../core/findings/finding';
import type { RecognizedWorkbook } from '../core/model/workbook';

/** One line of the virtualized list: a project header or a finding. */
export type ListRow =
  { kind: 'group'; key: string; title: string; count: number } | { kind: 'finding'; key: string; finding: Finding };

export interface FindingFilter {
  severities: Set<Severity>;
  code: string | null;
}

/** Findings grouped by project in workbook order, filtered; sheet-level ones last. */
export function findingRows(
  model: RecognizedWorkbook,
  findings: Finding[],
  filter: FindingFilter,
  otherTitle: string,
): ListRow[] {
  const kept = findings.filter(
    (f) => filter.severities.has(f.severity) && (filter.code === null || f.code === filter.code),
  );
  const byGroup = new Map<string, Finding[]>();
  for (const f of kept) {
    const k = f.projectId ?? '';
    const list = byGroup.get(k);
    if (list) list.push(f);
    else byGroup.set(k, [f]);
  }
  const groups = [
    ...model.projects.map((p) => ({ id: p.id, title: p.name })),
    ...model.selfEvaluations.map((e) => ({ id: e.id, title: e.name })),
    { id: '', title: otherTitle },
  ];
  const rows: ListRow[] = [];
  for (const g of groups) {
    const list = byGroup.get(g.id);
    if (!list) continue;
    rows.push({ kind: 'group', key: `g:${g.id}`, title: g.title, count: list.length });
    list.forEach((finding, i) => rows.push({ kind: 'finding', key: `f:${g.id}:${i}`, finding }));
  }
  return rows;
}
