import type { SheetView } from '../grid/sheetView';
import type { Amount, AmountRow, Budget } from '../model/project';
import { readAmount, type UnitDivisor } from './amount';
import type { ListHeader } from './listHeader';

/** 合计 / 总计, however spaced (the name is normalized: trimmed, inner spaces single). */
export const GRAND_TOTAL = /^[合总] ?计$/;
/** A note or sign-off line under a list table. */
export const FOOTER = /^(注|说明|备注|填表|填报|审核|联系|负责人)/;

/** The amounts of one row of a list table (合计, a unit subtotal, or a project), in 万元. */
export function amountRow(
  view: SheetView,
  header: ListHeader,
  row: number,
  label: string,
  divisor: UnitDivisor,
): AmountRow {
  const { columns } = header;
  return {
    label,
    row,
    total: amountIn(view, row, columns.total, columns.name, divisor),
    fiscal: amountIn(view, row, columns.fiscal, columns.name, divisor),
    fiscalSpecial: amountIn(view, row, columns.fiscalSpecial, columns.name, divisor),
    other: amountIn(view, row, columns.other, columns.name, divisor),
  };
}

/** The amount in a column of the row; a column the table lacks reads as blank, at the name cell. */
function amountIn(
  view: SheetView,
  row: number,
  col: number | undefined,
  nameCol: number,
  divisor: UnitDivisor,
): Amount {
  return col === undefined
    ? { value: null, raw: '', cell: view.address(row, nameCol) }
    : readAmount(view, row, col, divisor);
}

/** A project's budget from its amounts row: the columns the table has. */
export function budgetOf(header: ListHeader, amounts: AmountRow): Budget {
  const budget: Budget = {};
  for (const key of ['total', 'fiscal', 'fiscalSpecial', 'other'] as const) {
    if (header.columns[key] !== undefined) budget[key] = amounts[key];
  }
  return budget;
}
