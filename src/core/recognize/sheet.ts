import { makeFinding } from '../findings/make';
import type { SheetView } from '../grid/sheetView';
import { readFields } from './fields';
import { readTableHeader, type TableHeader } from './header/tableHeader';
import { recognizeListForm } from './listForm';
import { recognizeListRows, recognizeTreeList } from './listRows';
import { formProject, recognizeTargetForm } from './projectForm';
import { regionResult, type Region, type RegionResult } from './region';
import { findRegions } from './segment';
import { recognizeSelfEval } from './selfEval';
import { findTransposedHeader, recognizeTransposed } from './transposed';

/** Every table and form of one sheet, in order of appearance. */
export function recognizeSheet(view: SheetView): RegionResult[] {
  return findRegions(view).flatMap((region) => recognizeRegion(view, region));
}

function recognizeRegion(view: SheetView, region: Region): RegionResult[] {
  if (region.kind === 'list') {
    const { header } = region;
    if (header.indicators) return [recognizeListRows(view, region, header)];
    if (header.treeTarget !== undefined) return [recognizeTreeList(view, region, header)];
    return [recognizeListForm(view, region, header)];
  }
  const headers = tableHeaders(view, region);
  if (headers.length === 0) {
    const transposed = findTransposedHeader(view, region);
    if (transposed)
      return [
        recognizeTransposed(view, region, transposed, readFields(view, region.preamble.firstRow, transposed.row - 1)),
      ];
    return formWithoutTable(view, region);
  }
  const { kind } = headers[0];
  return (kind === 'target' && !isUnscoredSelfEval(region, headers[0])) || kind === 'monitoring'
    ? [recognizeTargetForm(view, region, headers)]
    : [recognizeSelfEval(view, region, headers[0])];
}

/** A title naming the form a self-evaluation (自评表, 绩效评价表), not a target table (目标表). */
const SELF_EVAL_TITLE = /自评|评价表|评价结果/;

/**
 * A self-evaluation printed without 分值 / 得分 columns (some county templates only compare 年度指标值 with
 * 全年完成值): its header has a completion column and its title says 自评. Read as a self-evaluation, so its
 * completion values are compared and never mistaken for a target table's extra columns.
 */
function isUnscoredSelfEval(region: Region, header: TableHeader): boolean {
  const title = region.preamble.title?.text ?? '';
  return header.columns.some((c) => c.role === 'actual') && SELF_EVAL_TITLE.test(title) && !/目标表$/.test(title);
}

/** The title of a target form: 绩效目标表, 绩效目标申报表, 部门整体支出绩效目标申报表. */
const TARGET_FORM_TITLE = /绩效目标(申报|批复)?表/;

/** The indicator tables of a form region, top to bottom. */
function tableHeaders(view: SheetView, region: Region): TableHeader[] {
  const out: TableHeader[] = [];
  for (let r = region.preamble.firstRow; r <= region.lastRow; r++) {
    const header = readTableHeader(view, r);
    if (!header) continue;
    out.push(header);
    r = header.lastRow;
  }
  return out;
}

/**
 * A form whose indicator table was not found. When it states a goal, or its title says it is a target form
 * and it names its project or department, it is a target form whose table is in a layout we do not read (or
 * was cut off): its project is read as far as it goes and marked so, with a PARTLY_READ finding, never
 * judged as having no indicators. Any other form (a 项目基本信息 block, a cover) is not a target table.
 */
function formWithoutTable(view: SheetView, region: Region): RegionResult[] {
  const fields = readFields(view, region.preamble.firstRow, region.lastRow);
  const goal = fields.goal?.text || fields.annualGoal?.text || fields.periodGoal?.text;
  // A form titled as a target table (部门整体支出绩效目标申报表) and naming its owner, cut off before its goal.
  const titled = TARGET_FORM_TITLE.test(region.preamble.title?.text ?? '') && !!(fields.name ?? fields.department);
  if (!goal && !titled) return [];
  const project = formProject(view, region, region.lastRow, fields, view.address(region.lastRow, 0));
  project.unread = ['indicators'];
  const finding = makeFinding(
    'PARTLY_READ',
    { sheet: view.name, cell: project.cell, project: { id: project.id, name: project.name } },
    {
      params: {
        detail: goal
          ? `“${project.name}”有绩效目标，但没有找到可识别的绩效指标表`
          : `“${project.name}”的绩效目标表只有表头部分，没有找到绩效目标和可识别的绩效指标表`,
        detailEn: goal
          ? `"${project.name}" has a performance goal but no indicator table could be recognized`
          : `only the top of "${project.name}"'s target form was found: no goal and no indicator table could be recognized`,
        skipped: '其指标的完整性、归类和指标值',
        skippedEn: 'the completeness, categories and targets of its indicators',
      },
    },
  );
  return [regionResult(project.layout, { projects: [project], findings: [finding] })];
}
