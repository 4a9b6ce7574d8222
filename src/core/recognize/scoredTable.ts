import type { Finding } from '../findings/finding';
import type { SheetView } from '../grid/sheetView';
import type { Amount, TextField } from '../model/project';
import type { ScoredIndicator } from '../model/selfEval';
import { parseTarget } from '../parse/targetValue';
import { amountFromText, readNumber } from './amount';
import { columnOf, type TableHeader } from './header/tableHeader';
import { readIndicatorRows, valueCell, type IndicatorRow } from './indicatorRows';
import { joinedValue, numberOf, scoredTargetRole } from './rowValues';
import { indicatorOfRow } from './tableIndicators';
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

/** A scored row: the indicator as a target table states it, with its actual, weight, score and deviation. */
function scoredIndicator(view: SheetView, header: TableHeader, row: IndicatorRow): ScoredIndicator {
  const base = indicatorOfRow(view, header, row, scoredTargetRole(row.values));
  const actualPlace = valueCell(view, header, row, 'actual')?.cell ?? row.level3.cell;
  const actual = joinedValue(row.values, 'actual', base.level3, actualPlace);
  const out: ScoredIndicator = {
    ...base,
    actual: parseTarget(actual.raw),
    actualCell: actual.cell,
    weight: numberIn(view, header, row, 'weight'),
    score: numberIn(view, header, row, 'score'),
    row: row.row,
  };
  if (row.values.scoreRatio) out.scoreRatio = numberOf(row.values.scoreRatio, row.values.scoreRatio.cell);
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
