import type { Finding } from '../findings/finding';
import type { RecognizedWorkbook } from '../model/workbook';
import { countBySeverity, type SeverityCounts } from './summary';

/**
 * The categories a project's overview shows, in order: the 一级 the completeness check requires, then the
 * 二级 it looks for under them (SPEC §5). Data, so the pane and its legend follow one list.
 */
export const OVERVIEW_CATEGORIES = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '可持续影响指标',
] as const;
export type OverviewCategory = (typeof OVERVIEW_CATEGORIES)[number];

/**
 * A category of one project: `present` (an indicator of it), `missing` (the completeness check says so),
 * `undetermined` (the check could not tell from the wording), `notRequired` (absent, and not asked for:
 * 可持续影响 of a one-off purchase, 二级 under an absent 一级).
 */
export type CategoryState = 'present' | 'missing' | 'undetermined' | 'notRequired';

/** One line of the overview: a target-sheet project (with its categories) or a filed self-evaluation. */
export interface ProjectOverview {
  id: string;
  name: string;
  sheet: string;
  cell: string;
  kind: 'project' | 'selfEvaluation';
  /** Budget in 万元: the project's total (实施期/总计), else its annual amount; null when the sheet gives none. */
  budget: number | null;
  counts: SeverityCounts;
  /** By OVERVIEW_CATEGORIES; null for self-evaluations (their categories are not checked for completeness). */
  categories: CategoryState[] | null;
  /** Every category present or not required; null for self-evaluations. */
  complete: boolean | null;
}

export interface WorkbookOverview {
  /** Projects then self-evaluations, in workbook order. */
  projects: ProjectOverview[];
  projectCount: number;
  indicatorCount: number;
  selfEvaluationCount: number;
  /** Findings of no project (sheet level: unrecognized content, list totals). */
  sheetLevel: SeverityCounts;
}

/*
 * Small selectors: the recognition model is being extended (new table kinds, new fields), so the overview reads
 * only what it needs, and tolerates a part that is absent.
 */
interface IndicatorLike {
  level1?: string | null;
  level2?: string | null;
}
interface ProjectLike {
  id: string;
  name?: string;
  sheet?: string;
  cell?: string;
  indicators?: readonly IndicatorLike[];
  budget?: { total?: { value?: number | null }; annual?: { value?: number | null } };
}

function budgetOf(p: ProjectLike): number | null {
  return p.budget?.total?.value ?? p.budget?.annual?.value ?? null;
}

function presentCategories(p: ProjectLike): Set<string> {
  const present = new Set<string>();
  for (const i of p.indicators ?? []) {
    if (i.level1) present.add(i.level1);
    if (i.level2) present.add(i.level2);
  }
  return present;
}

const MISSING_CODES = new Set(['MISSING_LEVEL1', 'MISSING_LEVEL2']);

/** Categories the findings name for each project: missing, or undetermined. */
function flaggedCategories(findings: readonly Finding[]): Map<string, Map<string, CategoryState>> {
  const out = new Map<string, Map<string, CategoryState>>();
  for (const f of findings) {
    if (!f.projectId || !f.expected) continue;
    const state: CategoryState | null = MISSING_CODES.has(f.code)
      ? 'missing'
      : f.code === 'CATEGORY_UNDETERMINED'
        ? 'undetermined'
        : null;
    if (!state) continue;
    let m = out.get(f.projectId);
    if (!m) out.set(f.projectId, (m = new Map()));
    if (m.get(f.expected) !== 'missing') m.set(f.expected, state);
  }
  return out;
}

function categoryStates(p: ProjectLike, flagged: Map<string, CategoryState> | undefined): CategoryState[] {
  const present = presentCategories(p);
  return OVERVIEW_CATEGORIES.map((c) => flagged?.get(c) ?? (present.has(c) ? 'present' : 'notRequired'));
}

/**
 * The whole picture of a checked workbook, one line per project: budget, findings by severity and which
 * categories it has. Pure; O(projects + indicators + findings).
 */
export function workbookOverview(model: RecognizedWorkbook, findings: readonly Finding[]): WorkbookOverview {
  const byProject = new Map<string, Finding[]>();
  const sheetLevel: Finding[] = [];
  for (const f of findings) {
    if (!f.projectId) {
      sheetLevel.push(f);
      continue;
    }
    const list = byProject.get(f.projectId);
    if (list) list.push(f);
    else byProject.set(f.projectId, [f]);
  }
  const flagged = flaggedCategories(findings);
  const projects = (model.projects ?? []) as readonly ProjectLike[];
  const selfEvaluations = (model.selfEvaluations ?? []) as readonly ProjectLike[];
  const line = (p: ProjectLike, kind: ProjectOverview['kind']): ProjectOverview => {
    const categories = kind === 'project' ? categoryStates(p, flagged.get(p.id)) : null;
    return {
      id: p.id,
      name: p.name ?? '',
      sheet: p.sheet ?? '',
      cell: p.cell ?? '',
      kind,
      budget: kind === 'project' ? budgetOf(p) : null,
      counts: countBySeverity(byProject.get(p.id) ?? []),
      categories,
      complete: categories ? categories.every((s) => s === 'present' || s === 'notRequired') : null,
    };
  };
  return {
    projects: [...projects.map((p) => line(p, 'project')), ...selfEvaluations.map((e) => line(e, 'selfEvaluation'))],
    projectCount: projects.length,
    indicatorCount: projects.reduce((n, p) => n + (p.indicators?.length ?? 0), 0),
    selfEvaluationCount: selfEvaluations.length,
    sheetLevel: countBySeverity(sheetLevel),
  };
}
