import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make';
import type { SheetView } from '../grid/sheetView';
import { normalizeLevel1, normalizeLevel2 } from '../taxonomy/labels';
import { zoneOfColumn, type ColumnRole, type IndicatorHeader, type ValueRole } from './indicatorHeader';
import { unrecognizedCell, type RecognitionSite } from './site';
import { isBlankRow } from './text';

/** Text of one cell as read: normalized text, raw value text and address. */
export interface CellText {
  text: string;
  raw: string;
  cell: string;
}

/** One indicator row of a table, with blank 一级/二级 filled from the rows above. */
export interface IndicatorRow {
  row: number;
  level1: CellText | null;
  level2: CellText | null;
  level3: CellText;
  values: Partial<Record<ValueRole, CellText>>;
}

export interface IndicatorRowsResult {
  rows: IndicatorRow[];
  /** Last row that belongs to the table (its header when it has no rows). */
  lastRow: number;
  /** A 总分/合计/等级 row that ended the table, if one did. */
  totalRow?: number;
  findings: Finding[];
}

const TOTAL_LABEL = /^(总分|合计|总计|自评等级|综合评价等级|等级|评价等级)/;

const ZONE_NAMES: Record<ColumnRole, { zh: string; en: string }> = {
  level1: { zh: '一级指标', en: 'level-1 indicator' },
  level2: { zh: '二级指标', en: 'level-2 indicator' },
  level3: { zh: '三级指标', en: 'level-3 indicator' },
  target: { zh: '年度指标值', en: 'annual target' },
  period: { zh: '实施期指标值', en: 'period target' },
  description: { zh: '指标描述', en: 'description' },
  basis: { zh: '指标值确定依据', en: 'basis' },
  actual: { zh: '实际完成值', en: 'actual' },
  weight: { zh: '分值', en: 'weight' },
  score: { zh: '得分', en: 'score' },
  deviation: { zh: '偏差原因', en: 'deviation' },
};

interface Token extends CellText {
  col: number;
  zone: ColumnRole | undefined;
}

const isLevel1Only = (t: string) => normalizeLevel1(t) !== null && normalizeLevel2(t) === null;
const isLevel2Only = (t: string) => normalizeLevel2(t) !== null && normalizeLevel1(t) === null;
const isLevel2 = (t: string) => normalizeLevel2(t) !== null;

/**
 * Read the rows of an indicator table below `header` up to `lastRow` (inclusive). The table ends
 * at a blank row or a 总分/等级 row. Labels found in the wrong column (a row shifted right, a 二级
 * typed into the 一级 column) are recognized where they can be and reported as MISPLACED_LABEL.
 */
export function readIndicatorRows(
  view: SheetView,
  header: IndicatorHeader,
  lastRow: number,
  site: RecognitionSite,
): IndicatorRowsResult {
  const out: IndicatorRowsResult = { rows: [], lastRow: header.row, findings: [] };
  let level1: CellText | null = null;
  let level2: CellText | null = null;
  for (let r = header.row + 1; r <= lastRow; r++) {
    if (isBlankRow(view, r)) break;
    const first = view.rowCells(r)[0];
    if (TOTAL_LABEL.test(first.label)) {
      out.totalRow = r;
      break;
    }
    out.lastRow = r;
    const parsed = classifyRow(tokensOf(view, header, r));
    for (const m of parsed.misplaced)
      out.findings.push(misplacedFinding(site, m, [parsed.level1 ?? level1, parsed.level2, parsed.level3]));
    for (const t of parsed.unrecognized)
      out.findings.push(unrecognizedCell(site, t.cell, t.text, ZONE_NAMES[t.zone ?? 'level1']));
    if (parsed.level1) {
      level1 = parsed.level1;
      level2 = null;
    }
    if (parsed.level2) level2 = parsed.level2;
    if (parsed.level3 || Object.keys(parsed.values).length > 0) {
      out.rows.push({
        row: r,
        level1,
        level2,
        level3: parsed.level3 ?? emptyCell(view, r, header.columns.level3 ?? header.columns.level1),
        values: parsed.values,
      });
    }
  }
  return out;
}

