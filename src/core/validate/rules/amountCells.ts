import { makeFinding, type FindingSite } from '../../findings/make';
import type { Finding } from '../../findings/finding';
import type { Amount, AmountRow, Budget, ListTable, Project } from '../../model/project';
import type { SelfEvaluation } from '../../model/selfEval';
import { lookalikeFigure } from '../../vocabulary/ocrDigits';
import { isBlankRaw, isUnreadable } from '../amounts';
import { rule } from '../rule';

const EXCEL_ERROR = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell that should hold a number, with how to name it in a message. */
interface AmountCell {
  amount: Amount | undefined;
  what: string;
  whatEn: string;
  /** A figure the form requires: blank is a defect too (a total, not an optional 其他资金). */
  required?: boolean;
  /** A self-evaluation's 分值 / 得分 / 总分, not an amount. */
  score?: boolean;
}

function reasonOf(raw: string): { reason: string; reasonEn: string } {
  if (isBlankRaw(raw)) return { reason: '（未填写）', reasonEn: ' (it is blank)' };
  if (EXCEL_ERROR.test(raw)) return { reason: '（公式错误）', reasonEn: ' (a formula error)' };
  if (ISO_DATE.test(raw)) return { reason: '（日期）', reasonEn: ' (a date)' };
  const figure = lookalikeFigure(raw);
  if (figure !== null)
    return {
      reason: `（形似 ${figure}，多为扫描识别错误，请按原件核对）`,
      reasonEn: ` (it looks like ${figure}, most likely misread from a scan: check the original)`,
    };
  return { reason: '', reasonEn: '' };
}

/**
 * One finding per cell holding text, an Excel error or a date where a number belongs, or left blank where
 * the form requires a figure (`required` cells): AMOUNT_NOT_NUMBER for amounts and rates, SCORE_NOT_NUMBER
 * for a self-evaluation's 分值 / 得分 / 总分 (`score` cells).
 */
function findingsOf(cells: AmountCell[], site: (cell: string) => FindingSite): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { amount, what, whatEn, required, score } of cells) {
    // A merged cell may stand for several fields: report it once.
    const blankRequired = required && amount?.value === null && isBlankRaw(amount.raw);
    if (!amount || !(isUnreadable(amount) || blankRequired) || seen.has(amount.cell)) continue;
    seen.add(amount.cell);
    const detail = { expected: '数字', actual: amount.raw.trim(), params: { what, whatEn, ...reasonOf(amount.raw) } };
    out.push(makeFinding(score ? 'SCORE_NOT_NUMBER' : 'AMOUNT_NOT_NUMBER', site(amount.cell), detail));
  }
  return out;
}

const BUDGET_FIELDS: [keyof Budget, string, string][] = [
  ['total', '金额合计', 'The funding total'],
  ['fiscal', '财政拨款', 'Fiscal funding'],
  ['fiscalSpecial', '财政专户拨款', 'Special-account funding'],
  ['other', '其他资金', 'Other funding'],
  ['annual', '年度金额', 'The annual amount'],
  ['annualFiscal', '年度财政拨款', 'Annual fiscal funding'],
  ['annualOther', '年度其他资金', 'Annual other funding'],
];

/** A project's funding cells and 资金支出计划 points (every layout; list rows are read here, not per table). */
function projectNumbers(project: Project): Finding[] {
  // Runs for every project: only unreadable cells get an entry (and a message text).
  const cells: AmountCell[] = [];
  for (const [key, what, whatEn] of BUDGET_FIELDS) {
    const amount = project.budget[key];
    // A total the form labels but leaves blank, when the form states no other total (中期预算资金总额 left empty).
    const blankTotal =
      (key === 'total' || key === 'annual') &&
      project.layout !== 'list' &&
      project.layout !== 'list-rows' &&
      amount?.value === null &&
      isBlankRaw(amount.raw);
    if (isUnreadable(amount) || blankTotal) cells.push({ amount, what, whatEn, required: blankTotal });
  }
  for (const p of project.spendingPlan) {
    const amount = { value: p.percent, raw: p.raw, cell: p.cell };
    if (isUnreadable(amount))
      cells.push({ amount, what: `资金支出计划“${p.label}”`, whatEn: `Spending plan point "${p.label}"` });
  }
  if (cells.length === 0) return [];
  const owner = { id: project.id, name: project.name };
  return findingsOf(cells, (cell) => ({ sheet: project.sheet, cell, project: owner }));
}

