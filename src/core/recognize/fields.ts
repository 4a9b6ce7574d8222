import type { SheetView } from '../grid/sheetView';
import type { TextField } from '../model/project';
import { AMOUNT_HEADINGS, AMOUNT_LABELS } from '../vocabulary/amounts';
import { FIELD_LABELS, type FieldRole } from '../vocabulary/fields';
import { FUNDS_COLUMN_LABELS } from '../vocabulary/fundsColumns';
import { labelKey } from '../vocabulary/labelKey';
import { LIST_COLUMN_LABELS } from '../vocabulary/listColumns';
import { Vocabulary } from '../vocabulary/table';
import { COLUMN_VOCABULARY } from './header/tableHeader';
import { mergeEnd } from './text';

export const FIELD_VOCABULARY = new Vocabulary(FIELD_LABELS);
export const AMOUNT_VOCABULARY = new Vocabulary(AMOUNT_LABELS);
const FUNDS_VOCABULARY = new Vocabulary(FUNDS_COLUMN_LABELS);
const LIST_VOCABULARY = new Vocabulary(LIST_COLUMN_LABELS);
const HEADINGS = new Vocabulary({ heading: AMOUNT_HEADINGS });

/** Strip `其中：` from an amount label key (`其中：财政拨款` is a 财政拨款 label). */
export function withoutOf(key: string): string {
  return key.replace(/^其中[:：]?/, '');
}

/** Whether a cell's text is a label of any vocabulary (a field, an amount, a column): never a field's value. */
export function isKnownLabel(text: string): boolean {
  const key = labelKey(text);
  if (!key || key.length > 30) return false;
  return (
    FIELD_VOCABULARY.roleOfKey(key) !== undefined ||
    AMOUNT_VOCABULARY.roleOfKey(withoutOf(key)) !== undefined ||
    COLUMN_VOCABULARY.roleOfKey(key) !== undefined ||
    FUNDS_VOCABULARY.roleOfKey(key) !== undefined ||
    LIST_VOCABULARY.roleOfKey(key) !== undefined ||
    HEADINGS.roleOfKey(key) !== undefined
  );
}

/** The field a cell labels, if any. */
export function fieldOf(view: SheetView, row: number, col: number): FieldRole | undefined {
  const key = view.label(row, col);
  return key ? FIELD_VOCABULARY.roleOfKey(key) : undefined;
}

/**
 * The value of a label at (row, col): the first text to its right (past its merged area, before the
 * next label), else the text below it (forms put 实施期目标 | 年度目标 side by side with the texts on
 * the next row). Empty text, with the address where it belongs, when neither holds one.
 */
export function valueOfLabel(view: SheetView, row: number, col: number): TextField {
  const start = mergeEnd(view, row, col) + 1;
  for (const c of view.rowCells(row)) {
    if (c.col < start || GOAL_ITEM.test(c.label)) continue;
    if (isKnownLabel(c.text)) break;
    return GOAL_ITEM.test(view.text(row, c.col - 1))
      ? goalItems(view, row, col, c.col)
      : { text: c.text, cell: view.address(row, c.col) };
  }
  const belowAnchor = view.anchor(row + 1, col);
  if (belowAnchor.row === row + 1) {
    const below = view.text(row + 1, col);
    if (below && !isKnownLabel(below)) return { text: below, cell: view.address(row + 1, col) };
  }
  return { text: '', cell: view.address(row, start) };
}

/** A numbered goal (`目标1 | text`, `目标2 | text` on the rows below): the items are read as one goal. */
const GOAL_ITEM = /^目标\d+$/;

function goalItems(view: SheetView, row: number, labelCol: number, textCol: number): TextField {
  const texts: string[] = [];
  for (let r = row; r < view.rowCount && (r === row || view.ownText(r, labelCol) === ''); r++) {
    if (!GOAL_ITEM.test(view.label(r, textCol - 1))) break;
    const text = view.ownText(r, textCol);
    if (text) texts.push(text);
  }
  return { text: texts.join('；'), cell: view.address(row, textCol) };
}

/**
 * Key/value fields in rows [fromRow, toRow] (any arrangement: several per row, value right of or below
 * its label). The first occurrence of each field wins.
 */
export function readFields(view: SheetView, fromRow: number, toRow: number): Partial<Record<FieldRole, TextField>> {
  // The first occurrence with a value wins; an empty one is kept only until a later one has a value.
  const out: Partial<Record<FieldRole, TextField>> = {};
  for (let r = fromRow; r <= toRow; r++) {
    for (const { col, label } of view.rowCells(r)) {
      const field = label ? FIELD_VOCABULARY.roleOfKey(label) : undefined;
      if (!field || out[field]?.text) continue;
      // A heading with its sub-labels beside it (年度总体目标 | 预期目标 | 实际完成情况) has no value of its own.
      const value = valueOfLabel(view, r, col);
      if (value.text || !out[field]) out[field] = value;
    }
  }
  return out;
}
