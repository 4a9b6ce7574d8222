import type { Finding } from '../findings/finding';
import type { SheetView } from '../grid/sheetView';
import type { Amount, TextField } from '../model/project';
import type { ScoredIndicator } from '../model/selfEval';
import { parseTarget } from '../parse/targetValue';
import { normalizeLevel1, normalizeLevel2 } from '../taxonomy/labels';
import { PARENT_OF } from '../taxonomy/categories';
import { amountFromText, readNumber } from './amount';
import { columnOf, type TableHeader } from './header/tableHeader';
import { readIndicatorRows, valueCell, type IndicatorRow } from './indicatorRows';
import { directionOf, joinedValue, numberOf, scoredTargetRole } from './rowValues';
import type { RecognitionSite } from './site';

/** The scored indicator table of a self-evaluation with its 总分 and 等级. */
export interface ScoredTable {
  indicators: ScoredIndicator[];
  totalScore?: Amount;
  /** Σ 分值 as the table's 合计 row states it, when it has one. */
  totalWeight?: Amount;
  grade?: TextField;
  lastRow: number;
  findings: Finding[];
}

const TOTAL = /^(总分|合计|总计|自评总分|综合得分)/;
const GRADE = /^(自评等级|综合评价等级|评价等级|等级|自评结果)$/;

export function readScoredTable(
  view: SheetView,
  header: TableHeader,
  lastRow: number,
  site: RecognitionSite,
): ScoredTable {
  const table = readIndicatorRows(view, header, lastRow, site);
  const out: ScoredTable = {
    indicators: table.rows.map((row) => scoredIndicator(view, header, row)),
    lastRow: table.lastRow,
    findings: table.findings,
  };
  for (let r = table.lastRow + 1; r <= lastRow && !(out.totalScore && out.grade); r++) {
    for (const { col, label: key } of view.rowCells(r)) {
      if (TOTAL.test(key) && !out.totalScore) {
        out.totalScore = totalIn(view, header, r, col, 'score');
        const weight = totalIn(view, header, r, col, 'weight');
        if (weight.value !== null) out.totalWeight = weight;
      } else if (GRADE.test(key) && !out.grade) out.grade = nextText(view, r, col);
      else continue;
      out.lastRow = r;
    }
  }
  return out;
}

function scoredIndicator(view: SheetView, header: TableHeader, row: IndicatorRow): ScoredIndicator {
  const name = row.level3.text;
  const place = valueCell(view, header, row, 'target')?.cell ?? row.level3.cell;
  const target = joinedValue(row.values, scoredTargetRole(row.values), name, place);
  const actualPlace = valueCell(view, header, row, 'actual')?.cell ?? row.level3.cell;
  const actual = joinedValue(row.values, 'actual', name, actualPlace);
  const level1Raw = row.level1?.text ?? '';
  const level2Raw = row.level2?.text ?? '';
  const level2 = normalizeLevel2(level2Raw);
  const out: ScoredIndicator = {
    level1: normalizeLevel1(level1Raw) ?? (level2 ? PARENT_OF[level2] : null),
    level1Raw,
    level2,
    level2Raw,
    level3: name,
    target: parseTarget(target.raw),
    targetCell: target.cell,
    actual: parseTarget(actual.raw),
    actualCell: actual.cell,
    weight: numberIn(view, header, row, 'weight'),
    score: numberIn(view, header, row, 'score'),
    cell: row.level3.cell,
    row: row.row,
  };
  if (row.values.scoreRatio) out.scoreRatio = numberOf(row.values.scoreRatio, row.values.scoreRatio.cell);
  const direction = directionOf(row.values);
  if (direction) out.direction = direction;
  if (row.values.deviation) out.deviation = row.values.deviation.text;
  return out;
}

function numberIn(view: SheetView, header: TableHeader, row: IndicatorRow, role: 'weight' | 'score'): Amount {
  return numberOf(valueCell(view, header, row, role), row.level3.cell);
}

/** 总分 / 合计: the score (or weight) column of the total row, or the first number right of the label. */
function totalIn(
  view: SheetView,
  header: TableHeader,
  row: number,
  labelCol: number,
  role: 'score' | 'weight',
): Amount {
  const col = columnOf(header, role)?.col;
  if (col !== undefined && col > labelCol) return readNumber(view, row, col);
  if (role === 'weight') return { value: null, raw: '', cell: view.address(row, labelCol) };
  const numeric = view.rowCells(row).find((c) => c.col > labelCol && amountFromText(c.text, 1) !== null);
  return readNumber(view, row, numeric?.col ?? labelCol + 1);
}

function nextText(view: SheetView, row: number, labelCol: number): TextField {
  const next = view.rowCells(row).find((c) => c.col > labelCol);
  return next
    ? { text: next.text, cell: view.address(row, next.col) }
    : { text: '', cell: view.address(row, labelCol + 1) };
}
