import type { SheetView } from '../grid/sheetView';
import type { FundsRow } from '../model/funds';
import { FUNDS_COLUMN_LABELS, FUNDS_ROW_LABELS, type FundsColumnRole } from '../vocabulary/fundsColumns';
import { unitDivisorIn, type UnitDivisor } from '../vocabulary/labelKey';
import { Vocabulary } from '../vocabulary/table';
import { readAmount, readNumber, readPercent } from './amount';
import { withoutOf } from './fields';

const FUNDS_COLUMNS = new Vocabulary(FUNDS_COLUMN_LABELS);
const FUNDS_ROWS = new Vocabulary(FUNDS_ROW_LABELS);

type FundsColumn = Exclude<keyof FundsRow, 'label' | 'row' | 'part'>;

/** The funds table in rows [fromRow, toRow]: its column labels on one row, a row per 资金 below. */
export function readFunds(view: SheetView, fromRow: number, toRow: number, divisor: UnitDivisor): FundsRow[] {
  for (let r = fromRow; r <= toRow; r++) {
    const columns = fundsColumns(view, r);
    if (columns.size < 2) continue;
    const firstCol = Math.min(...columns.values());
    const unit = view.rowCells(r).reduce<UnitDivisor>((u, c) => unitDivisorIn(c.text) ?? u, divisor);
    const rows: FundsRow[] = [];
    for (let d = r + 1; d <= toRow; d++) {
      const cells = view.rowCells(d);
      const labelCell = cells.filter((c) => c.col < firstCol).pop();
      const label = labelCell?.text ?? '';
      const part = label
        ? FUNDS_ROWS.roleOf(withoutOf(labelCell?.label ?? label))
        : rows.length === 0
          ? 'total'
          : undefined;
      // The table ends at a blank row, the goals or indicators below it, or a row that is neither a funds row nor has amounts.
      if (cells.length === 0 || (labelCell && /目标|指标/.test(label))) break;
      if (!part && cells.every((c) => c.col < firstCol)) break;
      // So does the next block's head or rows (资金管理情况 | 情况说明 | 存在问题和改进措施): words, no figure, under the amounts.
      if (!part && wordsWithoutFigures(view, d, columns)) break;
      const row: FundsRow = { label, row: d };
      if (part) row.part = part;
      for (const [key, col] of columns) {
        if (key === 'rate') row.rate = readPercent(view, d, col);
        else if (key === 'weight' || key === 'score') row[key] = readNumber(view, d, col);
        else row[key] = readAmount(view, d, col, unit);
      }
      rows.push(row);
    }
    return rows;
  }
  return [];
}

/** A cell that says there is nothing (a dash, a slash, 无): neither a word nor a figure. */
const NOTHING = /^(?:[—–\-－/／\s]*|无)$/;

/** Whether the row holds words and no figure under the funds columns. */
function wordsWithoutFigures(view: SheetView, row: number, columns: Map<FundsColumn, number>): boolean {
  const texts = [...columns.values()].map((col) => view.text(row, col).trim()).filter((t) => !NOTHING.test(t));
  return texts.length > 0 && !texts.some((t) => /\d/.test(t));
}

/**
 * The funds table's columns by role. A label over the row labels (Sichuan's 年度预算数(万元) above 总额 /
 * 其中：财政资金) heads the rows, not a column of amounts.
 */
function fundsColumns(view: SheetView, row: number): Map<FundsColumn, number> {
  const out = new Map<FundsColumn, number>();
  for (const { col, label } of view.rowCells(row)) {
    const key: FundsColumnRole | undefined = label ? FUNDS_COLUMNS.roleOfKey(label) : undefined;
    if (!key || key === 'reason' || out.has(key)) continue;
    if (FUNDS_ROWS.roleOf(withoutOf(view.label(row + 1, col))) !== undefined) continue;
    out.set(key, col);
  }
  return out;
}
