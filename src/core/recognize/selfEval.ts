import type { Finding } from '../findings/finding';
import { makeFinding, type FindingSite } from '../findings/make';
import type { SheetView } from '../grid/sheetView';
import type { TextField } from '../model/project';
import type { SelfEvaluation } from '../model/selfEval';
import { isTemplateInstruction } from '../vocabulary/placeholders';
import { amountFromText } from './amount';
import { readFields } from './fields';
import { readFunds } from './funds';
import type { TableHeader } from './header/tableHeader';
import { regionResult, type Region, type RegionResult } from './region';
import { readScoredTable } from './scoredTable';

/** Narrative sections of a self-evaluation whose template instructions must be replaced by the filer. */
const NARRATIVE = /^(评价结论|存在问题|改进措施|主要经验|项目实施内容及过程概述|绩效目标完成情况|总体评价|偏差原因)/;

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
    targets: header.columns.some(
      (c) => c.role === 'target' || c.role === 'initialTarget' || c.role === 'adjustedTarget',
    ),
    scored: header.columns.some((c) => c.role === 'score'),
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
  else if (fields.statedScore?.text) {
    const { text, cell } = fields.statedScore;
    evaluation.totalScore = { value: amountFromText(text, 1), raw: text, cell };
    evaluation.totalScoreInHeader = true;
  }
  if (table.totalWeight) evaluation.totalWeight = table.totalWeight;
  if (table.grade) evaluation.grade = table.grade;
  evaluation.rowSpan.last = table.lastRow;
  const templates = templateTexts(view, region.preamble.firstRow, region.lastRow, fields.actualGoal);
  if (templates.length > 0) evaluation.templateTexts = templates;
  const empty = evaluation.indicators.length === 0 ? [emptyTable(evaluation, site)] : [];
  return regionResult(evaluation.kind === 'project' ? 'self-eval' : 'dept-self-eval', {
    selfEvaluations: [evaluation],
    findings: [...table.findings, ...empty],
  });
}

/**
 * An indicator header with no indicator row under it (a copy cut off at the header, or a table never filled):
 * said so, since no check of indicators, actuals or scores could run and silence would read as "no problems".
 */
function emptyTable(e: SelfEvaluation, site: Omit<FindingSite, 'cell'>): Finding {
  return makeFinding(
    'PARTLY_READ',
    { ...site, cell: e.cell },
    {
      params: {
        detail: `“${e.name}”的绩效指标表只有表头，表头下没有读到指标行`,
        detailEn: `"${e.name}"'s indicator table has its header but no indicator row below it`,
        skipped: '其指标的完整性、指标值、完成值和得分',
        skippedEn: 'the completeness, targets, actual values and scores of its indicators',
      },
    },
  );
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
