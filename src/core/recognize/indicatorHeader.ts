import type { SheetView } from '../grid/sheetView';

/** What a column of an indicator table holds. */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'period'
  | 'description'
  | 'basis'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation';

/** Roles holding a value of the indicator (everything after the 三级 name). */
export type ValueRole = Exclude<ColumnRole, 'level1' | 'level2' | 'level3'>;

/** Header labels by role, most specific first (指标值确定依据 before 指标值). */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['level1', /^一级(指标)?(名称)?$/],
  ['level2', /^二级(指标)?(名称)?$/],
  ['level3', /^三级(指标)?(名称)?$/],
  ['basis', /指标值确定依据|确定依据/],
  ['deviation', /偏差原因/],
  ['actual', /实际完成|实际值|完成值/],
  ['period', /实施(周)?期(指标|目标)值/],
  ['description', /指标描述|指标内容|指标解释/],
  ['target', /^(年度)?(指标|目标)值|^年度指标/],
  ['weight', /^(分值|权重|标准分值)$/],
  ['score', /^(得分|自评得分|评分)$/],
];

/** Column of each role found in an indicator table's header row. */
export interface IndicatorHeader {
  row: number;
  /** Every table has a 一级 column; the others are optional. */
  columns: Partial<Record<ColumnRole, number>> & { level1: number };
  /** Labelled columns of no known role (helper columns such as 目标数值 in generated 自评表): ignored with the blank columns after them. */
  ignored: number[];
}

function roleOfLabel(key: string): ColumnRole | undefined {
  return ROLE_PATTERNS.find(([, re]) => re.test(key))?.[0];
}

/** The header of an indicator table (`一级指标 | 二级指标 | 三级指标 | 年度指标值 …`) at `row`, if it is one. */
export function readIndicatorHeader(view: SheetView, row: number): IndicatorHeader | null {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const ignored: number[] = [];
  for (const { col, label } of view.rowCells(row)) {
    const role = label ? roleOfLabel(label) : undefined;
    if (role && columns[role] === undefined) columns[role] = col;
    else if (!role && columns.level1 !== undefined) ignored.push(col);
  }
  const { level1 } = columns;
  if (level1 === undefined || (columns.level3 === undefined && columns.level2 === undefined)) return null;
  return { row, columns: { ...columns, level1 }, ignored };
}

/** True for a header of a scored (self-evaluation) table. */
export function isScoredHeader(header: IndicatorHeader): boolean {
  return header.columns.weight !== undefined && header.columns.score !== undefined;
}

/**
 * Zones of the header: each role owns its column and the unlabeled columns after it
 * (a 三级 label merged across two columns, or typed into the first of them); undefined in an ignored column's zone.
 */
export function zoneOfColumn(header: IndicatorHeader, col: number): ColumnRole | undefined {
  let best: ColumnRole | undefined;
  let bestCol = -1;
  for (const [role, c] of Object.entries(header.columns) as [ColumnRole, number][]) {
    if (c <= col && c > bestCol) {
      best = role;
      bestCol = c;
    }
  }
  return header.ignored.some((c) => c <= col && c > bestCol) ? undefined : best;
}
