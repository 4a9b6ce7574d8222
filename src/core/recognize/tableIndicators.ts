import type { SheetView } from '../grid/sheetView';
import type { Indicator } from '../model/project';
import type { CellText } from './header/cellText';
import type { TableHeader } from './header/tableHeader';
import { buildIndicator } from './indicator';
import { valueCell, type IndicatorRow } from './indicatorRows';
import { combineSubTargets, directionOf, joinedValue, numberOf, type JoinedValue } from './rowValues';

/** The cell where a row's target belongs: its target cell, or the blank target cell of the row, or the name. */
function targetPlace(view: SheetView, header: TableHeader, row: IndicatorRow): string {
  return valueCell(view, header, row, 'target')?.cell ?? row.level3.cell;
}

const textOf = (c: CellText | undefined) => c?.text || undefined;

/**
 * The indicator a target-table row states: its categories, its name, its annual target joined from the
 * comparator / value / unit columns, its period target (a 实施期 column or the period value set of a
 * table with two side by side), weight, direction and descriptions.
 */
export function indicatorOfRow(
  view: SheetView,
  header: TableHeader,
  row: IndicatorRow,
  /** A self-evaluation's target is its adjusted target where it has one (scoredTargetRole). */
  targetRole: 'target' | 'adjustedTarget' | 'initialTarget' = 'target',
): Indicator {
  const name = row.level3.text;
  const place = targetPlace(view, header, row);
  const target =
    row.subTargets && !row.values.target
      ? subTargetsJoined(row, name, place)
      : joinedValue(row.values, targetRole, name, place);
  const period = row.periodValues
    ? joinedValue(row.periodValues, 'target', name, place)
    : joinedValue(row.values, 'periodTarget', name, place);
  const weight = row.values.weight ? numberOf(row.values.weight, row.values.weight.cell) : undefined;
  return buildIndicator({
    level1Raw: row.level1?.text ?? '',
    level2Raw: row.level2?.text ?? '',
    level3: name,
    targetRaw: target.raw,
    periodRaw: period.raw || undefined,
    description: textOf(row.values.description) ?? textOf(row.values.explanation) ?? textOf(row.values.standard),
    basis: textOf(row.values.basis),
    weight,
    direction: directionOf(row.values),
    targetShownAs: target.shownAs,
    unitNotUnit: target.unitNotUnit,
    unitConflict: target.unitConflict,
    progress: textField(row.values.progress),
    outlook: textField(row.values.forecast),
    cell: row.level3.cell,
    targetCell: target.cell,
  });
}

/** The values of the sub-project (region, town) columns, each joined with the row's comparator and unit. */
function subTargetsJoined(row: IndicatorRow, name: string, place: string): JoinedValue {
  const parts = (row.subTargets ?? []).map((t) => ({
    label: t.label,
    raw: joinedValue({ ...row.values, target: t }, 'target', name, place).raw,
    cell: t.cell,
  }));
  return combineSubTargets(parts);
}

function textField(c: CellText | undefined): { text: string; cell: string } | undefined {
  return c?.text ? { text: c.text, cell: c.cell } : undefined;
}
