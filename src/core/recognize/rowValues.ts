import { isDateFormat, isoDateOfSerial } from '../grid/excelDate';
import type { Amount } from '../model/project';
import { unitKind } from '../vocabulary/units';
import { amountFromText } from './amount';
import type { CellText } from './header/cellText';
import type { RowValues } from './indicatorRows';

/** A value as the row states it across its columns, joined: `≥` | `230` | `人` → `≥230人`. */
export interface JoinedValue {
  raw: string;
  cell: string;
  /** What the value cell displays when it holds a date stored as a plain number (`44,561`). */
  shownAs?: string;
  /** The unit cell, when it holds something other than a unit. */
  unitNotUnit?: { text: string; cell: string };
  /** The unit cell, when the value carries a unit of another kind (`28.8万元` beside a 计量单位 of `%`). */
  unitConflict?: { text: string; cell: string };
}

/** The unit a value carries after its last digit (`万元` of `28.8万元`), '' when none. */
function trailingUnit(text: string): string {
  return /\d\s*([^\d\s]+)$/.exec(text)?.[1] ?? '';
}

/** Comparator words of a comparator column, as the symbol the target grammar reads. */
const COMPARATOR_SYMBOL: [RegExp, string][] = [
  [/^(≥|>=|大于等于|不低于|不少于|以上|大于或等于)$/, '≥'],
  [/^(≤|<=|小于等于|不高于|不超过|以下|小于或等于)$/, '≤'],
  [/^(>|大于)$/, '>'],
  [/^(<|小于)$/, '<'],
];
const HAS_COMPARATOR = /^(≥|≤|>=|<=|>|<|=|不低于|不少于|不高于|不超过|大于|小于|达到|至少|控制在)/;
/** Serial numbers of dates from 2000 to 2049: a number there in a time indicator is a date Excel stored plainly. */
const DATE_SERIALS = [36526, 54789] as const;
const TIME_WORDS = /时间|日期|时限|期限|截止|完成时|到位时|前完成|时点|节点/;

function comparatorSymbol(text: string | undefined): string {
  const t = (text ?? '').replace(/\s/g, '');
  return COMPARATOR_SYMBOL.find(([re]) => re.test(t))?.[1] ?? '';
}

function isDateSerial(cell: CellText): boolean {
  return (
    cell.number !== undefined &&
    Number.isInteger(cell.number) &&
    cell.number >= DATE_SERIALS[0] &&
    cell.number <= DATE_SERIALS[1] &&
    !isDateFormat(cell.format)
  );
}

/**
 * The row's value of `role` (target, periodTarget, actual…) joined with the row's comparator and unit
 * columns. A date stored as a plain number in a time indicator (44561 shown as `44,561`) is read as the
 * date it is, and what the cell shows is kept for the finding.
 */
export function joinedValue(
  values: RowValues,
  role: 'target' | 'periodTarget' | 'actual' | 'initialTarget' | 'adjustedTarget',
  indicatorName: string,
  emptyCell: string,
): JoinedValue {
  const value = values[role];
  if (!value || value.text === '') return { raw: '', cell: value?.cell ?? emptyCell };
  const unit = values.unit;
  const out: JoinedValue = { raw: value.text, cell: value.cell };
  const unitIsNumber = unit !== undefined && unit.number !== undefined;
  if (unitIsNumber) out.unitNotUnit = { text: unit.text, cell: unit.cell };
  if (isDateSerial(value) && (TIME_WORDS.test(indicatorName) || unitIsNumber)) {
    out.raw = isoDateOfSerial(value.number as number);
    out.shownAs = value.text;
    return out;
  }
  // A 指标方向 column may hold the comparator itself (≥ / ≤) rather than 正向 / 反向.
  const comparator = role === 'actual' ? '' : comparatorSymbol(values.comparator?.text ?? values.direction?.text);
  let text = value.text;
  if (comparator && !HAS_COMPARATOR.test(text)) text = comparator + text;
  if (unit && !unitIsNumber && unit.text && /\d$/.test(text) && !text.endsWith(unit.text)) text += unit.text;
  const own = unitKind(trailingUnit(value.text));
  const stated = unit && !unitIsNumber ? unitKind(unit.text) : undefined;
  if (own && stated && own !== stated && unit) out.unitConflict = { text: unit.text, cell: unit.cell };
  out.raw = text;
  return out;
}

/**
 * Per-region (town, village) values of one indicator as one target: the value when every region states the
 * same (`≥1个`), else a composite (`西坪镇尧山村:1；桃舟乡吾培村:1`), at the first value's cell.
 */
export function combineSubTargets(parts: { label: string; raw: string; cell: string }[]): JoinedValue {
  const filled = parts.filter((p) => p.raw !== '');
  if (filled.length > 0 && filled.length === parts.length && filled.every((p) => p.raw === filled[0].raw))
    return { raw: filled[0].raw, cell: filled[0].cell };
  if (filled.length === 0) return { raw: '', cell: parts[0].cell };
  return { raw: parts.map((p) => `${p.label}:${p.raw}`).join('；'), cell: parts[0].cell };
}

/** The target a scored row states: the adjusted target where filled, else the target, else the initial one. */
export function scoredTargetRole(values: RowValues): 'adjustedTarget' | 'target' | 'initialTarget' {
  if (values.adjustedTarget?.text) return 'adjustedTarget';
  if (values.target?.text || !values.initialTarget) return 'target';
  return 'initialTarget';
}

/** 正向 / 反向 of a direction column. */
export function directionOf(values: RowValues): 'higher' | 'lower' | undefined {
  const t = values.direction?.text ?? '';
  return t.startsWith('正向') ? 'higher' : t.startsWith('反向') ? 'lower' : undefined;
}

/** A plain number (分值, 得分) read from a cell of the row; blank → value null. */
export function numberOf(cell: CellText | undefined, fallbackCell: string): Amount {
  if (!cell) return { value: null, raw: '', cell: fallbackCell };
  if (cell.number !== undefined) return { value: cell.number, raw: cell.raw, cell: cell.cell };
  return { value: cell.text.trim() === '' ? null : amountFromText(cell.text, 1), raw: cell.raw, cell: cell.cell };
}
