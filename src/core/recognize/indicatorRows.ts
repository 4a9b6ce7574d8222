import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make';
import type { SheetView } from '../grid/sheetView';
import { level2Label, normalizeLevel1 } from '../taxonomy/labels';
import type { ColumnRole } from '../vocabulary/columns';
import { isBareNumberName, isPlaceholderName, isPlaceholderValue, stripItemPrefix } from '../vocabulary/placeholders';
import { cellText, emptyCell, type CellText } from './header/cellText';
import { typeColumnsByContent } from './header/columnKinds';
import { annualGroup, columnAt, readTableHeader, type HeaderColumn, type TableHeader } from './header/tableHeader';
import { unrecognizedCell, type RecognitionSite } from './site';
import { isBlankRow } from './text';

/** Roles holding a value of an indicator (everything but its category and name). */
export type ValueRole = Exclude<
  ColumnRole,
  'level1' | 'level2' | 'level3' | 'name' | 'content' | 'indicator' | 'seq' | 'subTarget'
>;

/** Roles that name the indicator, most specific first: the first a table has is its name column. */
export const NAME_ROLES: ColumnRole[] = ['level3', 'name', 'content', 'indicator'];

const NOT_VALUES = new Set<ColumnRole>(['level1', 'level2', ...NAME_ROLES, 'seq', 'subTarget']);
const isValueRole = (role: ColumnRole): role is ValueRole => !NOT_VALUES.has(role);

/** One value set of a row (annual, or the period set of a table with two side by side). */
export type RowValues = Partial<Record<ValueRole, CellText>>;

/** One indicator row of a table, with blank 一级/二级 filled from the rows above. */
export interface IndicatorRow {
  row: number;
  level1: CellText | null;
  level2: CellText | null;
  level3: CellText;
  /** The annual value set (and the shared columns). */
  values: RowValues;
  /** The period value set (实施期 / 中期 / 长期), when the table has one. */
  periodValues?: RowValues;
  /** Values of the sub-project columns (one per village or sub-project), with their column labels. */
  subTargets?: (CellText & { label: string })[];
}

export interface IndicatorRowsResult {
  header: TableHeader;
  rows: IndicatorRow[];
  /** Last row that belongs to the table (its header when it has no rows). */
  lastRow: number;
  /** A 总分/合计/等级 row that ended the table, if one did. */
  totalRow?: number;
  /** Category labels of rows with a value but no indicator name (reported as MISSING_INDICATOR_NAME). */
  unnamed: { level1: string; level2: string }[];
  findings: Finding[];
}

/** A row that ends the table: totals, grades, a narrative section or the sign-off. */
const END_LABEL =
  /^(总分|合计|总计|自评总分|自评等级|综合评价等级|等级|评价等级|评价结论|存在问题|改进措施|主要经验|填表人|填报人|审核人|单位负责人|财务负责人|项目负责人|财政部门|主管部门审核|备注|注[:：]|说明[:：])|盖章|年月日$/;

const ROLE_NAMES: Record<string, { zh: string; en: string }> = {
  level1: { zh: '一级指标', en: 'level-1 indicator' },
  level2: { zh: '二级指标', en: 'level-2 indicator' },
  level3: { zh: '三级指标', en: 'level-3 indicator' },
  target: { zh: '指标值', en: 'target' },
};
const roleName = (role: ColumnRole | undefined) => ROLE_NAMES[role ?? 'level1'] ?? { zh: '表格', en: 'the table' };

interface Token extends CellText {
  col: number;
  column: HeaderColumn;
}

const isLevel1Only = (t: string) => normalizeLevel1(t) !== null && level2Label(t) === null;
const isLevel2Only = (t: string) => level2Label(t) !== null && normalizeLevel1(t) === null;
const isLevel2 = (t: string) => level2Label(t) !== null;
const isCategory = (t: string) => normalizeLevel1(t) !== null || level2Label(t) !== null;

/** How the table names its indicators, decided once from its header and body. */
interface Reading {
  /** Column roles read as the 三级 name, by priority: 三级指标, 指标名称, 指标内容. */
  nameRole: ColumnRole;
  /** Hubei/Zhejiang two-level tables: the 一级 column holds categories, the 二级 column the indicator. */
  twoLevel: boolean;
  annual: number;
  period: number;
}

