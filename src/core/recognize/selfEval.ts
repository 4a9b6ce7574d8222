import type { SheetView } from '../grid/sheetView';
import type { FundsRow, SelfEvaluation } from '../model/selfEval';
import { readAmount, readNumber, readPercent, type UnitDivisor } from './amount';
import type { IndicatorHeader } from './indicatorHeader';
import { readHeaderFields, textOfLabel } from './keyValues';
import { unitInLabel } from './preamble';
import { regionResult, type Region, type RegionResult } from './region';
import { readScoredTable } from './scoredTable';
import { findLabelCol } from './text';

type FundsColumn = Exclude<keyof FundsRow, 'label' | 'row'>;

const FUNDS_LABELS: [FundsColumn, RegExp][] = [
  ['initialBudget', /^年初预算/],
  ['fullYearBudget', /^全年预算/],
  ['executed', /执行数$|^全年执行/],
  ['weight', /^分值$/],
  ['rate', /执行率/],
  ['score', /^得分$/],
];

const EXPECTED_GOAL = /^预期目标$/;
const ACTUAL_GOAL = /^实际完成情况$/;

/** Layout D: 项目支出绩效自评表 — header fields, 项目资金 rows, 年度总体目标, scored indicators, 总分, 等级. */
export function recognizeProjectSelfEval(view: SheetView, region: Region, header: IndicatorHeader): RegionResult {
  const fields = readHeaderFields(view, region.anchorRow, header.row - 1);
  const nameCell = fields.name ?? { text: '', cell: view.address(region.anchorRow, 1) };
  const evaluation: SelfEvaluation = {
    id: `${view.name}!${nameCell.cell}`,
    kind: 'project',
    name: nameCell.text,
    sheet: view.name,
    cell: nameCell.cell,
    funds: readFunds(view, region.anchorRow, header.row - 1, region.preamble.divisor),
    indicators: [],
    rowSpan: { first: region.preamble.firstRow, last: header.row },
  };
  const department = fields.department?.text || region.preamble.department;
  if (department) evaluation.department = department;
  if (fields.unit?.text) evaluation.unit = fields.unit.text;
  Object.assign(evaluation, readGoals(view, region.anchorRow, header.row - 1));
  const site = { sheet: view.name, project: { id: evaluation.id, name: evaluation.name } };
  const table = readScoredTable(view, header, region.lastRow, site);
  evaluation.indicators = table.indicators;
  if (table.totalScore) evaluation.totalScore = table.totalScore;
  if (table.grade) evaluation.grade = table.grade;
  evaluation.rowSpan.last = table.lastRow;
  return regionResult('self-eval', { selfEvaluations: [evaluation], findings: table.findings });
}

/** 项目资金 rows under the 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 heading. */
function readFunds(view: SheetView, fromRow: number, toRow: number, divisor: UnitDivisor): FundsRow[] {
  for (let r = fromRow; r <= toRow; r++) {
    const columns = fundsColumns(view, r);
    if (columns.size < 2) continue;
    const firstCol = Math.min(...columns.values());
    const unit = view.rowCells(r).reduce<UnitDivisor>((u, c) => unitInLabel(c.text) ?? u, divisor);
    const rows: FundsRow[] = [];
    for (let d = r + 1; d <= toRow; d++) {
      const label = view
        .rowCells(d)
        .filter((c) => c.col < firstCol)
        .pop();
      if (!label || /目标/.test(label.text)) break;
      const row: FundsRow = { label: label.text, row: d };
      for (const [key, col] of columns) {
        if (key === 'rate') row.rate = readPercent(view, d, col);
        else if (key === 'weight' || key === 'score') row[key] = readNumber(view, d, col);
        else row[key] = readAmount(view, d, col, unit);
      }
      rows.push(row);
    }
    return rows;
  }
  return [];
}

function fundsColumns(view: SheetView, row: number): Map<FundsColumn, number> {
  const out = new Map<FundsColumn, number>();
  for (const { col, label } of view.rowCells(row)) {
    const key = label ? FUNDS_LABELS.find(([, re]) => re.test(label))?.[0] : undefined;
    if (key && !out.has(key)) out.set(key, col);
  }
  return out;
}

function readGoals(
  view: SheetView,
  fromRow: number,
  toRow: number,
): Pick<SelfEvaluation, 'expectedGoal' | 'actualGoal'> {
  const isLabel = (k: string) => EXPECTED_GOAL.test(k) || ACTUAL_GOAL.test(k) || /总体目标/.test(k);
  const out: Pick<SelfEvaluation, 'expectedGoal' | 'actualGoal'> = {};
  for (let r = fromRow; r <= toRow; r++) {
    const expectedCol = findLabelCol(view, r, (k) => EXPECTED_GOAL.test(k));
    const actualCol = findLabelCol(view, r, (k) => ACTUAL_GOAL.test(k));
    if (expectedCol >= 0) out.expectedGoal ??= textOfLabel(view, r, expectedCol, isLabel);
    if (actualCol >= 0) out.actualGoal ??= textOfLabel(view, r, actualCol, isLabel);
  }
  return out;
}
