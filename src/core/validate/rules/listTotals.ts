import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { AmountRow, ListTable } from '../../model/project';
import type { Profile } from '../../profile';
import { differs, isUnreadable, sumAmounts } from '../amounts';
import { rule } from '../rule';
import { formatAmount } from '../site';

type Column = 'total' | 'fiscal' | 'fiscalSpecial' | 'other';
const COLUMNS: [Column, string, string][] = [
  ['total', '总计', 'total'],
  ['fiscal', '财政拨款', 'fiscal funding'],
  ['fiscalSpecial', '财政专户拨款', 'special-account funding'],
  ['other', '其他资金', 'other funding'],
];

/**
 * List-form totals (TOTAL_MISMATCH): 合计 = Σ unit subtotals (or Σ projects when
 * there are none), each subtotal = Σ its projects, and every row's 总计 =
 * 财政拨款 + 财政专户拨款 + 其他资金. Sums over an unreadable cell are left to AMOUNT_NOT_NUMBER.
 */
function listTotalFindings(table: ListTable, profile: Profile): Finding[] {
  const out: Finding[] = [];
  const compare = (parent: AmountRow, children: AmountRow[], what: string, whatEn: string) => {
    for (const [col, zh, en] of COLUMNS) {
      const cell = parent[col];
      if (isUnreadable(cell) || children.some((c) => isUnreadable(c[col]))) continue;
      const sum = sumAmounts(children.map((c) => c[col]));
      const stated = cell.value ?? 0;
      if (sum === null && cell.value === null) continue;
      if (differs(stated, sum ?? 0, profile.amountTolerance)) {
        out.push(
          makeFinding(
            'TOTAL_MISMATCH',
            { sheet: table.sheet, cell: cell.cell },
            {
              expected: formatAmount(sum ?? 0),
              actual: formatAmount(stated),
              params: { what: `${what}（${zh}）`, whatEn: `${whatEn} (${en})` },
            },
          ),
        );
      }
    }
  };
  const rowSplit = (row: AmountRow, project?: { id: string; name: string }) => {
    if (row.total.value === null || [row.fiscal, row.fiscalSpecial, row.other].some(isUnreadable)) return;
    const sum = sumAmounts([row.fiscal, row.fiscalSpecial, row.other]);
    if (sum !== null && differs(row.total.value, sum, profile.amountTolerance)) {
      out.push(
        makeFinding(
          'TOTAL_MISMATCH',
          { sheet: table.sheet, cell: row.total.cell, project },
          {
            expected: formatAmount(sum),
            actual: formatAmount(row.total.value),
            params: {
              what: `“${row.label}”总计（财政拨款+财政专户拨款+其他资金）`,
              whatEn: `Row total of "${row.label}" (sum of funding sources)`,
            },
          },
        ),
      );
    }
  };
  const subtotals = table.units.map((u) => u.subtotal).filter((s): s is AmountRow => s !== undefined);
  const allProjects = table.units.flatMap((u) => u.projectRows);
  if (table.grandTotal) {
    const children = subtotals.length > 0 ? subtotals : allProjects;
    compare(
      table.grandTotal,
      children,
      subtotals.length > 0 ? '合计与各单位小计之和' : '合计与各项目之和',
      subtotals.length > 0 ? 'Grand total vs sum of unit subtotals' : 'Grand total vs sum of projects',
    );
    rowSplit(table.grandTotal);
  }
  for (const unit of table.units) {
    if (unit.subtotal) {
      compare(
        unit.subtotal,
        unit.projectRows,
        `“${unit.subtotal.label}”小计与其项目之和`,
        `Subtotal of "${unit.subtotal.label}" vs its projects`,
      );
      rowSplit(unit.subtotal);
    }
    unit.projectRows.forEach((row, i) => rowSplit(row, { id: unit.projectIds[i], name: row.label }));
  }
  return out;
}

/** List-table totals: 合计 = Σ subtotals = Σ projects, 总计 = its sources (TOTAL_MISMATCH). */
export const listTotals = rule({ scope: 'listTable', codes: ['TOTAL_MISMATCH'], check: listTotalFindings });
