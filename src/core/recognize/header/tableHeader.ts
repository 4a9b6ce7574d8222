import type { SheetView } from '../../grid/sheetView';
import { COLUMN_LABELS, type ColumnRole } from '../../vocabulary/columns';
import { Vocabulary } from '../../vocabulary/table';
import { level2Label, normalizeLevel1 } from '../../taxonomy/labels';
import { mergeEnd } from '../text';

const isCategory = (t: string) => normalizeLevel1(t) !== null || level2Label(t) !== null;

export const COLUMN_VOCABULARY = new Vocabulary(COLUMN_LABELS);

/** What an indicator table is for: targets, a scored self-evaluation, a scoring framework, mid-year monitoring. */
export type TableKind = 'target' | 'scored' | 'framework' | 'monitoring';

/** Which value set a column belongs to when a table has two side by side (中期 | 年度, 实施期 | 年度). */
export type ValueGroup = 'annual' | 'period';

/** One labelled column of a table header. */
export interface HeaderColumn {
  col: number;
  /** Last column of the column's zone: its merged header cell and the unlabelled columns after it. */
  lastCol: number;
  /** Role by label; undefined for a labelled column of no known role (ignored with its zone). */
  role: ColumnRole | undefined;
  /** The header text (for a two-row header: parent and sub-label joined by `/`). */
  label: string;
  /** Index into TableHeader.groups; null for columns shared by every group (一级, a shared 二级…). */
  group: number | null;
}

/** The header of an indicator table: its rows, its columns by role, its value groups and its kind. */
export interface TableHeader {
  row: number;
  /** Last header row: row + 1 for a two-row header (年度指标值 spanning 指标性质 | 指标值 | 度量单位). */
  lastRow: number;
  columns: HeaderColumn[];
  /** Value groups in column order; a plain table has one, ['annual']. */
  groups: ValueGroup[];
  kind: TableKind;
}

const NAMING: ColumnRole[] = ['level3', 'name', 'content', 'indicator', 'level2'];
const LEVELS: ColumnRole[] = ['level1', 'level2', 'level3'];
const VALUES: ColumnRole[] = [
  'target',
  'periodTarget',
  'initialTarget',
  'adjustedTarget',
  'actual',
  'score',
  'weight',
  'progress',
];
/** Roles that start a new value group when met a second time in one header row (side-by-side sets). */
const REPEATING: ColumnRole[] = ['level2', 'level3', 'name', 'content', 'target'];
/** Roles that belong to a value group (the rest, such as 一级, are shared). */
const GROUPED: ColumnRole[] = [...REPEATING, 'comparator', 'direction', 'unit', 'valueType'];

const PERIOD_WORDS = /中期|实施期|长期|实施周期|滚动/;
const ANNUAL_WORDS = /年度|本年|当年|年初/;

interface Labelled {
  col: number;
  role: ColumnRole | undefined;
  label: string;
  parent?: { role: ColumnRole | undefined; label: string };
}

/** Labels of a header row: each non-empty own cell with its role (undefined when unknown). */
function rowLabels(view: SheetView, row: number): Labelled[] {
  return view.rowCells(row).map(({ col, text, label }) => ({
    col,
    role: label ? COLUMN_VOCABULARY.roleOfKey(label) : undefined,
    label: text,
  }));
}

function isHeaderLike(labels: Labelled[]): boolean {
  const roles = new Set(labels.map((l) => l.role).filter((r): r is ColumnRole => r !== undefined));
  if (!NAMING.some((r) => roles.has(r))) return false;
  const levels = LEVELS.filter((r) => roles.has(r)).length;
  const values = VALUES.some((r) => roles.has(r));
  return levels >= 2 || values;
}

/**
 * The header of an indicator table at `row`, if it is one: a naming column (三级指标, 指标名称, 指标内容 or, in
 * Hubei's two-level tables, 二级指标) and either a second level column or a value column, in any order, with
 * any extra columns. A second row of sub-labels under a merged header cell is read as part of the header.
 */
export function readTableHeader(view: SheetView, row: number): TableHeader | null {
  const top = rowLabels(view, row);
  const alone = isHeaderLike(top);
  // A group label over its sub-labels (绩效指标 over 一级|二级|三级) makes a header only with the row below.
  if (!alone && !top.some((t) => t.role !== undefined)) return null;
  const sub = subLabels(view, row, top);
  const labels = sub ? mergeRows(top, sub) : top;
  if (!alone && (!sub || !isHeaderLike(labels))) return null;
  const columns = zones(view, row, labels);
  const groups = assignGroups(view, row, columns, labels);
  return { row, lastRow: sub ? row + 1 : row, columns, groups, kind: kindOf(columns) };
}

