import type { SheetView } from '../grid/sheetView';
import type { Amount, Budget } from '../model/project';
import { unitDivisorIn, type UnitDivisor } from '../vocabulary/labelKey';
import { amountInText, readAmount } from './amount';
import { AMOUNT_VOCABULARY, isKnownLabel, withoutOf } from './fields';
import { mergeEnd } from './text';

type Group = 'period' | 'annual';

const FIELD: Record<Group, Record<'total' | 'fiscal' | 'other', keyof Budget>> = {
  period: { total: 'total', fiscal: 'fiscal', other: 'other' },
  annual: { total: 'annual', fiscal: 'annualFiscal', other: 'annualOther' },
};

const PERIOD_WORDS = /中期|实施期|项目总|总投资|项目期/;
const ANNUAL_WORDS = /年度|本年|当年|年初/;
/** Labels that name a total only generically: used when nothing more specific states the budget. */
const GENERIC_TOTAL = /^(合计|总额|总计)$/;

interface Candidate {
  field: keyof Budget;
  amount: Amount;
  priority: number;
}

/**
 * The funding block of a form in rows [fromRow, toRow], in 万元: 实施期/中期 and 年度 amounts, each with
 * 财政拨款 and 其他资金 where the form splits them. A label's amount is the first amount to its right; the
 * group (实施期 or 年度) is the label's own word, else the column heading above the amount, else the
 * group of the nearest labelled heading on the left. The unit is the label's, the column heading's, the
 * block's or the sheet's (`divisor`). A 合计 / 总额 row (a 成本构成 table's) is the budget only when no
 * other label states it.
 */
export function readFormAmounts(view: SheetView, fromRow: number, toRow: number, divisor: UnitDivisor): Budget {
  const candidates: Candidate[] = [];
  const headings: { col: number; group: Group }[] = [];
  let unit = divisor;
  for (let r = fromRow; r <= toRow; r++) {
    for (const { col, text, label } of view.rowCells(r)) {
      if (/资金|预算|金额|投入/.test(text)) unit = unitDivisorIn(text) ?? unit;
      const key = label && withoutOf(label);
      const role = key ? AMOUNT_VOCABULARY.roleOfKey(key) : undefined;
      if (!role) continue;
      const [groupOfLabel, part] = role.split(':') as [Group | 'any', string];
      if (groupOfLabel !== 'any') headings.push({ col, group: groupOfLabel });
      if (part === 'carryover' || part === 'fiscalSpecial') continue;
      const value = amountRightOf(view, r, col, fromRow, unitDivisorIn(text) ?? unit);
      if (!value) continue;
      const group = groupOfLabel !== 'any' ? groupOfLabel : (value.group ?? groupLeftOf(headings, col) ?? 'period');
      const field = FIELD[group][part as 'total' | 'fiscal' | 'other'];
      candidates.push({ field, amount: value.amount, priority: GENERIC_TOTAL.test(key) ? 0 : 1 });
      for (const [source, amount] of Object.entries(value.parts ?? {}) as ['fiscal' | 'other', Amount][]) {
        candidates.push({ field: FIELD[group][source], amount, priority: 1 });
      }
    }
  }
  const budget: Budget = {};
  // A stated amount beats a blank one; a specific label beats a generic 合计.
  const rank = (c: Candidate) => c.priority * 2 + (c.amount.value !== null ? 1 : 0);
  const best = new Map<keyof Budget, Candidate>();
  for (const c of candidates) {
    const known = best.get(c.field);
    if (!known || rank(c) > rank(known)) best.set(c.field, c);
  }
  for (const [field, c] of best) budget[field] = c.amount;
  return withTotal(budget);
}

/**
 * A block that gives only its sources (财政拨款小计 4, 自有资金小计 0) states its total by them: the total
 * is their sum, at the first source's cell.
 */
function withTotal(budget: Budget): Budget {
  if (budget.total?.value != null || budget.annual?.value != null) return budget;
  const sum = (...amounts: (Amount | undefined)[]): Amount | undefined => {
    const parts = amounts.filter((a) => a?.value != null) as Amount[];
    if (parts.length === 0) return undefined;
    const value = parts.reduce((s, a) => s + (a.value as number), 0);
    return { value, raw: parts.map((a) => a.raw).join('+'), cell: parts[0].cell };
  };
  const annual = sum(budget.annualFiscal, budget.annualOther);
  if (annual) return { ...budget, annual };
  const total = sum(budget.fiscal, budget.other);
  return total ? { ...budget, total } : budget;
}

/**
 * The first amount right of a label (before the next label), with the group its column heading states.
 * A label with nothing after it but another label gets a blank amount at the cell beside it: the form
 * left it empty (其他资金 with no figure).
 */
