import type { Finding } from '../findings/finding';
import { parseAddress } from '../grid/address';
import type { SheetView } from '../grid/sheetView';
import type { Indicator, Project, TextField } from '../model/project';
import { parseTarget } from '../parse/targetValue';
import { PARENT_OF, type Level1 } from '../taxonomy/categories';
import { normalizeLevel1, normalizeLevel2 } from '../taxonomy/labels';
import type { FieldRole } from '../vocabulary/fields';
import { isTemplateInstruction } from '../vocabulary/placeholders';
import { readFields } from './fields';
import { readCostTable } from './costTable';
import { readFormAmounts } from './formAmounts';
import { readFunds } from './funds';
import type { TableHeader } from './header/tableHeader';
import { readIndicatorRows, type IndicatorRowsResult } from './indicatorRows';
import { regionResult, type Region, type RegionResult } from './region';
import { findSpendingPlanRow, readSpendingPlan } from './spendingPlan';
import { indicatorOfRow } from './tableIndicators';

/** What a block of indicators is for, as the label beside or above its table says (长期绩效指标 | 年度绩效指标). */
type Block = 'period' | 'annual' | undefined;

const PERIOD_BLOCK = /^(长期|中期|实施期|实施周期|总体)(绩效)?(指标|目标)/;
const ANNUAL_BLOCK = /^(年度|本年度?|当年)(绩效)?(指标|目标)/;

/**
 * A target form (layouts B and C and their provincial variants): key/value fields in any arrangement, the
 * funding block, goals, an optional 资金支出计划, and one or more indicator tables. A form with a
 * 长期/中期 block and a 年度 block is one project: its indicators are the annual ones, with the long-term
 * values kept as their 实施期 targets. A form with no 项目名称 but a department's name is a department's
 * (部门整体) target table.
 */
export function recognizeTargetForm(view: SheetView, region: Region, headers: TableHeader[]): RegionResult {
  const first = headers[0];
  const headEnd = first.row - 1;
  const fields = readFields(view, region.preamble.firstRow, headEnd);
  const project = formProject(view, region, headEnd, fields, view.address(first.row, first.columns[0]?.col ?? 0));
  project.rowSpan.last = first.lastRow;
  if (first.kind === 'monitoring') {
    project.layout = 'monitoring';
    project.monitoring = monitoringOf(view, region, fields, first.lastRow);
  }
  const site = { sheet: view.name, project: { id: project.id, name: project.name } };
  const findings: Finding[] = [];
  const blocks: { block: Block; table: IndicatorRowsResult }[] = [];
  for (const header of headers) {
    const table = readIndicatorRows(view, header, region.lastRow, site);
    findings.push(...table.findings);
    blocks.push({ block: blockOf(view, header), table });
    project.rowSpan.last = Math.max(project.rowSpan.last, table.lastRow);
  }
  project.indicators = indicatorsOf(view, blocks);
  const stated = statedWeights(
    view,
    region.preamble.firstRow,
    blocks.map((b) => b.table),
  );
  if (stated.length > 0) project.statedWeights = stated;
  const unnamed = unnamedCategories(blocks.flatMap((b) => b.table.unnamed));
  if (unnamed.length > 0) project.unnamedCategories = unnamed;
  const planned =
    project.spendingPlan.length > 0 ||
    headers.some((h) => h.columns.some((c) => c.role === 'basis' || c.role === 'description'));
  if (planned && project.layout === 'form') project.layout = 'form-plan';
  return regionResult(project.layout, { projects: [project], findings });
}

/**
 * The project a form states above its indicator table (rows from the region's top to `headEnd`): name,
 * department, unit, period, budget, goals and spending plan. A form with no 项目名称 but a department's
 * name is a department's (部门整体) table.
 */
