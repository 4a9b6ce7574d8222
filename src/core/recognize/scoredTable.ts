import type { Finding } from '../findings/finding';
import type { SheetView } from '../grid/sheetView';
import type { Amount, TextField } from '../model/project';
import type { ScoredIndicator } from '../model/selfEval';
import { parseTarget } from '../parse/targetValue';
import { normalizeLevel1, normalizeLevel2 } from '../taxonomy/labels';
import { amountFromText, readNumber } from './amount';
import type { IndicatorHeader } from './indicatorHeader';
import { readIndicatorRows, valueCell, type IndicatorRow } from './indicatorRows';
import type { RecognitionSite } from './site';

/** The scored indicator table of a self-evaluation (layouts D and E) with its 总分 and 等级. */
export interface ScoredTable {
  indicators: ScoredIndicator[];
  totalScore?: Amount;
  grade?: TextField;
  lastRow: number;
  findings: Finding[];
}

const TOTAL = /^(总分|合计|总计|自评总分)$/;
const GRADE = /^(自评等级|综合评价等级|评价等级|等级|自评结果)$/;

export function readScoredTable(
  view: SheetView,
  header: IndicatorHeader,
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
      if (TOTAL.test(key) && !out.totalScore) out.totalScore = totalOf(view, header, r, col);
      else if (GRADE.test(key) && !out.grade) out.grade = nextText(view, r, col);
      else continue;
      out.lastRow = r;
    }
  }
  return out;
}

function scoredIndicator(view: SheetView, header: IndicatorHeader, row: IndicatorRow): ScoredIndicator {
  const target = valueCell(view, header, row, 'target');
  const actual = valueCell(view, header, row, 'actual');
  const level1Raw = row.level1?.text ?? '';
  const level2Raw = row.level2?.text ?? '';
  const out: ScoredIndicator = {
    level1: normalizeLevel1(level1Raw),
    level1Raw,
    level2: normalizeLevel2(level2Raw),
    level2Raw,
    level3: row.level3.text,
    target: parseTarget(target?.raw ?? ''),
    targetCell: target?.cell ?? row.level3.cell,
    actual: parseTarget(actual?.raw ?? ''),
    actualCell: actual?.cell ?? row.level3.cell,
    weight: numberIn(view, header, row, 'weight'),
    score: numberIn(view, header, row, 'score'),
    cell: row.level3.cell,
    row: row.row,
  };
  if (row.values.deviation) out.deviation = row.values.deviation.text;
  return out;
}

function numberIn(view: SheetView, header: IndicatorHeader, row: IndicatorRow, role: 'weight' | 'score'): Amount {
  const col = header.columns[role];
  return col === undefined ? { value: null, raw: '', cell: row.level3.cell } : readNumber(view, row.row, col);
}

/** 总分: the score column of the 总分 row, or the first number right of the label. */
function totalOf(view: SheetView, header: IndicatorHeader, row: number, labelCol: number): Amount {
  const col = header.columns.score;
  if (col !== undefined && col > labelCol && view.ownText(row, col)) return readNumber(view, row, col);
  const numeric = view.rowCells(row).find((c) => c.col > labelCol && amountFromText(c.text, 1) !== null);
  return readNumber(view, row, numeric?.col ?? labelCol + 1);
}

function nextText(view: SheetView, row: number, labelCol: number): TextField {
  const next = view.rowCells(row).find((c) => c.col > labelCol);
  return next
    ? { text: next.text, cell: view.address(row, next.col) }
    : { text: '', cell: view.address(row, labelCol + 1) };
}
