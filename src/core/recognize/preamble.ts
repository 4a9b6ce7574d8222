import type { SheetView } from '../grid/sheetView';
import { unitDivisorIn, type UnitDivisor } from '../vocabulary/labelKey';

/** Title block above a table or form: 表名, (2023年度), 部门名称：…, 单位：万元. */
export interface Preamble {
  /** First row of the block (the anchor row when there is none). */
  firstRow: number;
  /** The money unit the block states (单位：元 → 10000), 万元 (1) when it states none. */
  divisor: UnitDivisor;
  /** 部门名称 / 主管部门 / 预算单位 named in the block. */
  department?: string;
  /** The block's first line, usually the table's title. */
  title?: { text: string; cell: string };
}

/** A second cell on a title line: the unit, the filing unit, the year or the date. */
const TITLE_SIDE = /单位|年度|盖章|日期|编制|\d{4}年/;

function isTitleLine(view: SheetView, row: number): boolean {
  const cells = view.rowCells(row);
  return cells.length <= 1 || (cells.length === 2 && cells.some((c) => TITLE_SIDE.test(c.text)));
}

const DEPARTMENT_LINE = /^(?:部门名称|主管部门|单位名称|预算单位|部门\(单位\)名称|填报单位)[:：]\s*(.+)$/;

/** An attachment number printed above a table's title: 附件2:, 附表3, 附件 1-2. */
const ATTACHMENT = /^附(件|表)[\d一二三四五六七八九十\-－.]*[:：]?$/;

/** Most rows a table's own block above it may have (its title, goal and funds lines). */
const MAX_BLOCK_ROWS = 8;

/**
 * Rows above `anchorRow` (down to `floorRow`, exclusive) that belong to the table or form starting
 * there: the title lines (at most two cells each: a title; a `填报单位：… | 单位：万元` line) or, for a
 * table with no name field above it (`wholeBlock`), every row of its block up to a blank row (a
 * 绩效目标 line, a funds line under a title).
 */
export function readPreamble(view: SheetView, anchorRow: number, floorRow: number, wholeBlock = false): Preamble {
  let firstRow = anchorRow;
  const floor = wholeBlock ? Math.max(floorRow, anchorRow - MAX_BLOCK_ROWS - 1) : floorRow;
  for (let r = anchorRow - 1; r > floor; r--) {
    const cells = view.rowCells(r).length;
    if (wholeBlock ? cells === 0 : !isTitleLine(view, r)) break;
    if (cells > 0) firstRow = r;
  }
  const out: Preamble = { firstRow, divisor: 1 };
  for (let r = firstRow; r < anchorRow; r++) {
    for (const { col, text } of view.rowCells(r)) {
      // An attachment number (附件2:) above the title is not the title.
      if (!ATTACHMENT.test(text.replace(/\s+/g, ''))) out.title ??= { text, cell: view.address(r, col) };
      out.divisor = unitDivisorIn(text) ?? out.divisor;
      const dept = DEPARTMENT_LINE.exec(text.replace(/\s+/g, ''));
      if (dept && !/盖章|^\(|^（/.test(dept[1])) out.department = dept[1].trim();
    }
  }
  return out;
}
