import type { Finding } from '../findings/finding';
import type { SheetView } from '../grid/sheetView';
import { memoizeRecent } from '../memo';
import type { AmountRow, ListTable, Project } from '../model/project';
import { parseIndicatorItem, readIndicatorList } from '../parse/indicatorList';
import { indicatorContent, placeIndicator, type IndicatorContent } from './indicator';
import { amountRow, budgetOf, FOOTER, GRAND_TOTAL } from './listAmounts';
import type { ListHeader } from './listHeader';
import { regionResult, type Region, type RegionResult } from './region';
import { unrecognizedCell, type RecognitionSite } from './site';

type Unit = ListTable['units'][number];

/**
 * Layout A: a header, a 合计 row, per spending unit a subtotal row (amounts, no indicators),
 * then one row per project with all its indicators in one cell.
 */
export function recognizeListForm(view: SheetView, region: Region, header: ListHeader): RegionResult {
  const divisor = header.divisor ?? region.preamble.divisor;
  const table: ListTable = { sheet: view.name, headerRow: header.row, units: [] };
  const projects: Project[] = [];
  const findings: Finding[] = [];
  let unit: Unit | undefined;
  for (let r = header.lastRow + 1; r <= region.lastRow; r++) {
    const cells = view.rowCells(r);
    if (cells.length === 0) continue;
    if (cells.length === 1 && FOOTER.test(cells[0].text)) break;
    const name = view.ownText(r, header.columns.name);
    const hasTexts = hasText(view, r, header.columns.goal) || hasText(view, r, header.columns.indicatorsText);
    const amounts = amountRow(view, header, r, name, divisor);
    if (GRAND_TOTAL.test(name)) {
      table.grandTotal ??= amounts;
    } else if (!hasTexts && name) {
      unit = { subtotal: amounts, projectIds: [], projectRows: [] };
      table.units.push(unit);
    } else if (hasTexts) {
      if (!unit) {
        unit = { projectIds: [], projectRows: [] };
        table.units.push(unit);
      }
      const { items, leftovers } = indicatorList(view, header, r);
      const project = listProject(view, header, amounts, items);
      if (unit.subtotal) project.unit = unit.subtotal.label;
      if (region.preamble.department) project.department = region.preamble.department;
      findings.push(...leftoverFindings(view.name, project, leftovers));
      unit.projectIds.push(project.id);
      unit.projectRows.push(amounts);
      projects.push(project);
    } else {
      const site = { sheet: view.name };
      findings.push(...cells.map((c) => unrecognizedCell(site, view.address(r, c.col), c.text, ROW_WHERE)));
    }
  }
  return regionResult('list', { projects, listTables: [table], findings });
}

function hasText(view: SheetView, row: number, col: number | undefined): boolean {
  return col !== undefined && view.ownText(row, col) !== '';
}

const ROW_WHERE = { zh: '无项目名称的行', en: 'a row without a project name' };
const INDICATORS_WHERE = { zh: '绩效指标', en: 'the indicators' };

type ListItems = ReturnType<typeof indicatorList>['items'];

function listProject(view: SheetView, header: ListHeader, amounts: AmountRow, items: ListItems): Project {
  const { row } = amounts;
  const cell = view.address(row, header.columns.name);
  const indicatorsCell = view.address(row, header.columns.indicatorsText ?? header.columns.name);
  const project: Project = {
    id: `${view.name}!${cell}`,
    name: amounts.label,
    sheet: view.name,
    cell,
    layout: 'list',
    budget: {},
    spendingPlan: [],
    indicators: items.map(({ ordinal, value }) =>
      placeIndicator(value, { cell: indicatorsCell, targetCell: indicatorsCell, ordinal }),
    ),
    rowSpan: { first: row, last: row },
    indicatorsCell,
  };
  project.budget = budgetOf(header, amounts);
  if (header.columns.goal !== undefined) {
    const goal = view.ownText(row, header.columns.goal);
    if (goal) project.goal = { text: goal, cell: view.address(row, header.columns.goal) };
  }
  return project;
}

/** An item's content by its text, worked out once: standard items (满意度, 资金拨付及时率) recur across a whole list. */
const contentOfItem = memoizeRecent(
  (body: string) => body,
  (body: string): IndicatorContent | null => {
    const item = parseIndicatorItem(body);
    return (
      item &&
      indicatorContent({
        level1Raw: item.level1Raw,
        level2Raw: item.level2Raw,
        level3: item.level3,
        targetRaw: item.annualRaw,
        periodRaw: item.periodRaw,
      })
    );
  },
);

function indicatorList(view: SheetView, header: ListHeader, row: number) {
  const col = header.columns.indicatorsText;
  // The view's text is normalized already, as the reader wants it.
  return readIndicatorList(col === undefined ? '' : view.ownText(row, col), contentOfItem);
}

/** Text of the indicators cell the parser could not read as indicators. */
function leftoverFindings(sheet: string, project: Project, leftovers: string[]): Finding[] {
  const site: RecognitionSite = { sheet, project: { id: project.id, name: project.name } };
  return leftovers
    .filter((t) => t.trim() !== '')
    .map((t) => unrecognizedCell(site, project.indicatorsCell, t, INDICATORS_WHERE));
}