function tokensOf(view: SheetView, header: IndicatorHeader, row: number): Token[] {
  const left = header.columns.level1;
  return view
    .rowCells(row)
    .filter((c) => c.col >= left)
    .map(({ col, text }) => ({
      col,
      text,
      raw: String(view.raw(row, col)),
      cell: view.address(row, col),
      zone: zoneOfColumn(header, col),
    }))
    .filter((t) => t.zone !== undefined);
}

interface Misplaced {
  token: Token;
  expected: ColumnRole;
}

interface ClassifiedRow {
  level1?: CellText;
  level2?: CellText;
  level3?: CellText;
  values: Partial<Record<ValueRole, CellText>>;
  misplaced: Misplaced[];
  unrecognized: Token[];
}

/** Assign each token of a row its role: by column, unless the labels show the row is shifted. */
function classifyRow(tokens: Token[]): ClassifiedRow {
  const out: ClassifiedRow = { values: {}, misplaced: [], unrecognized: [] };
  let i = 0;
  // Category labels at the start of the row.
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.zone === 'level1' && !out.level1 && !out.level2) {
      if (isLevel2Only(t.text) && tokens.every((o) => o.zone !== 'level2')) {
        out.level2 = t;
        out.misplaced.push({ token: t, expected: 'level2' });
      } else out.level1 = t;
    } else if (t.zone === 'level2' && !out.level2) {
      if (!out.level1 && isLevel1Only(t.text) && next !== undefined && isLevel2(next.text)) {
        out.level1 = t;
        out.misplaced.push({ token: t, expected: 'level1' });
      } else out.level2 = t;
    } else if (!out.level2 && out.misplaced.length > 0 && isLevel2(t.text) && next !== undefined) {
      // A row already shifted right: its 二级 sits in the 三级 column.
      out.level2 = t;
      out.misplaced.push({ token: t, expected: 'level2' });
    } else break;
  }
  const shifted = out.misplaced.some((m) => m.token.zone !== 'level1');
  // The 三级 name: in its zone, or the next cell of a shifted row wherever it landed.
  if (i < tokens.length && (tokens[i].zone === 'level3' || shifted)) out.level3 = tokens[i++];
  // …and its target is whatever follows, even in a column of another role.
  if (shifted && i < tokens.length) out.values.target = tokens[i++];
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const zone = t.zone;
    if (zone && zone !== 'level1' && zone !== 'level2' && zone !== 'level3' && !out.values[zone]) out.values[zone] = t;
    else out.unrecognized.push(t);
  }
  return out;
}

function misplacedFinding(site: RecognitionSite, m: Misplaced, path: (CellText | null | undefined)[]): Finding {
  const actual = ZONE_NAMES[m.token.zone ?? 'level1'];
  const expected = ZONE_NAMES[m.expected];
  return makeFinding(
    'MISPLACED_LABEL',
    { sheet: site.sheet, cell: m.token.cell, project: site.project, indicator: path.map((p) => p?.text) },
    {
      params: { label: m.token.text, actualEn: actual.en, expectedEn: expected.en },
      expected: expected.zh,
      actual: actual.zh,
    },
  );
}

/** A blank cell of the table (a missing target, a missing 三级): still has an address to report on. */
export function emptyCell(view: SheetView, row: number, col: number): CellText {
  return { text: '', raw: '', cell: view.address(row, col) };
}

/** The row's cell of a value role, blank with its address when the row left it empty. */
export function valueCell(
  view: SheetView,
  header: IndicatorHeader,
  row: IndicatorRow,
  role: ValueRole,
): CellText | undefined {
  const found = row.values[role];
  if (found) return found;
  const col = header.columns[role];
  return col === undefined ? undefined : emptyCell(view, row.row, col);
}
