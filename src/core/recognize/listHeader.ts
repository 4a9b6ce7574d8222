import type { SheetView } from '../grid/sheetView';
import type { UnitDivisor } from './amount';
import { unitInLabel } from './preamble';

/** Columns of a list-form table (layout A). */
export type ListColumn = 'name' | 'total' | 'fiscal' | 'fiscalSpecial' | 'other' | 'goal' | 'indicators';

const LIST_LABELS: [ListColumn, RegExp][] = [
  ['name', /^项目(名称|\(单位\)名称)|^项目$/],
  ['fiscalSpecial', /财政专户/],
  ['fiscal', /^财政拨款|^财政资金/],
  ['other', /^其他资金/],
  ['total', /^(总计|合计|资金总额|预算总额|金额合计)/],
  ['goal', /绩效目标/],
  ['indicators', /绩效指标/],
];

export interface ListHeader {
  /** First and last header rows (a 资金来源 group label may put the amount labels on a second row). */
  row: number;
  lastRow: number;
  columns: Partial<Record<ListColumn, number>> & { name: number };
  /** Unit named in the header labels (`总计（元）`), if any. */
  divisor?: UnitDivisor;
}

/** The row's list labels, or none when fewer than `atLeast` cells could be labels. */
function labelsOf(view: SheetView, row: number, atLeast: number): { col: number; role: ListColumn; text: string }[] {
  const out: { col: number; role: ListColumn; text: string }[] = [];
  const cells = view.rowCells(row);
  // Data rows (a name, numbers, long texts) are the common case: skipped without a pattern test.
  let labels = 0;
  for (const c of cells) if (c.label) labels++;
  if (labels < atLeast) return out;
  for (const { col, text, label } of cells) {
    const role = label ? LIST_LABELS.find(([, re]) => re.test(label))?.[0] : undefined;
    if (role) out.push({ col, role, text });
  }
  return out;
}

/** The header of a list-form table at `row`: 项目名称 plus at least two of the amount/goal/indicator labels. */
export function readListHeader(view: SheetView, row: number): ListHeader | null {
  const labels = labelsOf(view, row, 3);
  const name = labels.find((l) => l.role === 'name');
  if (!name || labels.length < 3) return null;
  // A second header row leaves the name column empty (merged down from the 项目名称 label).
  const second = view.ownText(row + 1, name.col)
    ? []
    : labelsOf(view, row + 1, 1).filter((l) => !labels.some((o) => o.role === l.role));
  const all = [...labels, ...second];
  const header: ListHeader = { row, lastRow: second.length > 0 ? row + 1 : row, columns: { name: name.col } };
  for (const l of all) {
    header.columns[l.role] ??= l.col;
    header.divisor ??= l.role === 'name' ? undefined : unitInLabel(l.text);
  }
  return header;
}