export function formProject(
  view: SheetView,
  region: Region,
  headEnd: number,
  fields: Partial<Record<FieldRole, TextField>>,
  indicatorsCell: string,
): Project {
  const named = filled(fields.name);
  const nameCell = named ?? filled(fields.department) ?? filled(fields.unit) ?? untitled(region, indicatorsCell);
  const project: Project = {
    id: `${view.name}!${nameCell.cell}`,
    name: nameCell.text,
    sheet: view.name,
    cell: nameCell.cell,
    layout: named ? 'form' : 'department',
    budget: readFormAmounts(view, region.preamble.firstRow, headEnd, region.preamble.divisor),
    spendingPlan: [],
    indicators: [],
    rowSpan: { first: region.preamble.firstRow, last: headEnd },
    indicatorsCell,
  };
  const department = filled(fields.department)?.text || region.preamble.department;
  if (department && (named || department !== project.name)) project.department = department;
  const unit = filled(fields.unit)?.text;
  if (unit && unit !== project.name) project.unit = unit;
  if (fields.period?.text) {
    project.period = fields.period.text;
    const multiYear = spansYears(fields.period.text);
    if (multiYear !== undefined) project.multiYear = multiYear;
  }
  Object.assign(project, goalsOf(fields));
  const planRow = findSpendingPlanRow(view, region.preamble.firstRow, headEnd);
  if (planRow >= 0) project.spendingPlan = readSpendingPlan(view, planRow);
  const costTable = readCostTable(view, region.preamble.firstRow, headEnd, region.preamble.divisor);
  if (costTable) project.costTable = costTable;
  return project;
}

/** A monitoring form's funds so far (1–N月执行数) and its 偏差原因 (below the table, where the form puts it). */
function monitoringOf(
  view: SheetView,
  region: Region,
  fields: Partial<Record<FieldRole, TextField>>,
  headerRow: number,
): NonNullable<Project['monitoring']> {
  const funds = readFunds(view, region.preamble.firstRow, headerRow - 1, region.preamble.divisor);
  const out: NonNullable<Project['monitoring']> = { funds };
  const month = /(\d{1,2})\s*月/.exec(funds[0]?.executed ? executedLabel(view, funds[0].executed.cell) : '');
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) out.month = Number(month[1]);
  const deviation = fields.deviation ?? readFields(view, headerRow, region.lastRow).deviation;
  if (deviation) out.deviation = deviation;
  return out;
}

/** The column label above an executed amount (`1-6月执行数`). */
function executedLabel(view: SheetView, cell: string): string {
  const { row, col } = parseAddress(cell);
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    const text = view.text(r, col);
    if (text) return text;
  }
  return '';
}

function filled(field: TextField | undefined): TextField | undefined {
  return field?.text ? field : undefined;
}

/** The form's own name at the end of a title (…扶贫开发项目)绩效目标表): what is left names the project. */
const FORM_SUFFIX = /(项目支出|支出)?绩效目标(申报|批复)?表$/;

/** A table with no name field: named by its title block, less the form's name (or left unnamed, at the table). */
function untitled(region: Region, tableCell: string): TextField {
  const title = region.preamble.title;
  if (!title) return { text: '', cell: tableCell };
  const name = title.text.replace(FORM_SUFFIX, '').trim();
  return { text: name || title.text, cell: title.cell };
}

/** The block a table belongs to: a label left of its columns on its header row, or on the row above it. */
function blockOf(view: SheetView, header: TableHeader): Block {
  const firstCol = Math.min(...header.columns.filter((c) => c.role).map((c) => c.col));
  const beside = view.rowCells(header.row).filter((c) => c.col < firstCol);
  const above = view.rowCells(header.row - 1);
  for (const c of [...beside, ...(above.length === 1 ? above : [])]) {
    if (PERIOD_BLOCK.test(c.label)) return 'period';
    if (ANNUAL_BLOCK.test(c.label)) return 'annual';
  }
  return undefined;
}

/**
 * The project's indicators: those of its annual (or unmarked) blocks; a long-term block's values become
 * the 实施期 targets of the annual indicators of the same name.
 */
