import type { SheetView } from '../grid/sheetView';
import type { Indicator, Project, TextField } from '../model/project';
import { labelKey } from '../text/normalize';
import { readFormBudget } from './formBudget';
import { buildIndicator } from './indicator';
import { readIndicatorHeader, type IndicatorHeader } from './indicatorHeader';
import { readIndicatorRows, valueCell, type IndicatorRow } from './indicatorRows';
import { headerFieldOf, readHeaderFields, textOfLabel } from './keyValues';
import { regionResult, type Region, type RegionResult } from './region';
import { findSpendingPlanRow, readSpendingPlan } from './spendingPlan';
import { findLabelCol } from './text';

const PERIOD_GOAL = /^(实施期目标|实施期绩效目标|总体目标)$/;
const ANNUAL_GOAL = /^(年度目标|年度绩效目标)$/;
const GOAL = /^(项目)?绩效目标$/;
const GOAL_ITEM = /^目标\d*$/;

/** Layouts B (本级预算项目绩效目标表) and C (with 资金支出计划 and 指标值确定依据): one project per form. */
export function recognizeProjectForm(view: SheetView, region: Region): RegionResult {
  const header = findTableHeader(view, region);
  const headEnd = header ? header.row - 1 : region.lastRow;
  const fields = readHeaderFields(view, region.anchorRow, headEnd);
  const nameCell = fields.name ?? { text: '', cell: view.address(region.anchorRow, 1) };
  const project: Project = {
    id: `${view.name}!${nameCell.cell}`,
    name: nameCell.text,
    sheet: view.name,
    cell: nameCell.cell,
    layout: 'form',
    budget: readFormBudget(view, region.anchorRow, headEnd, region.preamble.divisor),
    spendingPlan: [],
    indicators: [],
    rowSpan: { first: region.preamble.firstRow, last: header?.row ?? headEnd },
    indicatorsCell: view.address(header?.row ?? headEnd, header?.columns.level1 ?? 0),
  };
  const department = fields.department?.text || region.preamble.department;
  if (department) project.department = department;
  if (fields.unit?.text) project.unit = fields.unit.text;
  if (fields.period?.text) {
    project.period = fields.period.text;
    const multiYear = spansYears(fields.period.text);
    if (multiYear !== undefined) project.multiYear = multiYear;
  }
  Object.assign(project, readGoals(view, region.anchorRow, headEnd));
  const planRow = findSpendingPlanRow(view, region.anchorRow, headEnd);
  if (planRow >= 0) project.spendingPlan = readSpendingPlan(view, planRow);
  if (planRow >= 0 || header?.columns.basis !== undefined || header?.columns.description !== undefined) {
    project.layout = 'form-plan';
  }
  if (!header) return regionResult(project.layout, { projects: [project] });

  const site = { sheet: view.name, project: { id: project.id, name: project.name } };
  const table = readIndicatorRows(view, header, region.lastRow, site);
  project.indicators = table.rows.map((row) => formIndicator(view, header, row));
  project.rowSpan.last = table.lastRow;
  return regionResult(project.layout, { projects: [project], findings: table.findings });
}

function findTableHeader(view: SheetView, region: Region): IndicatorHeader | null {
  for (let r = region.anchorRow; r <= region.lastRow; r++) {
    const header = readIndicatorHeader(view, r);
    if (header) return header;
  }
  return null;
}

function formIndicator(view: SheetView, header: IndicatorHeader, row: IndicatorRow): Indicator {
  const target = valueCell(view, header, row, 'target');
  return buildIndicator({
    level1Raw: row.level1?.text ?? '',
    level2Raw: row.level2?.text ?? '',
    level3: row.level3.text,
    targetRaw: target?.raw ?? '',
    periodRaw: row.values.period?.raw,
    description: row.values.description?.text,
    basis: row.values.basis?.text,
    cell: row.level3.cell,
    targetCell: target?.cell ?? row.level3.cell,
  });
}

/** 实施期目标 / 年度目标 (layout B), or the texts right of a single 绩效目标 label (layout C). */
function readGoals(view: SheetView, fromRow: number, toRow: number): Pick<Project, 'goal' | 'annualGoal'> {
  const isLabel = (k: string) =>
    PERIOD_GOAL.test(k) || ANNUAL_GOAL.test(k) || GOAL.test(k) || headerFieldOf(k) !== undefined;
  const out: Pick<Project, 'goal' | 'annualGoal'> = {};
  for (let r = fromRow; r <= toRow; r++) {
    const periodCol = findLabelCol(view, r, (k) => PERIOD_GOAL.test(k));
    const annualCol = findLabelCol(view, r, (k) => ANNUAL_GOAL.test(k));
    if (periodCol >= 0) out.goal ??= textOfLabel(view, r, periodCol, isLabel);
    if (annualCol >= 0) out.annualGoal ??= textOfLabel(view, r, annualCol, isLabel);
  }
  if (out.goal || out.annualGoal) return out;
  for (let r = fromRow; r <= toRow; r++) {
    const col = findLabelCol(view, r, (k) => GOAL.test(k));
    if (col >= 0) return { goal: goalItems(view, r, col, toRow) };
  }
  return out;
}

/** `绩效目标 | 目标1 | text` and following `| 目标2 | text` rows, joined. */
function goalItems(view: SheetView, row: number, labelCol: number, toRow: number): TextField {
  const texts: TextField[] = [];
  for (let r = row; r <= toRow && (r === row || view.ownText(r, labelCol) === ''); r++) {
    for (const { col, text } of view.rowCells(r)) {
      if (col > labelCol && !GOAL_ITEM.test(labelKey(text))) texts.push({ text, cell: view.address(r, col) });
    }
  }
  return { text: texts.map((t) => t.text).join('；'), cell: texts[0]?.cell ?? view.address(row, labelCol + 1) };
}

/** True when the period names two different years (2023年1月至2025年12月), undefined when it names none. */
function spansYears(period: string): boolean | undefined {
  const years = new Set(period.match(/\d{4}(?=年|[-—–~至]|$)/g) ?? []);
  return years.size === 0 ? undefined : years.size > 1;
}
