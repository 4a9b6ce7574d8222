import type { SheetView } from '../grid/sheetView';
import type { TextField } from '../model/project';
import { labelKey } from '../text/normalize';
import { valueColOf } from './text';

/** Header fields of a form or self-evaluation (key/value cells). */
export type HeaderField = 'name' | 'period' | 'department' | 'unit' | 'code';

const FIELD_LABELS: [HeaderField, RegExp][] = [
  ['name', /^项目名称$/],
  ['period', /^(项目)?实施(期|期限|周期)$|^项目(期限|周期)$/],
  ['department', /^主管部门(及代码)?$/],
  ['unit', /^(实施单位|项目单位|资金使用单位|项目实施单位)$/],
  ['code', /^项目(编码|编号|代码)$/],
];

export function headerFieldOf(key: string): HeaderField | undefined {
  return FIELD_LABELS.find(([, re]) => re.test(key))?.[0];
}

/** True for the 项目名称 key of a form (`项目名称 | 值`), not a list-table header's `项目名称（单位）`. */
export function isProjectNameKey(label: string): boolean {
  return headerFieldOf(label) === 'name';
}

/** Key/value fields found in rows [fromRow, toRow]: value is the cell right after its label. */
export function readHeaderFields(
  view: SheetView,
  fromRow: number,
  toRow: number,
): Partial<Record<HeaderField, TextField>> {
  const out: Partial<Record<HeaderField, TextField>> = {};
  for (let r = fromRow; r <= toRow; r++) {
    for (const { col, label } of view.rowCells(r)) {
      const field = label ? headerFieldOf(label) : undefined;
      if (!field || out[field]) continue;
      const vc = valueColOf(view, r, col);
      const value = view.text(r, vc);
      out[field] = { text: headerFieldOf(labelKey(value)) ? '' : value, cell: view.address(r, vc) };
    }
  }
  return out;
}

/**
 * Text that belongs to a label such as 实施期目标 or 预期目标: the cell below it (forms put the
 * texts on the next row) or, when that is empty or another label, the cell to its right.
 */
export function textOfLabel(view: SheetView, row: number, col: number, isLabel: (key: string) => boolean): TextField {
  const below = view.text(row + 1, col);
  if (below && !isLabel(labelKey(below)) && !view.isMergedTail(row + 1, col)) {
    return { text: below, cell: view.address(row + 1, col) };
  }
  const vc = valueColOf(view, row, col);
  const right = view.text(row, vc);
  return { text: right && !isLabel(labelKey(right)) ? right : '', cell: view.address(row, vc) };
}
