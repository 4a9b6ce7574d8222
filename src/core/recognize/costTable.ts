import type { SheetView } from '../grid/sheetView';
import type { Project } from '../model/project';
import type { UnitDivisor } from '../vocabulary/labelKey';
import { unitDivisorIn } from '../vocabulary/labelKey';
import { readAmount } from './amount';
import { isBlankRow } from './text';

const COST_TABLE = /成本构成|成本测算|成本明细|支出明细|经济分类明细/;
const AMOUNT_COLUMN = /金额|执行数|预算数|预算|数额|费用|小计|合计|万元|元\)?$/;
const NOT_AMOUNT = /依据|说明|测算|方式|内容|构成/;
const TOTAL = /^[合总] ?计$/;

/**
 * A 项目预算成本构成 table (Hubei's forms): cost items by row, amounts by column (金额, 2020年实际执行数…), a
 * 合计 row. Its amounts are read in 万元; its 合计 is checked against its parts (costComposition rule) and
 * stands for the budget when nothing else states one (readFormAmounts).
 */
export function readCostTable(
  view: SheetView,
  fromRow: number,
  toRow: number,
  divisor: UnitDivisor,
): Project['costTable'] {
  for (let r = fromRow; r <= toRow; r++) {
    const cells = view.rowCells(r);
    const heading = cells.find((c) => COST_TABLE.test(c.text));
    if (!heading) continue;
    const columns = cells.filter((c) => c.col > heading.col && AMOUNT_COLUMN.test(c.text) && !NOT_AMOUNT.test(c.text));
    if (columns.length === 0) continue;
    const labelCol = cells.find((c) => c.col > heading.col && c.col < columns[0].col)?.col ?? heading.col;
    const table: NonNullable<Project['costTable']> = {
      columns: columns.map((c) => ({ label: c.text, cell: view.address(r, c.col) })),
      rows: [],
    };
    const units = columns.map((c) => unitDivisorIn(c.text) ?? divisor);
    for (let d = r + 1; d <= toRow && !isBlankRow(view, d); d++) {
      const label = view.ownText(d, labelCol);
      if (!label) break;
      const amounts = columns.map((c, i) => readAmount(view, d, c.col, units[i]));
      if (TOTAL.test(label.replace(/\s/g, ''))) {
        table.total = { label, row: d, amounts };
        break;
      }
      table.rows.push({ label, row: d, amounts });
    }
    return table.rows.length > 0 ? table : undefined;
  }
  return undefined;
}
