import type { Finding } from '../findings/finding';
import type { SheetView } from '../grid/sheetView';
import type { Amount, ListTable, Project } from '../model/project';
import { PARENT_OF } from '../taxonomy/categories';
import { level2Label, normalizeLevel1 } from '../taxonomy/labels';
import { readAmount } from './amount';
import { cellText } from './header/cellText';
import { buildIndicator } from './indicator';
import { columnAt, type TableHeader } from './header/tableHeader';
import { readIndicatorRows } from './indicatorRows';
import { amountRow, budgetOf, FOOTER, GRAND_TOTAL } from './listAmounts';
import type { ListHeader } from './listHeader';
import { regionResult, type Region, type RegionResult } from './region';
import { indicatorOfRow } from './tableIndicators';

type Unit = ListTable['units'][number];

/** Rows of one project: from the row naming it to the row before the next name, total or blank. */
interface Band {
  first: number;
  last: number;
}

function hasIndicatorCells(view: SheetView, indicators: TableHeader, row: number): boolean {
  return view.rowCells(row).some((c) => columnAt(indicators, c.col) !== undefined);
}

/**
 * A list with one indicator per row (Sichuan's 部门预算项目绩效目标申报表): 项目名称, 预算数 and 年度目标
 * merged down (or written once) over each project's rows, the indicator columns beside them. A row with
 * amounts but no project and no indicator is a subtotal (a unit's or the department's).
 */
export function recognizeListRows(view: SheetView, region: Region, header: ListHeader): RegionResult {
  const indicators = header.indicators as TableHeader;
  const divisor = header.divisor ?? region.preamble.divisor;
  const table: ListTable = { sheet: view.name, headerRow: header.row, units: [] };
  const projects: Project[] = [];
  const findings: Finding[] = [];
  let unit: Unit | undefined;
  let band: Band | undefined;
  const close = () => {
    if (!band) return;
    const project = bandProject(view, region, header, band, findings);
    unit ??= pushUnit(table, undefined);
    if (unit.subtotal) project.unit ??= unit.subtotal.label;
    unit.projectIds.push(project.id);
    unit.projectRows.push(amountRow(view, header, band.first, project.name, divisor));
    projects.push(project);
    band = undefined;
  };
  let blanks = 0;
  for (let r = header.lastRow + 1; r <= region.lastRow; r++) {
    const cells = view.rowCells(r);
    if (cells.length === 0) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (cells.length === 1 && FOOTER.test(cells[0].text)) break;
    const name = view.ownText(r, header.columns.name);
    if (GRAND_TOTAL.test(name)) {
      close();
      table.grandTotal ??= amountRow(view, header, r, name, divisor);
    } else if (name) {
      close();
      band = { first: r, last: r };
    } else if (band && hasIndicatorCells(view, indicators, r)) {
      band.last = r;
    } else if (!hasIndicatorCells(view, indicators, r)) {
      close();
      const label = cells[0].text;
      unit = pushUnit(table, amountRow(view, header, r, label, divisor));
    }
  }
  close();
  return regionResult('list-rows', { projects, listTables: [table], findings });
}

function pushUnit(table: ListTable, subtotal: Unit['subtotal']): Unit {
  const unit: Unit = subtotal ? { subtotal, projectIds: [], projectRows: [] } : { projectIds: [], projectRows: [] };
  table.units.push(unit);
  return unit;
}

