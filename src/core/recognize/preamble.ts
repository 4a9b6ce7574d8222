import type { SheetView } from '../grid/sheetView';
import type { UnitDivisor } from './amount';

/** Title block above a table or form: 表名, (2023年度), 部门名称：…, 单位：万元. */
export interface Preamble {
  /** First row of the block (the anchor row when there is none). */
  firstRow: number;
  divisor: UnitDivisor;
  /** 部门名称 / 主管部门 named in the block. */
  department?: string;
  /** The block's first line, usually the table's title. */
  title?: { text: string; cell: string };
}

const UNIT_LINE = /单位[:：]?\s*(万元|元)/;
const UNIT_SUFFIX = /[(（](万元|元)[)）]/;
const DEPARTMENT_LINE = /^(?:部门名称|主管部门|单位名称)[:：]\s*(.+)$/;

/**
 * Rows above `anchorRow` (down to `floorRow`, exclusive) holding at most one cell each: the
 * block of title lines that belongs to the table or form starting at `anchorRow`.
 */
export function readPreamble(view: SheetView, anchorRow: number, floorRow: number): Preamble {
  let firstRow = anchorRow;
  for (let r = anchorRow - 1; r > floorRow && view.rowCells(r).length <= 1; r--) {
    if (view.rowCells(r).length === 1) firstRow = r;
  }
  const out: Preamble = { firstRow, divisor: 1 };
  for (let r = firstRow; r < anchorRow; r++) {
    for (const { col, text } of view.rowCells(r)) {
      out.title ??= { text, cell: view.address(r, col) };
      const unit = UNIT_LINE.exec(text);
      if (unit) out.divisor = unitDivisor(unit[1]);
      const dept = DEPARTMENT_LINE.exec(text);
      if (dept) out.department = dept[1].trim();
    }
  }
  return out;
}

/** Unit named in a label such as `资金投入（元）` or `总计(万元)`, if any. */
export function unitInLabel(text: string): UnitDivisor | undefined {
  const m = UNIT_SUFFIX.exec(text) ?? UNIT_LINE.exec(text);
  return m ? unitDivisor(m[1]) : undefined;
}

function unitDivisor(unit: string): UnitDivisor {
  return unit === '元' ? 10000 : 1;
}
