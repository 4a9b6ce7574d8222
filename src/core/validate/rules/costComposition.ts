import type { Finding } from '../../findings/finding';
import { makeFinding } from '../../findings/make';
import { differs, isUnreadable, sumAmounts } from '../amounts';
import { rule } from '../rule';
import { formatAmount, ownerSite } from '../site';

/** A 成本构成 table's 合计 against its items, column by column (TOTAL_MISMATCH). Amounts in 万元. */
export const costComposition = rule({
  scope: 'project',
  codes: ['TOTAL_MISMATCH'],
  check(project, profile) {
    const table = project.costTable;
    if (!table?.total) return [];
    const out: Finding[] = [];
    table.columns.forEach((column, i) => {
      const stated = table.total?.amounts[i];
      const parts = table.rows.map((r) => r.amounts[i]);
      if (!stated || stated.value === null || parts.some(isUnreadable)) return;
      const sum = sumAmounts(parts);
      if (sum === null || !differs(stated.value, sum, profile.amountTolerance)) return;
      out.push(
        makeFinding('TOTAL_MISMATCH', ownerSite(project, stated.cell), {
          expected: formatAmount(sum),
          actual: formatAmount(stated.value),
          params: { what: `成本构成“${column.label}”合计`, whatEn: `The total of the cost items' "${column.label}"` },
        }),
      );
    });
    return out;
  },
});
