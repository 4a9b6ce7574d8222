import type { SheetView } from '../grid/sheetView';
import type { Budget } from '../model/project';
import { readAmount, type UnitDivisor } from './amount';
import { unitInLabel } from './preamble';
import { valueColOf } from './text';

type Group = 'period' | 'annual';
type Part = 'total' | 'fiscal' | 'other';

const PARTS: [Group | null, Part, RegExp][] = [
  ['period', 'total', /^(实施期金额|实施期资金(总额)?|预算数|预算金额|项目总(金)?额|总预算)$/],
  ['annual', 'total', /^(年度金额|年度资金(总额)?|年度预算(数|金额)?|本年预算)$/],
  [null, 'fiscal', /^(财政拨款|财政资金)$/],
  [null, 'other', /^其他资金$/],
];

const FIELD: Record<Group, Record<Part, keyof Budget>> = {
  period: { total: 'total', fiscal: 'fiscal', other: 'other' },
  annual: { total: 'annual', fiscal: 'annualFiscal', other: 'annualOther' },
};

/** `其中：财政拨款` → `财政拨款` (from a label key). */
function partKey(label: string): string {
  return label.replace(/^其中[:：]?/, '');
}

/**
 * The 资金投入 / 预算规模 block of a form in rows [fromRow, toRow]. 实施期 and 年度 amounts sit in
 * column groups; a 财政拨款 or 其他资金 label belongs to the group whose heading is nearest on its left.
 */
export function readFormBudget(view: SheetView, fromRow: number, toRow: number, divisor: UnitDivisor): Budget {
  const budget: Budget = {};
  const groups: { col: number; group: Group }[] = [];
  let unit = divisor;
  for (let r = fromRow; r <= toRow; r++) {
    for (const { col, text, label } of view.rowCells(r)) {
      unit = (/资金|预算/.test(text) && unitInLabel(text)) || unit;
      const match = label ? PARTS.find(([, , re]) => re.test(partKey(label))) : undefined;
      if (!match) continue;
      const [heading, part] = match;
      if (heading) groups.push({ col, group: heading });
      const group = heading ?? groupAt(groups, col);
      const field = FIELD[group][part];
      budget[field] ??= readAmount(view, r, valueColOf(view, r, col), unit);
    }
  }
  return budget;
}

function groupAt(groups: { col: number; group: Group }[], col: number): Group {
  let best: { col: number; group: Group } | undefined;
  for (const g of groups) if (g.col <= col && (!best || g.col >= best.col)) best = g;
  return best?.group ?? 'period';
}
