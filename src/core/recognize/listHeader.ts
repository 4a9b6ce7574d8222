import type { SheetView } from '../grid/sheetView';
import type { ColumnRole } from '../vocabulary/columns';
import { unitDivisorIn, type UnitDivisor } from '../vocabulary/labelKey';
import { LIST_COLUMN_LABELS, type ListColumnRole } from '../vocabulary/listColumns';
import { Vocabulary } from '../vocabulary/table';
import { isCategoryLabel } from '../taxonomy/labels';
import { COLUMN_VOCABULARY, readTableHeader, type TableHeader } from './header/tableHeader';

const LIST_VOCABULARY = new Vocabulary(LIST_COLUMN_LABELS);

/** Indicator roles that, in a list header, mean one indicator per row. */
const INDICATOR_ROLES: ColumnRole[] = ['level1', 'level2', 'level3', 'name', 'content'];

/** The header of a list table: one project per row (indicators in one cell) or per band of rows. */
export interface ListHeader {
  /** First and last header rows (a 资金来源 group label may put the amount labels on a second row). */
  row: number;
  lastRow: number;
  columns: Partial<Record<ListColumnRole, number>> & { name: number };
  /** The indicator table within the list, when each indicator has a row of its own. */
  indicators?: TableHeader;
  /**
   * A tree list (an approval system's export): units, projects, 一级, 二级 and indicators all in the name
   * column, one below the other, with the indicator's value in this target column.
   */
  treeTarget?: number;
  /** Unit named in the header labels (`总计（元）`, `预算数(万元)`), if any. */
  divisor?: UnitDivisor;
}

interface ListLabel {
  col: number;
  role: ListColumnRole;
  text: string;
}

/** The row's list labels, or none when fewer than `atLeast` cells could be labels. */
function labelsOf(view: SheetView, row: number, atLeast: number, before = Infinity): ListLabel[] {
  const out: ListLabel[] = [];
  const cells = view.rowCells(row);
  // Data rows (a name, numbers, long texts) are the common case: skipped without a lookup.
  let labels = 0;
  for (const c of cells) if (c.label) labels++;
  if (labels < atLeast) return out;
  for (const { col, text, label } of cells) {
    if (!label || col >= before) continue;
    const role = LIST_VOCABULARY.roleOfKey(label);
    if (role) out.push({ col, role, text });
  }
  return out;
}

/** First column of the row whose label is an indicator-table level or name column (一级指标, 三级指标, 指标名称). */
function indicatorStart(view: SheetView, row: number): number {
  for (const { col, label } of view.rowCells(row)) {
    const role = label ? COLUMN_VOCABULARY.roleOfKey(label) : undefined;
    if (role && INDICATOR_ROLES.includes(role)) return col;
  }
  return Infinity;
}

/**
 * The header of a list table at `row`: 项目名称 plus at least two other project-level labels (amounts,
 * 绩效目标, 绩效指标), or 项目名称 and an indicator table on the same row (one indicator per row). Labels
 * left of the indicator columns are read as project columns; the rest as the indicator table's.
 */
export function readListHeader(view: SheetView, row: number): ListHeader | null {
  const first = indicatorStart(view, row);
  const indicators = first < Infinity ? (readTableHeader(view, row) ?? undefined) : undefined;
  // 绩效指标 names a list's indicators cell unless an indicator table stands beside the project columns.
  const start = indicators ? first : Infinity;
  const labels = labelsOf(view, row, 3, start);
  const name = labels.find((l) => l.role === 'name');
  if (!name) return null;
  if (indicators) indicators.columns = indicators.columns.filter((c) => c.col >= start);
  const treeTarget = indicators ? undefined : treeTargetColumn(view, row, name.col);
  if (!indicators && treeTarget === undefined && labels.length < 3) return null;
  // A second header row leaves the name column empty (merged down from the 项目名称 label).
  const second =
    indicators || view.ownText(row + 1, name.col)
      ? []
      : labelsOf(view, row + 1, 1).filter((l) => !labels.some((o) => o.role === l.role));
  const header: ListHeader = {
    row,
    lastRow: Math.max(second.length > 0 ? row + 1 : row, indicators?.lastRow ?? row),
    columns: { name: name.col },
  };
  if (indicators) header.indicators = indicators;
  if (treeTarget !== undefined) header.treeTarget = treeTarget;
  for (const l of [...labels, ...second]) {
    header.columns[l.role] ??= l.col;
    if (l.role !== 'name') header.divisor ??= unitDivisorIn(l.text);
  }
  return header;
}

/** A tree list's value column: 指标值 beside 项目 on a header with no level columns, over category labels. */
function treeTargetColumn(view: SheetView, row: number, nameCol: number): number | undefined {
  const target = view.rowCells(row).find((c) => c.label && COLUMN_VOCABULARY.roleOfKey(c.label) === 'target');
  if (!target) return undefined;
  for (let r = row + 1; r < Math.min(view.rowCount, row + 12); r++) {
    if (isCategoryLabel(view.text(r, nameCol))) return target.col;
  }
  return undefined;
}