function amountRightOf(
  view: SheetView,
  row: number,
  col: number,
  fromRow: number,
  unit: UnitDivisor,
): { amount: Amount; group?: Group; parts?: Breakdown['parts'] } | null {
  const start = mergeEnd(view, row, col) + 1;
  for (const c of view.rowCells(row)) {
    if (c.col < start) continue;
    // A heading right before its sub-labels (项目资金 | 年度资金总额 | …) states no figure of its own.
    if (isKnownLabel(c.text)) return c.col === start || spansRows(view, row, col) ? null : blankAt(view, row, start);
    const heading = columnHeading(view, row, c.col, fromRow);
    const cellUnit = (heading ? unitDivisorIn(heading) : undefined) ?? unit;
    const amount = readAmount(view, row, c.col, cellUnit);
    if (amount.value === null && typeof view.raw(row, c.col) === 'string')
      amount.value = amountInText(c.text, cellUnit);
    const breakdown = amount.value === null ? breakdownIn(c.text, amount, cellUnit) : null;
    if (breakdown) return breakdown;
    // A short text (四十万, #REF!) is an amount the sheet got wrong; a long one is something else (资金用途说明).
    // …unless it starts with a figure (854万854万(…)): an amount the sheet garbled, reported as unreadable.
    if (amount.value === null && c.text.length > 12 && !/^[#\d]/.test(c.text)) return null;
    const group =
      heading && PERIOD_WORDS.test(heading) ? 'period' : heading && ANNUAL_WORDS.test(heading) ? 'annual' : undefined;
    return group ? { amount, group } : { amount };
  }
  return start < view.colCount && !spansRows(view, row, col) ? blankAt(view, row, start) : null;
}

/** A label merged down several rows heads a block (项目资金 over its rows): it states no figure of its own. */
function spansRows(view: SheetView, row: number, col: number): boolean {
  const below = view.anchor(row + 1, col);
  return below.row === row && below.col === col;
}

function blankAt(view: SheetView, row: number, col: number): { amount: Amount } {
  return { amount: { value: null, raw: '', cell: view.address(row, col) } };
}

/** Sources a breakdown text names, each an amount at the breakdown's cell. */
type Breakdown = { amount: Amount; parts: Partial<Record<'fiscal' | 'other', Amount>> };

const BREAKDOWN: [RegExp, 'total' | 'fiscal' | 'other'][] = [
  [/(?:资金)?总额\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)?/g, 'total'],
  [/(?:财政拨款|预算资金|财政资金)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)?/g, 'fiscal'],
  [/(?:其他(?:资金)?|自有资金|自筹资金)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)?/g, 'other'],
];

/**
 * A funding breakdown written in one cell (`总额10606.7522万元 财政拨款:6923.3552万元(…) 二、自有资金:0万元
 * 三、其他:3683.397万元`, `资金总额: 250 一、预算资金:250 …`): the total and the sources it states, in 万元;
 * the non-fiscal sources (自有资金, 自筹资金, 其他) added up as 其他资金.
 */
function breakdownIn(text: string, at: Amount, unit: UnitDivisor): Breakdown | null {
  const found: Partial<Record<'total' | 'fiscal' | 'other', Amount>> = {};
  for (const [re, part] of BREAKDOWN) {
    const matches = [...text.matchAll(re)];
    if (matches.length === 0) continue;
    // The total and the fiscal part are stated once (later mentions are their own sub-parts); others add up.
    const used = part === 'other' ? matches : matches.slice(0, 1);
    const values = used.map((m) => {
      const n = Number(m[1]);
      return m[2] === '元' ? n / 10000 : m[2] ? n : n / unit;
    });
    const value = values.reduce((a, b) => a + b, 0);
    found[part] = { value, raw: used.map((m) => m[0]).join('；'), cell: at.cell };
  }
  if (!found.total) return null;
  const parts: Breakdown['parts'] = {};
  if (found.fiscal) parts.fiscal = found.fiscal;
  if (found.other) parts.other = found.other;
  return { amount: found.total, parts };
}

/** The label above a value cell in its column, within the block (a funds table's column heading). */
function columnHeading(view: SheetView, row: number, col: number, fromRow: number): string | undefined {
  for (let r = row - 1; r >= fromRow; r--) {
    const a = view.anchor(r, col);
    const text = view.text(r, col);
    if (!text) continue;
    if (a.col !== col && a.row === r && mergeEnd(view, r, a.col) > col + 1) return undefined;
    return isKnownLabel(text) || /金额|预算|资金/.test(text) ? text : undefined;
  }
  return undefined;
}

function groupLeftOf(headings: { col: number; group: Group }[], col: number): Group | undefined {
  let best: { col: number; group: Group } | undefined;
  for (const h of headings) if (h.col <= col && (!best || h.col >= best.col)) best = h;
  return best?.group;
}
