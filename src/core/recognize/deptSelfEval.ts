import type { SheetView } from '../grid/sheetView';
import type { SelfEvaluation } from '../model/selfEval';
import type { IndicatorHeader } from './indicatorHeader';
import { regionResult, type Region, type RegionResult } from './region';
import { readScoredTable } from './scoredTable';

/**
 * Layout E: a department's scored table (一级 履职效能 / 管理效率, 三级 rows with 分值 and 得分,
 * 总分, 等级) standing on its own, named by its title block.
 */
export function recognizeDeptSelfEval(view: SheetView, region: Region, header: IndicatorHeader): RegionResult {
  const { preamble } = region;
  const cell = preamble.title?.cell ?? view.address(header.row, header.columns.level1);
  const name = preamble.department ?? preamble.title?.text ?? view.name;
  const id = `${view.name}!${cell}`;
  const table = readScoredTable(view, header, region.lastRow, { sheet: view.name, project: { id, name } });
  const evaluation: SelfEvaluation = {
    id,
    kind: 'department',
    name,
    sheet: view.name,
    cell,
    funds: [],
    indicators: table.indicators,
    rowSpan: { first: preamble.firstRow, last: table.lastRow },
  };
  if (preamble.department) evaluation.department = preamble.department;
  if (table.totalScore) evaluation.totalScore = table.totalScore;
  if (table.grade) evaluation.grade = table.grade;
  return regionResult('dept-self-eval', { selfEvaluations: [evaluation], findings: table.findings });
}
