import type { SheetView } from '../../grid/sheetView';
import type { ColumnRole } from '../../vocabulary/columns';
import type { HeaderColumn, TableHeader } from './tableHeader';

/** Comparators as a column of their own writes them (指标性质 / 指标方向 / 符号). */
export const COMPARATOR_CELL =
  /^(≥|≤|>=|<=|>|<|=|＝|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|以上|以下|定额)$/;
/** Directions (指标方向性): 正向 / 反向 (/ 中性). */
const DIRECTION_CELL = /^(正向|反向|中性)(指标)?$/;
/** Value types (指标值类型 / 指标性质): 定量 / 定性. */
const VALUE_TYPE_CELL = /^(定量|定性)(指标)?$/;

const SAMPLE_ROWS = 40;

/**
 * A column's role told by what it holds, for the labels whose meaning varies by province: 指标性质 holds
 * comparators in Sichuan, 正向/反向 in Inner Mongolia, 定量/定性 in Chongqing; a column labelled 指标值 that
 * holds only 定量/定性 is a value type, never the target. Changes the header's columns in place.
 */
export function typeColumnsByContent(view: SheetView, header: TableHeader, lastRow: number): void {
  const to = Math.min(lastRow, header.lastRow + SAMPLE_ROWS);
  for (const c of header.columns) {
    if (c.role !== 'comparator' && c.role !== 'target' && c.role !== 'direction' && c.role !== 'valueType') continue;
    const kind = contentKind(view, c, header.lastRow + 1, to);
    if (kind) c.role = kind;
    else if (c.role === 'comparator') c.role = undefined;
  }
}

function contentKind(view: SheetView, c: HeaderColumn, from: number, to: number): ColumnRole | undefined {
  const counts = { comparator: 0, direction: 0, valueType: 0, other: 0 };
  for (let r = from; r <= to; r++) {
    const text = view.ownText(r, c.col).replace(/\s/g, '');
    if (!text) continue;
    if (COMPARATOR_CELL.test(text)) counts.comparator++;
    else if (DIRECTION_CELL.test(text)) counts.direction++;
    else if (VALUE_TYPE_CELL.test(text)) counts.valueType++;
    else counts.other++;
  }
  const total = counts.comparator + counts.direction + counts.valueType + counts.other;
  if (total === 0) return c.role === 'target' ? undefined : c.role;
  if (c.role === 'target') return counts.valueType / total >= 0.6 ? 'valueType' : undefined;
  const best = (['comparator', 'direction', 'valueType'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] / total >= 0.6 ? best : undefined;
}
