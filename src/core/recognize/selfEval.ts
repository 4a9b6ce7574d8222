import type { SheetView } from '../grid/sheetView';
import type { TextField } from '../model/project';
import type { FundsRow, SelfEvaluation } from '../model/selfEval';
import { FUNDS_COLUMN_LABELS, FUNDS_ROW_LABELS, type FundsColumnRole } from '../vocabulary/fundsColumns';
import { unitDivisorIn, type UnitDivisor } from '../vocabulary/labelKey';
import { isTemplateInstruction } from '../vocabulary/placeholders';
import { Vocabulary } from '../vocabulary/table';
import { readAmount, readNumber, readPercent } from './amount';
import { readFields, withoutOf } from './fields';
import type { TableHeader } from './header/tableHeader';
import { regionResult, type Region, type RegionResult } from './region';
import { readScoredTable } from './scoredTable';

const FUNDS_COLUMNS = new Vocabulary(FUNDS_COLUMN_LABELS);
const FUNDS_ROWS = new Vocabulary(FUNDS_ROW_LABELS);

/** Narrative sections of a self-evaluation whose template instructions must be replaced by the filer. */
const NARRATIVE = /^(评价结论|存在问题|改进措施|主要经验|项目实施内容及过程概述|绩效目标完成情况|总体评价|偏差原因)/;

type FundsColumn = Exclude<keyof FundsRow, 'label' | 'row' | 'part'>;

/**
 * A filed self-evaluation: header fields, the funds table (年初预算数 / 全年预算数 / 全年执行数 / 分值 /
 * 执行率 / 得分, in any of the national, Sichuan or Yunnan forms), 年度总体目标, the scored indicator
 * table with 总分 and 等级. A project's when a 项目名称 names it, else a department's (named by its
 * department or title), scoring framework or not.
 */
export function recognizeSelfEval(view: SheetView, region: Region, header: TableHeader): RegionResult {
  const fields = readFields(view, region.preamble.firstRow, header.row - 1);
  const title = region.preamble.title;
  const named = fields.name?.text ? fields.name : undefined;
  const nameCell = named ??
    (fields.department?.text ? fields.department : undefined) ??
    (fields.unit?.text ? fields.unit : undefined) ?? {
      text: region.preamble.department ?? title?.text ?? view.name,
      cell: title?.cell ?? view.address(header.row, header.columns[0]?.col ?? 0),
    };
  const evaluation: SelfEvaluation = {
    id: `${view.name}!${nameCell.cell}`,
    kind: named ? 'project' : 'department',
    name: nameCell.text,
    sheet: view.name,
    cell: nameCell.cell,
    funds: readFunds(view, region.preamble.firstRow, header.row - 1, region.preamble.divisor),
    indicators: [],
    rowSpan: { first: region.preamble.firstRow, last: header.lastRow },
  };
  const department = fields.department?.text || region.preamble.department;
  if (department) evaluation.department = department;
  if (fields.unit?.text) evaluation.unit = fields.unit.text;
  const expected = fields.annualGoal ?? fields.goal ?? fields.periodGoal;
  if (expected) evaluation.expectedGoal = expected;
  if (fields.actualGoal) evaluation.actualGoal = fields.actualGoal;
  const site = { sheet: view.name, project: { id: evaluation.id, name: evaluation.name } };
  const table = readScoredTable(view, header, region.lastRow, site);
  evaluation.indicators = table.indicators;
  if (table.totalScore) evaluation.totalScore = table.totalScore;
  if (table.grade) evaluation.grade = table.grade;
  evaluation.rowSpan.last = table.lastRow;
  const templates = templateTexts(view, region.preamble.firstRow, region.lastRow, fields.actualGoal);
  if (templates.length > 0) evaluation.templateTexts = templates;
  return regionResult(evaluation.kind === 'project' ? 'self-eval' : 'dept-self-eval', {
    selfEvaluations: [evaluation],
    findings: table.findings,
  });
}

/** Narrative cells (and the 目标完成情况) that still hold the template's instructions. */
function templateTexts(
  view: SheetView,
  fromRow: number,
  toRow: number,
  actualGoal: TextField | undefined,
): TextField[] {
  const out: TextField[] = [];
  if (actualGoal && isTemplateInstruction(actualGoal.text)) out.push(actualGoal);
  for (let r = fromRow; r <= toRow; r++) {
    const cells = view.rowCells(r);
    const label = cells.find((c) => NARRATIVE.test(c.label));
    if (!label) continue;
    const value = cells.find((c) => c.col > label.col);
    if (value && isTemplateInstruction(value.text)) out.push({ text: value.text, cell: view.address(r, value.col) });
  }
  return out;
}

/** The funds table in rows [fromRow, toRow]: its column labels on one row, a row per 资金 below. */
export function readFunds(view: SheetView, fromRow: number, toRow: number, divisor: UnitDivisor): FundsRow[] {
  for (let r = fromRow; r <= toRow; r++) {
    const columns = fundsColumns(view, r);
    if (columns.size < 2) continue;
    const firstCol = Math.min(...columns.values());
    const unit = view.rowCells(r).reduce<UnitDivisor>((u, c) => unitDivisorIn(c.text) ?? u, divisor);
    const rows: FundsRow[] = [];
    for (let d = r + 1; d <= toRow; d++) {
      const cells = view.rowCells(d);
      const labelCell = cells.filter((c) => c.col < firstCol).pop();
      const label = labelCell?.text ?? '';
      const part = label
        ? FUNDS_ROWS.roleOf(withoutOf(labelCell?.label ?? label))
        : rows.length === 0
          ? 'total'
          : undefined;
      // The table ends at a blank row, the goals or indicators below it, or a row that is neither a funds row nor has amounts.
      if (cells.length === 0 || (labelCell && /目标|指标/.test(label))) break;
      if (!part && cells.every((c) => c.col < firstCol)) break;
      const row: FundsRow = { label, row: d };
      if (part) row.part = part;
      for (const [key, col] of columns) {
        if (key === 'rate') row.rate = readPercent(view, d, col);
        else if (key === 'weight' || key === 'score') row[key] = readNumber(view, d, col);
        else row[key] = readAmount(view, d, col, unit);
      }
      rows.push(row);
    }
    return rows;
  }
  return [];
}

/**
 * The funds table's columns by role. A label over the row labels (Sichuan's 年度预算数(万元) above 总额 /
 * 其中：财政资金) heads the rows, not a column of amounts.
 */
function fundsColumns(view: SheetView, row: number): Map<FundsColumn, number> {
  const out = new Map<FundsColumn, number>();
  for (const { col, label } of view.rowCells(row)) {
    const key: FundsColumnRole | undefined = label ? FUNDS_COLUMNS.roleOfKey(label) : undefined;
    if (!key || key === 'reason' || out.has(key)) continue;
    if (FUNDS_ROWS.roleOf(withoutOf(view.label(row + 1, col))) !== undefined) continue;
    out.set(key, col);
  }
  return out;
}
