import type { CheckArea } from '../../core/findings/catalogue';
import type { Finding, Severity } from '../../core/findings/finding';
import type { Lang } from '../../core/lang';
import { areaOf, cellText, messageOf, titleOf } from './describe';

export type GroupBy = 'severity' | 'project';

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  area: CheckArea | null;
  /** A project's id; '' for sheet-level findings; null for all. */
  projectId: string | null;
  /** Words to find in the title, message, cell, project or code (case-insensitive); '' for all. */
  search: string;
}

export const NO_FILTER: FindingFilter = {
  severities: new Set<Severity>(['error', 'warning', 'info']),
  area: null,
  projectId: null,
  search: '',
};

/** One line of the findings tree: a group heading, or a finding (`id`: its index among all findings of the check). */
export type TreeRow =
  | {
      kind: 'group';
      key: string;
      title: string;
      count: number;
      severity?: Severity;
      expanded: boolean;
      position: number;
      size: number;
    }
  | { kind: 'finding'; key: string; id: number; finding: Finding; position: number; size: number };

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** What the search looks in, per finding: title, message, cell, project, indicator and code, lower-cased. */
export function searchTexts(findings: readonly Finding[], lang: Lang): string[] {
  return findings.map((f) =>
    `${titleOf(f, lang)}\n${messageOf(f, lang)}\n${cellText(f)}\n${f.project ?? ''}\n${f.indicator ?? ''}\n${f.code}`.toLowerCase(),
  );
}

/**
 * Ids of the findings the filter keeps, in report order. `texts` (searchTexts of the same findings) is made once
 * per check and language by the caller, so each search only compares.
 */
export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  texts: () => readonly string[],
): number[] {
  const words = filter.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystacks = words.length > 0 ? texts() : null;
  const kept: number[] = [];
  findings.forEach((f, id) => {
    if (!filter.severities.has(f.severity)) return;
    if (filter.area !== null && areaOf(f) !== filter.area) return;
    if (filter.projectId !== null && (f.projectId ?? '') !== filter.projectId) return;
    if (haystacks && !words.every((w) => haystacks[id].includes(w))) return;
    kept.push(id);
  });
  return kept;
}

export interface GroupSource {
  /** Projects and self-evaluations in workbook order (the project grouping's order and titles). */
  projects: readonly { id: string; name: string }[];
  severityTitle: Record<Severity, string>;
  sheetLevelTitle: string;
}

/**
 * The tree's lines: groups (by severity or by project, in a fixed order) with their findings, a collapsed
 * group without them. Each finding line knows its place in its group (for screen readers' "3 of 12").
 */
export function treeRows(
  findings: readonly Finding[],
  kept: readonly number[],
  groupBy: GroupBy,
  source: GroupSource,
  collapsed: ReadonlySet<string>,
): TreeRow[] {
  const byGroup = new Map<string, number[]>();
  for (const id of kept) {
    const f = findings[id];
    const key = groupBy === 'severity' ? `s:${f.severity}` : `p:${f.projectId ?? ''}`;
    const list = byGroup.get(key);
    if (list) list.push(id);
    else byGroup.set(key, [id]);
  }
  const groups: { key: string; title: string; severity?: Severity }[] =
    groupBy === 'severity'
      ? SEVERITIES.map((s) => ({ key: `s:${s}`, title: source.severityTitle[s], severity: s }))
      : [
          ...source.projects.map((p) => ({ key: `p:${p.id}`, title: p.name })),
          { key: 'p:', title: source.sheetLevelTitle },
        ];
  const present = groups.filter((g) => byGroup.has(g.key));
  const rows: TreeRow[] = [];
  present.forEach((g, gi) => {
    const ids = byGroup.get(g.key)!;
    const expanded = !collapsed.has(g.key);
    rows.push({ kind: 'group', ...g, count: ids.length, expanded, position: gi + 1, size: present.length });
    if (!expanded) return;
    ids.forEach((id, i) =>
      rows.push({ kind: 'finding', key: `f:${id}`, id, finding: findings[id], position: i + 1, size: ids.length }),
    );
  });
  return rows;
}