/**
 * Read the rows of an indicator table below `header` up to `lastRow` (inclusive). The table ends at a
 * blank row, a 总分/合计/等级 row, a narrative or sign-off row, or the next table's header. Template
 * placeholders (`指标2:`, `……`, a `/` row) are not indicators; a row with a category and a value but no
 * name is reported (MISSING_INDICATOR_NAME). Labels found in the wrong column (a row shifted right, a 二级
 * typed into the 一级 column) are recognized where they can be and reported as MISPLACED_LABEL.
 */
export function readIndicatorRows(
  view: SheetView,
  header: TableHeader,
  lastRow: number,
  site: RecognitionSite,
  /** First row to read (a project's band of a list with one indicator per row); the row after the header by default. */
  fromRow = header.lastRow + 1,
): IndicatorRowsResult {
  typeColumnsByContent(view, header, lastRow);
  const reading = readingOf(view, header, lastRow);
  const out: IndicatorRowsResult = { header, rows: [], lastRow: fromRow - 1, unnamed: [], findings: [] };
  let level1: CellText | null = null;
  let level2: CellText | null = null;
  /** A 一级 written down the table's side label column, which carries to the rows below. */
  let sideLevel1: Token | null = null;
  for (let r = fromRow; r <= lastRow; r++) {
    if (isBlankRow(view, r)) break;
    const cells = view.rowCells(r);
    if (cells.some((c) => END_LABEL.test(c.label) && columnAt(header, c.col)?.role !== 'level3')) {
      out.totalRow = r;
      break;
    }
    if (readTableHeader(view, r)) break;
    out.lastRow = r;
    const parsed = classifyRow(tokensOf(view, header, r), reading, sideLevel1);
    if (parsed.level1) sideLevel1 = parsed.sideLevel1 ? parsed.level1 : null;
    for (const m of parsed.misplaced)
      out.findings.push(misplacedFinding(site, m, [parsed.level1 ?? level1, parsed.level2, parsed.level3]));
    for (const t of parsed.unrecognized)
      out.findings.push(unrecognizedCell(site, t.cell, t.text, roleName(t.column.role)));
    if (parsed.level1) {
      level1 = parsed.level1;
      level2 = null;
    }
    if (parsed.level2) level2 = parsed.level2;
    const name = parsed.level3 && stripItemPrefix(parsed.level3);
    const values = parsed.values[reading.annual] ?? {};
    const filled = [...Object.values(values), ...parsed.subTargets].filter((v) => v && !isPlaceholderValue(v.text));
    if (!name || isPlaceholderName(name.text)) {
      const valueCell = values.target ?? values.actual ?? values.weight ?? parsed.subTargets[0];
      if (filled.length > 0 && valueCell && !isPlaceholderValue(valueCell.text) && (level1 || level2)) {
        out.findings.push(missingNameFinding(site, r, level1, level2, valueCell));
        out.unnamed.push({ level1: level1?.text ?? '', level2: level2?.text ?? '' });
      }
      continue;
    }
    if (filled.length === 0 && Object.keys(values).length > 0 && isPlaceholderValue(name.text)) continue;
    // A bare number in the name column (88 beside a target of 100) names nothing: read as written, and said.
    if (isBareNumberName(name.text))
      out.findings.push(missingNameFinding(site, r, level1, level2, { ...(values.target ?? name), cell: name.cell }));
    const row: IndicatorRow = { row: r, level1, level2, level3: name, values };
    if (parsed.subTargets.length > 0) row.subTargets = parsed.subTargets;
    const period = parsed.values[reading.period];
    if (reading.period !== reading.annual && period) row.periodValues = period;
    out.rows.push(row);
  }
  groupTargets(out.rows);
  return out;
}

/** A group row (★补助各类瓜果蔬菜种植面积) that carries the weight while the rows under it carry the targets. */
const GROUP_MARK = /^[★☆*＊]/;

/**
 * Grouped indicators (Anhui's 衔接资金 tables): a ★ row with a weight and no target of its own, the rows
 * below it with targets and no weight. The group row's target is its rows' targets together, so it is not
 * reported as missing one.
 */
function groupTargets(rows: IndicatorRow[]): void {
  rows.forEach((row, i) => {
    if (!GROUP_MARK.test(row.level3.text) || row.values.target?.text) return;
    const members: CellText[] = [];
    for (let j = i + 1; j < rows.length && !GROUP_MARK.test(rows[j].level3.text); j++) {
      const t = rows[j].values.target;
      if (!t?.text || rows[j].values.weight) break;
      members.push(t);
    }
    if (members.length === 0) return;
    row.values.target = { text: members.map((m) => m.text).join('、'), raw: '', cell: members[0].cell };
  });
}