/**
 * Sub-labels on the row below, when it is the second row of a two-row header: labelled cells (no
 * numbers) under a header cell merged across several columns, either naming columns (指标性质 | 指标值 |
 * 度量单位) or naming the parts of one (优 | 良 | 中 | 差) — never a first data row (产出指标 | 数量指标 | …).
 */
function subLabels(view: SheetView, row: number, top: Labelled[]): Labelled[] | null {
  const next = view.rowCells(row + 1);
  // Both rows are labels through and through: a header's top row names columns, it holds no values.
  const spanning = (t: Labelled) => mergeEnd(view, row, t.col) > t.col;
  // A label merged down over both rows (指标分值 beside 绩效指标 › 一级|二级|三级) is the header's too.
  const spansDown = (t: Labelled) => view.anchor(row + 1, t.col).row === row;
  if (
    next.length === 0 ||
    next.some((c) => !c.label) ||
    top.some((t) => t.role === undefined && !spanning(t) && !spansDown(t))
  )
    return null;
  // The top label whose zone a column is in: its merged area, or the blank cells after it when unmerged.
  const parentCol = (col: number): number | undefined => {
    const a = view.anchor(row, col);
    if (a.row === row && a.col !== col) return a.col;
    let best: number | undefined;
    for (const t of top) if (t.col <= col) best = t.col;
    if (best === undefined || (best !== col && top.some((t) => t.col > best! && t.col <= col))) return undefined;
    return best;
  };
  const children = new Map<number, number>();
  for (const c of next) {
    const p = parentCol(c.col);
    if (p !== undefined) children.set(p, (children.get(p) ?? 0) + 1);
  }
  // A group label over several sub-labels makes the row below part of the header.
  if (![...children.values()].some((n) => n >= 2)) return null;
  const labels = rowLabels(view, row + 1);
  const naming = labels.some((l) => l.role !== undefined);
  const parts = labels.every(
    (l) => parentCol(l.col) !== undefined && !isCategory(l.label) && !/\d|[≥≤<>=]/.test(l.label),
  );
  return naming || parts ? labels : null;
}

/** One label per column: a sub-label (with its parent) where there is one, else the top label. */
function mergeRows(top: Labelled[], sub: Labelled[]): Labelled[] {
  const out: Labelled[] = [];
  const parentAt = (col: number) => {
    let best: Labelled | undefined;
    for (const t of top) if (t.col <= col && (!best || t.col > best.col)) best = t;
    return best;
  };
  const subCols = new Set(sub.map((s) => s.col));
  for (const t of top) if (!subCols.has(t.col)) out.push(t);
  for (const s of sub) {
    const parent = parentAt(s.col);
    if (!parent) out.push(s);
    else {
      const withParent = { ...s, parent: { role: parent.role, label: parent.label } };
      out.push({ ...withParent, role: subRole(withParent) });
    }
  }
  return out
    .filter((l) => !(l.role === undefined && sub.some((s) => s.col > l.col && parentAt(s.col) === l)))
    .sort((a, b) => a.col - b.col);
}

/** Zones: each labelled column reaches to the next labelled one (its merged cell and blank columns after it). */
function zones(view: SheetView, row: number, labels: Labelled[]): HeaderColumn[] {
  return labels.map((l, i) => {
    const next = labels[i + 1]?.col ?? Math.max(view.colCount, mergeEnd(view, row, l.col) + 1);
    return {
      col: l.col,
      lastCol: next - 1,
      role: l.role,
      label: l.parent ? `${l.parent.label}/${l.label}` : l.label,
      group: null,
    };
  });
}

/** Grades of a graded standard (优 | 良 | 中 | 差): the top grade's threshold is the target. */
const TOP_GRADE = /^(优|优秀)$/;

/**
 * A column's role with its parent label: 指标值 under 实施期指标值 is the period target; under a graded
 * 评价标准 the 优 column is the target; unnamed parts of a 指标值 (one per village) are sub-project targets.
 */
