import { makeFinding } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Amount, Project } from '../../model/project';
import { rule } from '../rule';
import type { Profile } from '../../profile';
import { differs, isUnreadable, sumAmounts } from '../amounts';
import { formatAmount, ownerSite } from '../site';

/**
 * A project's own funding arithmetic: 总计/金额 = 财政拨款 (+ 财政专户拨款) + 其他资金
 * for the period and the annual block (TOTAL_MISMATCH), and 实施期 ≥ 年度
 * (IMPLEMENTATION_LESS_THAN_ANNUAL). Sums over an unreadable cell are left to AMOUNT_NOT_NUMBER.
 */
function projectAmounts(project: Project, profile: Profile): Finding[] {
  const b = project.budget;
  const out: Finding[] = [];
  // The list form has no annual block; its project-row arithmetic is checked with the table totals.
  if (project.layout !== 'list') {
    const period = splitMismatch(
      project,
      profile,
      b.total,
      [b.fiscal, b.fiscalSpecial, b.other],
      '资金合计（财政拨款+其他资金）',
      'Funding total (fiscal + other)',
    );
    if (period) out.push(period);
    const annual = splitMismatch(
      project,
      profile,
      b.annual,
      [b.annualFiscal, b.annualOther],
      '年度资金合计（财政拨款+其他资金）',
      'Annual funding total (fiscal + other)',
    );
    if (annual) out.push(annual);
  }
  const pairs: [Amount | undefined, Amount | undefined, string, string][] = [
    [b.total, b.annual, '金额', 'amount'],
    [b.fiscal, b.annualFiscal, '财政拨款', 'fiscal funding'],
    [b.other, b.annualOther, '其他资金', 'other funding'],
  ];
  for (const [period, annual, what, whatEn] of pairs) {
    if (period?.value == null || annual?.value == null) continue;
    if (period.value + profile.amountTolerance < annual.value) {
      out.push(
        makeFinding('IMPLEMENTATION_LESS_THAN_ANNUAL', ownerSite(project, period.cell), {
          expected: formatAmount(annual.value),
          actual: formatAmount(period.value),
          params: { what, whatEn },
        }),
      );
    }
  }
  return out;
}

/** TOTAL_MISMATCH when a total is not the sum of its parts. */
function splitMismatch(
  project: Project,
  profile: Profile,
  total: Amount | undefined,
  parts: (Amount | undefined)[],
  what: string,
  whatEn: string,
): Finding | null {
  // An unreadable part is reported as AMOUNT_NOT_NUMBER; a sum without it would mislead.
  if (!total || total.value === null || parts.some(isUnreadable)) return null;
  const sum = sumAmounts(parts);
  if (sum === null || !differs(total.value, sum, profile.amountTolerance)) return null;
  return makeFinding('TOTAL_MISMATCH', ownerSite(project, total.cell), {
    expected: formatAmount(sum),
    actual: formatAmount(total.value),
    params: { what, whatEn },
  });
}

/** A project's funding arithmetic (TOTAL_MISMATCH) and 实施期 ≥ 年度 (IMPLEMENTATION_LESS_THAN_ANNUAL). */
export const fundingArithmetic = rule({
  scope: 'project',
  codes: ['TOTAL_MISMATCH', 'IMPLEMENTATION_LESS_THAN_ANNUAL'],
  check: projectAmounts,
});