function bandProject(view: SheetView, region: Region, header: ListHeader, band: Band, findings: Finding[]): Project {
  const { columns } = header;
  const divisor = header.divisor ?? region.preamble.divisor;
  const cell = view.address(band.first, columns.name);
  const name = view.ownText(band.first, columns.name);
  const id = `${view.name}!${cell}`;
  const indicators = header.indicators as TableHeader;
  const firstIndicatorCol = Math.min(...indicators.columns.map((c) => c.col));
  const rows = readIndicatorRows(view, indicators, band.last, { sheet: view.name, project: { id, name } }, band.first);
  findings.push(...rows.findings);
  const project: Project = {
    id,
    name,
    sheet: view.name,
    cell,
    layout: 'list-rows',
    budget: budgetOf(header, amountRow(view, header, band.first, name, divisor)),
    spendingPlan: [],
    indicators: rows.rows.map((row) => indicatorOfRow(view, indicators, row)),
    rowSpan: { first: band.first, last: band.last },
    indicatorsCell: view.address(band.first, firstIndicatorCol),
  };
  const text = (col: number | undefined) => (col === undefined ? '' : view.text(band.first, col));
  if (text(columns.unit)) project.unit = text(columns.unit);
  const department = text(columns.department) || region.preamble.department;
  if (department) project.department = department;
  if (columns.goal !== undefined)
    project.goal = { text: text(columns.goal), cell: view.address(band.first, columns.goal) };
  if (columns.periodGoal !== undefined && !project.goal?.text) {
    project.goal = { text: text(columns.periodGoal), cell: view.address(band.first, columns.periodGoal) };
  }
  return project;
}

/**
 * A tree list: every line in the name column — a unit (no figures), a project (its amount), a 一级 or 二级
 * label, an indicator (its value in the target column) — as an approval system exports it, the hierarchy
 * shown only by indentation.
 */
export function recognizeTreeList(view: SheetView, region: Region, header: ListHeader): RegionResult {
  const targetCol = header.treeTarget as number;
  const { columns } = header;
  const divisor = header.divisor ?? region.preamble.divisor;
  const projects: Project[] = [];
  let unit: string | undefined;
  let project: Project | undefined;
  let level1 = '';
  let level2 = '';
  for (let r = header.lastRow + 1; r <= region.lastRow; r++) {
    const text = view.ownText(r, columns.name);
    if (!text) continue;
    const amount = columns.total === undefined ? undefined : readAmount(view, r, columns.total, divisor);
    const target = cellText(view, r, targetCol);
    // A line with a value is an indicator, even one named like its category (服务对象满意度).
    const category = !target.text;
    if (category && isLevel1Line(text, level1)) {
      level1 = text;
      level2 = '';
    } else if (category && level2Label(text)) level2 = text;
    else if (amount?.value != null && !target.text) {
      project = treeProject(view, r, columns.name, text, amount);
      if (unit) project.unit = unit;
      projects.push(project);
      level1 = level2 = '';
    } else if (project && (target.text || level1)) {
      project.indicators.push(
        buildIndicator({
          level1Raw: level1,
          level2Raw: level2,
          level3: text,
          targetRaw: target.text,
          cell: view.address(r, columns.name),
          targetCell: target.cell,
        }),
      );
      project.rowSpan.last = r;
    } else if (!project) unit = text;
  }
  return regionResult('list-rows', { projects });
}

/**
 * Whether a category line of a tree is a 一级: a 一级 name, unless it also names a 二级 of the 一级 above it
 * (成本指标 under 产出指标 is a 二级; 满意度指标 after 产出's lines starts a 一级).
 */
function isLevel1Line(text: string, level1Above: string): boolean {
  const l1 = normalizeLevel1(text);
  if (!l1) return false;
  const l2 = level2Label(text);
  const above = normalizeLevel1(level1Above);
  return !(l2 && l2 !== '效益(combined)' && above && PARENT_OF[l2] === above);
}

function treeProject(view: SheetView, row: number, nameCol: number, name: string, amount: Amount): Project {
  const cell = view.address(row, nameCol);
  return {
    id: `${view.name}!${cell}`,
    name,
    sheet: view.name,
    cell,
    layout: 'list-rows',
    budget: { total: amount },
    spendingPlan: [],
    indicators: [],
    rowSpan: { first: row, last: row },
    indicatorsCell: cell,
  };
}
