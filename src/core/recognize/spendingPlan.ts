import type { SheetView } from '../grid/sheetView';
import type { SpendingPlanPoint } from '../model/project';
import { readPercent } from './amount';
import { findLabelCol } from './text';

const PLAN_LABEL = /资金支出计划|支出进度计划|支出计划/;
const MONTH = /(\d{1,2})月/;

/** Row of the 资金支出计划（%） label in rows [fromRow, toRow], or -1. */
export function findSpendingPlanRow(view: SheetView, fromRow: number, toRow: number): number {
  for (let r = fromRow; r <= toRow; r++) if (findLabelCol(view, r, (k) => PLAN_LABEL.test(k)) >= 0) return r;
  return -1;
}

/** Points of the plan: month labels (3月底…12月底) right of the label, percents on the next row. */
export function readSpendingPlan(view: SheetView, row: number): SpendingPlanPoint[] {
  const labelCol = findLabelCol(view, row, (k) => PLAN_LABEL.test(k));
  return view
    .rowCells(row)
    .filter(({ col, text }) => col > labelCol && MONTH.test(text))
    .map(({ col, text }) => {
      const month = Number(MONTH.exec(text)?.[1]);
      const percent = readPercent(view, row + 1, col);
      return {
        label: text,
        month: month >= 1 && month <= 12 ? month : null,
        percent: percent.value,
        raw: percent.raw,
        cell: percent.cell,
      };
    });
}