function subRole(l: Labelled): ColumnRole | undefined {
  const parent = l.parent?.role;
  if (parent === 'periodTarget' && l.role === 'target') return 'periodTarget';
  if (l.role === undefined && (parent === 'standard' || parent === 'target') && TOP_GRADE.test(l.label))
    return 'target';
  if (l.role === undefined && parent === 'target') return 'subTarget';
  return l.role;
}

/**
 * Value groups: a sub-label's parent says 实施期 or 年度; a role met twice in one row starts a second
 * set side by side, whose meaning the nearest label above its columns tells (中期滚动目标 | 年度目标).
 */
function assignGroups(view: SheetView, row: number, columns: HeaderColumn[], labels: Labelled[]): ValueGroup[] {
  const starts: number[] = [];
  let seen = new Set<ColumnRole>();
  columns.forEach((c, i) => {
    if (!c.role || !REPEATING.includes(c.role)) return;
    if (seen.has(c.role)) {
      starts.push(i);
      seen = new Set();
    }
    seen.add(c.role);
  });
  if (starts.length === 0) return groupsByParent(columns, labels);
  const bounds = [0, ...starts];
  const groups: ValueGroup[] = [];
  bounds.forEach((from, g) => {
    const to = g + 1 < bounds.length ? bounds[g + 1] : columns.length;
    for (let i = from; i < to; i++) columns[i].group = g;
    groups.push(groupMeaning(view, row, columns[from].col, columns[to - 1].lastCol, columns.slice(from, to)));
  });
  // Side by side, every set reads as what its label says; when none says, the last set is the year's.
  if (!groups.includes('annual')) groups[groups.length - 1] = 'annual';
  // Columns of the first set that no other set has (its 一级) are shared.
  for (const c of columns) {
    if (c.group === 0 && c.role && !columns.some((o) => o.group !== 0 && o.role === c.role)) c.group = null;
  }
  return groups;
}

/** A two-row header's value groups: sub-labels under a 实施期 parent form the period group. */
function groupsByParent(columns: HeaderColumn[], labels: Labelled[]): ValueGroup[] {
  const periodParent = (l: Labelled) =>
    l.parent !== undefined && (l.parent.role === 'periodTarget' || PERIOD_WORDS.test(l.parent.label));
  const periods = labels.filter(periodParent).map((l) => l.col);
  if (periods.length === 0) return ['annual'];
  for (const c of columns) c.group = periods.includes(c.col) ? 1 : c.role && GROUPED.includes(c.role) ? 0 : null;
  return ['annual', 'period'];
}

/** What the label nearest above a column range says it holds, else what its column labels say. */
function groupMeaning(view: SheetView, row: number, from: number, to: number, cols: HeaderColumn[]): ValueGroup {
  for (let r = row - 1; r >= Math.max(0, row - 6); r--) {
    for (const { col, text } of view.rowCells(r)) {
      if (col < from || col > to) continue;
      if (PERIOD_WORDS.test(text)) return 'period';
      if (ANNUAL_WORDS.test(text)) return 'annual';
    }
  }
  return cols.some((c) => c.role === 'periodTarget' || PERIOD_WORDS.test(c.label)) ? 'period' : 'annual';
}

function kindOf(columns: HeaderColumn[]): TableKind {
  const has = (r: ColumnRole) => columns.some((c) => c.role === r);
  if (has('progress') || has('forecast')) return 'monitoring';
  // A self-evaluation scores its indicators; a target table may carry completion columns without scores.
  if (has('score') && (has('actual') || has('target') || has('initialTarget'))) return 'scored';
  if (has('score') && has('weight')) return 'framework';
  return 'target';
}

/** The column of a role in a value group (or shared), if the table has one. */
export function columnOf(header: TableHeader, role: ColumnRole, group = 0): HeaderColumn | undefined {
  return (
    header.columns.find((c) => c.role === role && c.group === group) ??
    header.columns.find((c) => c.role === role && c.group === null)
  );
}

/** The header column whose zone holds `col` (undefined left of the table or in an ignored column's zone). */
export function columnAt(header: TableHeader, col: number): HeaderColumn | undefined {
  for (const c of header.columns) if (col >= c.col && col <= c.lastCol) return c.role ? c : undefined;
  return undefined;
}

/** Index of the annual value group (the one whose values are the project's 年度指标值). */
export function annualGroup(header: TableHeader): number {
  return Math.max(0, header.groups.indexOf('annual'));
}
