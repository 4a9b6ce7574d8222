import { a1Position, address, MAX_COLS } from '../../core/grid/address';
import { attribute, closingTagAt, nextStartTag, startTags, type StartTag } from '../xml';
import type { StyleSheetEdit } from './styleSheet';
import type { TextEdit } from './textEdit';
import { appendChild, attributeValueAt, prefixOf, setAttribute, tagStart } from './xmlEdit';

/** A cell to fill: A1 address and colour #RRGGBB. */
export interface CellFill {
  cell: string;
  fill: string;
}

interface Target {
  row: number;
  col: number;
  fill: string;
}

const ROW_AND_CELL = ['row', 'c'];

/**
 * Give each listed cell of a worksheet a copy of its format with the fill: the cell's `s` is
 * changed (or set); a cell or row the sheet does not have yet is inserted in order, formatted as
 * its row or column was. Nothing else of the sheet changes. Cells and rows are found as the
 * reader finds them (an omitted `r` follows the one before).
 */
export function fillCells(edit: TextEdit, fills: CellFill[], styles: StyleSheetEdit): void {
  const xml = edit.original;
  const sheetData = nextStartTag(xml, 0, ['sheetData']);
  if (!sheetData || fills.length === 0) return;
  const targets = fills
    .map(({ cell, fill }) => ({ at: a1Position(cell), fill }))
    .filter((t) => t.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ at, fill }): Target => ({ row: Math.floor(at / MAX_COLS), col: at % MAX_COLS, fill }));
  const columnStyle = columnStyles(xml.slice(0, tagStart(sheetData)));
  const p = prefixOf(sheetData);
  const newCell = (t: Target, base: number) =>
    `<${p}c r="${address(t.row, t.col)}" s="${styles.filled(base, t.fill)}"/>`;
  /** New rows for the targets from `ti` on whose row is before `beforeRow`. */
  let ti = 0;
  const newRows = (beforeRow: number): string => {
    let out = '';
    while (ti < targets.length && targets[ti].row < beforeRow) {
      const row = targets[ti].row;
      let cells = '';
      for (; ti < targets.length && targets[ti].row === row; ti++)
        cells += newCell(targets[ti], columnStyle(targets[ti].col));
      out += `<${p}row r="${row + 1}">${cells}</${p}row>`;
    }
    return out;
  };

  const end = sheetData.empty ? sheetData.gt : closingTagAt(xml, sheetData);
  let row = -1;
  let col = -1;
  let openRow: { tag: StartTag; style: number | undefined } | null = null;
  /** Targets left in the open row go at its end. */
  const closeRow = () => {
    if (!openRow) return;
    let cells = '';
    for (; ti < targets.length && targets[ti].row === row; ti++)
      cells += newCell(targets[ti], openRow.style ?? columnStyle(targets[ti].col));
    if (cells) appendChild(edit, openRow.tag, cells);
    openRow = null;
  };

  for (let tag = nextStartTag(xml, sheetData.gt, ROW_AND_CELL); tag && tag.gt < end;) {
    if (tag.local === 'row') {
      closeRow();
      const r = Number(attribute(tag.attrs, 'r'));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      col = -1;
      const rows = newRows(row);
      if (rows) edit.insert(tagStart(tag), rows);
      const custom = ['1', 'true'].includes(attribute(tag.attrs, 'customFormat') ?? '');
      openRow = { tag, style: custom ? Number(attribute(tag.attrs, 's') ?? 0) : undefined };
      tag = nextStartTag(xml, tag.gt, ROW_AND_CELL);
      continue;
    }
    const at = a1Position(attribute(tag.attrs, 'r') ?? '');
    col = at >= 0 ? at % MAX_COLS : col + 1;
    let before = '';
    for (; ti < targets.length && targets[ti].row === row && targets[ti].col < col; ti++)
      before += newCell(targets[ti], openRow?.style ?? columnStyle(targets[ti].col));
    if (before) edit.insert(tagStart(tag), before);
    if (ti < targets.length && targets[ti].row === row && targets[ti].col === col) {
      const s = Number(attributeValueAt(xml, tag, 's')?.value ?? 0);
      setAttribute(edit, tag, 's', String(styles.filled(Number.isInteger(s) ? s : 0, targets[ti].fill)));
      ti++;
    }
    const close = closingTagAt(xml, tag);
    tag = nextStartTag(xml, close < 0 ? tag.gt : close, ROW_AND_CELL);
  }
  closeRow();
  const rest = newRows(Infinity);
  if (rest) appendChild(edit, sheetData, rest);
}

/** Style of each column from `<cols>` (a cell the sheet does not have shows its column's format). */
function columnStyles(head: string): (col: number) => number {
  const cols = startTags(head, 'col').map(({ attrs }) => ({
    min: Number(attribute(attrs, 'min')) - 1,
    max: Number(attribute(attrs, 'max')) - 1,
    style: Number(attribute(attrs, 'style') ?? 0) || 0,
  }));
  return (col) => cols.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}
