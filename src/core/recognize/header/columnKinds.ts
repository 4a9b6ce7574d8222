import type { SheetView } from '../../grid/sheetView';
import { level2Label, normalizeLevel1 } from '../../taxonomy/labels';
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
  typeUnlabelledRoles(view, header, header.lastRow + 1, to);
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

const NAME_ROLES: ColumnRole[] = ['level3', 'name', 'content', 'indicator'];
/** A cell that states a value: a number, or text that starts with a comparator or a figure. */
const VALUE_CELL = /^([≥≤<>=]|大于|小于|不低于|不高于)?\s*\d/;

/**
 * Columns whose label names no role, typed by what they hold: left of the name column, categories
 * (评价内容 holding 数量指标 / 质量指标) are the 二级 (or 一级) column; right of it, in a table with no
 * target column, values (one column per village or sub-project) are sub-project targets.
 */
function typeUnlabelledRoles(view: SheetView, header: TableHeader, from: number, to: number): void {
  const nameCol = NAME_ROLES.map((r) => header.columns.find((c) => c.role === r)).find((c) => c !== undefined)?.col;
  if (nameCol === undefined) return;
  const hasTarget = header.columns.some((c) => c.role === 'target');
  const has = (role: ColumnRole) => header.columns.some((c) => c.role === role);
  for (const c of header.columns) {
    if (c.role !== undefined) continue;
    let level1 = 0;
    let level2 = 0;
    let values = 0;
    let filled = 0;
    for (let r = from; r <= to; r++) {
      const text = view.ownText(r, c.col);
      if (!text) continue;
      filled++;
      if (level2Label(text) !== null) level2++;
      else if (normalizeLevel1(text) !== null) level1++;
      if (typeof view.raw(r, c.col) === 'number' || VALUE_CELL.test(text)) values++;
    }
    if (filled === 0) continue;
    if (c.col < nameCol && level2 / filled >= 0.6 && !has('level2')) c.role = 'level2';
    else if (c.col < nameCol && level1 / filled >= 0.6 && !has('level1')) c.role = 'level1';
    else if (c.col > nameCol && !hasTarget && values / filled >= 0.6) c.role = 'subTarget';
  }
}