function rowCells(row: AmountRow): AmountCell[] {
  return [
    { amount: row.total, what: `“${row.label}”总计`, whatEn: `The total of "${row.label}"` },
    { amount: row.fiscal, what: `“${row.label}”财政拨款`, whatEn: `Fiscal funding of "${row.label}"` },
    {
      amount: row.fiscalSpecial,
      what: `“${row.label}”财政专户拨款`,
      whatEn: `Special-account funding of "${row.label}"`,
    },
    { amount: row.other, what: `“${row.label}”其他资金`, whatEn: `Other funding of "${row.label}"` },
  ];
}

/** A list table's 合计 and 小计 rows (its project rows are checked as projects). */
function listTableNumbers(table: ListTable): Finding[] {
  const rows = [table.grandTotal, ...table.units.map((u) => u.subtotal)].filter((r): r is AmountRow => r !== undefined);
  return findingsOf(rows.flatMap(rowCells), (cell) => ({ sheet: table.sheet, cell }));
}

/** The funds row's columns: key, name zh and en, and whether it holds points (分值, 得分) rather than an amount. */
const FUNDS_COLUMNS = [
  ['initialBudget', '年初预算数', 'initial budget', false],
  ['fullYearBudget', '全年预算数', 'full-year budget', false],
  ['executed', '全年执行数', 'amount executed', false],
  ['weight', '分值', 'weight', true],
  ['rate', '执行率', 'execution rate', false],
  ['score', '得分', 'score', true],
] as const;

/** A self-evaluation's 项目资金 row cells, indicator 分值/得分 and 总分. */
function selfEvaluationNumbers(e: SelfEvaluation): Finding[] {
  const cells: AmountCell[] = [];
  for (const row of e.funds) {
    const of = row.label ? `“${row.label}”` : '';
    for (const [key, zh, en, score] of FUNDS_COLUMNS) {
      const whatEn = row.label ? `The ${en} of "${row.label}"` : `The ${en}`;
      cells.push({ amount: row[key], what: `${of}${zh}`, whatEn, score });
    }
  }
  for (const ind of e.indicators) {
    const name = ind.level3;
    cells.push({ amount: ind.weight, what: `指标“${name}”的分值`, whatEn: `The weight of "${name}"`, score: true });
    cells.push({ amount: ind.score, what: `指标“${name}”的得分`, whatEn: `The score of "${name}"`, score: true });
  }
  cells.push({ amount: e.totalScore, what: '总分', whatEn: 'The total score', score: true });
  return findingsOf(cells, (cell) => ({ sheet: e.sheet, cell, project: { id: e.id, name: e.name } }));
}

/** A project's funding cells and 资金支出计划 points (AMOUNT_NOT_NUMBER). */
export const projectAmountCells = rule({ scope: 'project', codes: ['AMOUNT_NOT_NUMBER'], check: projectNumbers });

/** A list table's 合计 and 小计 cells (AMOUNT_NOT_NUMBER). */
export const listTableAmountCells = rule({ scope: 'listTable', codes: ['AMOUNT_NOT_NUMBER'], check: listTableNumbers });

/** A self-evaluation's funds cells (AMOUNT_NOT_NUMBER) and its 分值, 得分 and 总分 cells (SCORE_NOT_NUMBER). */
export const selfEvaluationAmountCells = rule({
  scope: 'selfEvaluation',
  codes: ['AMOUNT_NOT_NUMBER', 'SCORE_NOT_NUMBER'],
  check: selfEvaluationNumbers,
});