function readingOf(view: SheetView, header: TableHeader, lastRow: number): Reading {
  const roles = new Set(header.columns.map((c) => c.role));
  const nameRole: ColumnRole = NAME_ROLES.find((r) => roles.has(r)) ?? 'level2';
  const annual = annualGroup(header);
  const period = header.groups.findIndex((g) => g === 'period');
  const reading: Reading = { nameRole, twoLevel: false, annual, period: period < 0 ? annual : period };
  if (nameRole === 'level2') reading.twoLevel = categoriesInLevel1(view, header, lastRow);
  return reading;
}

/** Whether the 一级 column holds the categories (数量指标, 质量指标, 效益指标…) and the 二级 column the indicators. */
function categoriesInLevel1(view: SheetView, header: TableHeader, lastRow: number): boolean {
  const l1 = header.columns.find((c) => c.role === 'level1');
  const l2 = header.columns.find((c) => c.role === 'level2');
  if (!l1 || !l2) return false;
  let categories = 0;
  let names = 0;
  for (let r = header.lastRow + 1; r <= Math.min(lastRow, header.lastRow + 40) && !isBlankRow(view, r); r++) {
    const a = view.ownText(r, l1.col);
    const b = view.ownText(r, l2.col);
    if (a && isCategory(a)) categories++;
    if (b) names += isCategory(b) ? -1 : 1;
  }
  return categories > 0 && names > 0;
}

function tokensOf(view: SheetView, header: TableHeader, row: number): Token[] {
  const out: Token[] = [];
  for (const { col } of view.rowCells(row)) {
    const column = columnAt(header, col);
    if (column) out.push({ ...cellText(view, row, col), col, column });
  }
  return out;
}

interface Misplaced {
  token: Token;
  expected: ColumnRole;
}

interface ClassifiedRow {
  level1?: Token;
  /** True when the 一级 came from the side label column. */
  sideLevel1?: boolean;
  level2?: Token;
  level3?: Token;
  /** Values by group index (a shared column's value goes to every group). */
  values: RowValues[];
  subTargets: (CellText & { label: string })[];
  misplaced: Misplaced[];
  unrecognized: Token[];
}

/** File a value under its role in its group (every group for a shared column); a second value of a role is unrecognized. */
function put(out: ClassifiedRow, t: Token, role: ValueRole, groups: number): void {
  const targets = t.column.group === null ? [...Array(groups).keys()] : [t.column.group];
  let placed = false;
  for (const g of targets) {
    const set = (out.values[g] ??= {});
    if (set[role]) continue;
    set[role] = t;
    placed = true;
  }
  if (!placed) out.unrecognized.push(t);
}

/** Assign each token of a row its role: by column, unless the labels show the row is shifted. */
function classifyRow(all: Token[], reading: Reading, carriedSide: Token | null): ClassifiedRow {
  const out: ClassifiedRow = { values: [], subTargets: [], misplaced: [], unrecognized: [] };
  // A side label of the table (绩效指标 merged down its left edge) and a 序号 are not part of the row.
  const side = (t: Token) => t.column.role === 'indicator' && reading.nameRole !== 'indicator';
  const tokens = all.filter((t) => t.column.role !== 'seq' && !side(t));
  // A 一级 written down the side label's column (产出指标 under 绩效指标) is the row's 一级.
  const ownSide = all.find((t) => side(t) && isLevel1Only(t.text));
  const sideLevel1 = ownSide ?? carriedSide;
  if (ownSide) {
    out.level1 = ownSide;
    out.sideLevel1 = true;
  }
  const groups = Math.max(reading.annual, reading.period) + 1;
  if (reading.twoLevel) return classifyTwoLevel(tokens, out, groups);
  let i = 0;
  // Category labels at the start of the row.
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const role = t.column.role;
    if (role === 'level1' && sideLevel1 && !out.level2 && isLevel2Only(t.text)) {
      // Under a side 一级, the 一级 column holds the 二级 (Hubei's monitoring form): the template's, not a misplacement.
      out.level2 = t;
    } else if (role === 'level1' && !out.level1 && !out.level2) {
      if (isLevel2Only(t.text) && tokens.every((o) => o.column.role !== 'level2')) {
        out.level2 = t;
        out.misplaced.push({ token: t, expected: 'level2' });
      } else out.level1 = t;
    } else if (role === 'level2' && reading.nameRole !== 'level2' && !out.level2) {
      if (!out.level1 && isLevel1Only(t.text) && next !== undefined && isLevel2(next.text)) {
        out.level1 = t;
        out.misplaced.push({ token: t, expected: 'level1' });
      } else out.level2 = t;
    } else if (!out.level2 && out.misplaced.length > 0 && isLevel2(t.text) && next !== undefined) {
      // A row already shifted right: its 二级 sits in the 三级 column.
      out.level2 = t;
      out.misplaced.push({ token: t, expected: 'level2' });
    } else break;
  }
  const shifted = out.misplaced.some((m) => m.token.column.role !== 'level1');
  // The 三级 name: in its column, or the next cell of a shifted row wherever it landed.
  if (i < tokens.length && (tokens[i].column.role === reading.nameRole || shifted)) out.level3 = tokens[i++];
  // …and its target is whatever follows, even in a column of another role.
  if (shifted && i < tokens.length) put(out, tokens[i++], 'target', groups);
  for (; i < tokens.length; i++) classifyValue(out, tokens[i], reading, groups);
  return out;
}