function indicatorsOf(view: SheetView, blocks: { block: Block; table: IndicatorRowsResult }[]): Indicator[] {
  const annual = blocks.filter((b) => b.block !== 'period');
  const period = blocks.filter((b) => b.block === 'period');
  const main = (annual.length > 0 ? annual : period).flatMap((b) =>
    b.table.rows.map((row) => indicatorOfRow(view, b.table.header, row)),
  );
  if (annual.length === 0) return main;
  const periodByName = new Map<string, Indicator>();
  for (const b of period) {
    for (const row of b.table.rows) periodByName.set(row.level3.text, indicatorOfRow(view, b.table.header, row));
  }
  return main.map((ind) => {
    const long = periodByName.get(ind.level3);
    return long && !ind.periodTarget ? { ...ind, periodTarget: parseTarget(long.target.raw) } : ind;
  });
}

/** 实施期目标 and 年度目标; a form with a single 绩效目标 has it as its goal. Template instructions are no goal. */
function goalsOf(fields: Partial<Record<FieldRole, TextField>>): Pick<Project, 'goal' | 'annualGoal'> {
  const out: Pick<Project, 'goal' | 'annualGoal'> = {};
  const real = (f: TextField | undefined) => (f && isTemplateInstruction(f.text) ? { ...f, text: '' } : f);
  const period = real(fields.periodGoal);
  const annual = real(fields.annualGoal);
  const goal = real(fields.goal);
  if (period?.text || annual?.text) {
    if (period) out.goal = period;
    if (annual) out.annualGoal = annual;
    if (!period && goal?.text) out.goal = goal;
    return out;
  }
  if (goal) out.goal = goal;
  else if (period) out.goal = period;
  if (annual) out.annualGoal = annual;
  return out;
}

/** True when the period names two different years (2023年1月至2025年12月), undefined when it names none. */
function spansYears(period: string): boolean | undefined {
  const years = new Set(period.match(/\d{4}(?=年|[-—–~至.]|$)/g) ?? []);
  return years.size === 0 ? undefined : years.size > 1;
}

/** The canonical categories of rows that have a value but no name: present in the table, though unnamed. */
export function unnamedCategories(
  rows: { level1: string; level2: string }[],
): NonNullable<Project['unnamedCategories']> {
  return rows.map((r) => {
    const level2 = normalizeLevel2(r.level2);
    return { level1: normalizeLevel1(r.level1) ?? (level2 ? PARENT_OF[level2] : null), level2 };
  });
}

/** A 一级 weight stated in words: `产出指标权重分值50分`, `产出指标(50分)`, `效益指标30分`. */
const LEVEL1_WEIGHT = /(产出|效益|满意度|成本)(?:指标)?(?:权重)?(?:分值)?[(（]?\s*(\d+(?:\.\d+)?)\s*分/g;

/**
 * The weights a form states for its indicators: per 一级 in the lines above its tables and in its 一级 labels,
 * and in all on a table's 合计/总分 row (the 权重/分值 column there).
 */
function statedWeights(
  view: SheetView,
  fromRow: number,
  tables: IndicatorRowsResult[],
): NonNullable<Project['statedWeights']> {
  const out: NonNullable<Project['statedWeights']> = [];
  const seen = new Set<string>();
  const add = (level1: Level1 | null, weight: number, cell: string) => {
    const key = `${level1 ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ level1, weight, cell });
  };
  const firstHeader = Math.min(...tables.map((t) => t.header.row));
  for (let r = fromRow; r <= firstHeader; r++) {
    for (const { col, text } of view.rowCells(r)) {
      for (const m of text.matchAll(LEVEL1_WEIGHT)) add(normalizeLevel1(m[1]), Number(m[2]), view.address(r, col));
    }
  }
  for (const t of tables) {
    for (const row of t.rows) {
      const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(row.level1?.text ?? '');
      const level1 = row.level1 && normalizeLevel1(row.level1.text);
      if (m && level1 && row.level1) add(level1, Number(m[1]), row.level1.cell);
    }
    const weightCol = t.header.columns.find((c) => c.role === 'weight');
    if (t.totalRow !== undefined && weightCol) {
      const total = view.raw(t.totalRow, weightCol.col);
      if (typeof total === 'number') add(null, total, view.address(t.totalRow, weightCol.col));
    }
  }
  return out;
}