/** A token after the name: a value of its column's role; a repeated name or category of a side-by-side set is skipped. */
function classifyValue(out: ClassifiedRow, t: Token, reading: Reading, groups: number): void {
  const role = t.column.role;
  if (!role) return;
  if (role === 'level1' || role === 'level2' || NAME_ROLES.includes(role)) {
    if (t.column.group !== null && t.column.group !== reading.annual) return;
    if (role === 'content' && reading.nameRole !== 'content') put(out, t, 'description', groups);
    else if (
      role === reading.nameRole &&
      t.column.group === reading.annual &&
      out.level3?.column.group !== reading.annual
    )
      out.level3 = t;
    else if (role === 'level2' && t.column.group === reading.annual) out.level2 = t;
    else if (role !== 'name' && role !== 'indicator') out.unrecognized.push(t);
    return;
  }
  if (role === 'seq') return;
  // A sub-target's label is its own (新罗区), not its parent's path (区域目标值/新罗区).
  if (role === 'subTarget') out.subTargets.push({ ...t, label: t.column.label.replace(/^.*\//, '') });
  else if (isValueRole(role)) put(out, t, role, groups);
}

/** A two-level row: its category in the 一级 column (a 二级 or a 一级), its indicator in the 二级 column. */
function classifyTwoLevel(tokens: Token[], out: ClassifiedRow, groups: number): ClassifiedRow {
  for (const t of tokens) {
    const role = t.column.role;
    if (role === 'level1') {
      if (isLevel2(t.text) && !isLevel1Only(t.text)) out.level2 = t;
      else out.level1 = t;
    } else if (role === 'level2') out.level3 = t;
    else if (role && isValueRole(role)) put(out, t, role, groups);
  }
  return out;
}

function misplacedFinding(site: RecognitionSite, m: Misplaced, path: (CellText | null | undefined)[]): Finding {
  const actual = roleName(m.token.column.role);
  const expected = roleName(m.expected);
  return makeFinding(
    'MISPLACED_LABEL',
    { sheet: site.sheet, cell: m.token.cell, project: site.project, indicator: path.map((p) => p?.text) },
    {
      params: { label: m.token.text, actualEn: actual.en, expectedEn: expected.en },
      expected: expected.zh,
      actual: actual.zh,
    },
  );
}

function missingNameFinding(
  site: RecognitionSite,
  row: number,
  level1: CellText | null,
  level2: CellText | null,
  value: CellText,
): Finding {
  const category = [level1?.text, level2?.text].filter(Boolean).join('/');
  return makeFinding(
    'MISSING_INDICATOR_NAME',
    { sheet: site.sheet, cell: value.cell, project: site.project, indicator: [level1?.text, level2?.text, ''] },
    { actual: value.text, params: { row: row + 1, category, categoryEn: category } },
  );
}

/** The row's cell of a value role, blank with its address when the row left it empty. */
export function valueCell(
  view: SheetView,
  header: TableHeader,
  row: IndicatorRow,
  role: ValueRole,
  values: RowValues = row.values,
): CellText | undefined {
  const found = values[role];
  if (found) return found;
  const col = header.columns.find((c) => c.role === role);
  return col === undefined ? undefined : emptyCell(view, row.row, col.col);
}
