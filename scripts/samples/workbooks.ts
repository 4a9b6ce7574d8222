import ExcelJS from 'exceljs';
import type { CellScalar } from '../../src/core/grid/grid';
import { BAIYUN_LIST_ROWS } from './data/baiyunList';
import { GAOXIN_FORMS } from './data/gaoxinForms';
import {
  CODED_LIST,
  DEPT_SELF_EVAL,
  FORM_PLAN_BRIDGE,
  FORM_PLAN_ROAD,
  SELF_EVAL_BROKEN,
  SELF_EVAL_OK,
} from './data/madeUp';
import { inferMerges } from './merges';

export interface BuildOptions {
  /** Merge cells as filed workbooks do (titles, 一级/二级 labels, 三级 over two columns). */
  merged: boolean;
}

const AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;
const AMOUNT_FORMAT = '#,##0.00';

/** Text that is an amount in the filed document becomes a number cell with a 2-decimal format. */
export function typed(v: CellScalar): { value: CellScalar; numFmt?: string } {
  if (typeof v === 'string' && AMOUNT.test(v.trim()))
    return { value: Number(v.replace(/,/g, '')), numFmt: AMOUNT_FORMAT };
  if (typeof v === 'number') return { value: v, numFmt: Number.isInteger(v) ? undefined : AMOUNT_FORMAT };
  return { value: v === '' ? null : v };
}

/** Write rows at `startRow` (1-based) of a worksheet, with merges when asked. */
export function writeRows(ws: ExcelJS.Worksheet, rows: CellScalar[][], startRow: number, options: BuildOptions): void {
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      const { value, numFmt } = typed(v);
      if (value === null) return;
      const cell = ws.getCell(startRow + i, c + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = { wrapText: typeof value === 'string' && value.length > 20, vertical: 'middle' };
    });
  });
  if (!options.merged) return;
  for (const m of inferMerges(rows)) ws.mergeCells(startRow + m.top, m.left + 1, startRow + m.bottom, m.right + 1);
}

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

const LIST_WIDTHS = [36, 12, 12, 12, 12, 50, 80];
const FORM_WIDTHS = [16, 22, 30, 16, 22, 16, 16, 16, 30];

/** Layout A, free-text dialect: the 白云区 list. */
export function addBaiyunList(wb: ExcelJS.Workbook, options: BuildOptions, name = '项目绩效目标表'): void {
  writeRows(sheet(wb, name, LIST_WIDTHS), BAIYUN_LIST_ROWS, 1, options);
}

/** Layout A, coded dialect. */
export function addCodedList(wb: ExcelJS.Workbook, options: BuildOptions, name = '编码式目标表'): void {
  writeRows(sheet(wb, name, LIST_WIDTHS), CODED_LIST, 1, options);
}

/** Short sheet name for a form: the project name, cut to Excel's 31 characters. */
function formSheetName(rows: CellScalar[][], index: number): string {
  const nameRow = rows.find((r) => String(r[0]).replace(/\s/g, '') === '项目名称');
  const name = String(nameRow?.[1] ?? `项目${index + 1}`).replace(/[\\/?*[\]:]/g, '');
  return name.slice(0, 31);
}

/** Layout B: the 高新区 forms, one sheet per project, or all stacked on one sheet. */
export function addGaoxinForms(
  wb: ExcelJS.Workbook,
  options: BuildOptions & { stacked: boolean },
  only?: number[],
): void {
  const forms = GAOXIN_FORMS.filter((_, i) => !only || only.includes(i));
  if (options.stacked) {
    const ws = sheet(wb, '本级项目绩效目标表', FORM_WIDTHS);
    let row = 1;
    for (const f of forms) {
      writeRows(ws, f, row, options);
      row += f.length + 2;
    }
    return;
  }
  forms.forEach((f, i) => writeRows(sheet(wb, formSheetName(f, i), FORM_WIDTHS), f, 1, options));
}

/** Layout C: two forms with 资金支出计划 and 指标值确定依据 (one correct, one with defects). */
export function addFormPlans(wb: ExcelJS.Workbook, options: BuildOptions): void {
  writeRows(sheet(wb, '道路监测系统', FORM_WIDTHS), FORM_PLAN_ROAD, 1, options);
  writeRows(sheet(wb, '桥梁健康监测', FORM_WIDTHS), FORM_PLAN_BRIDGE, 1, options);
}

/** Layout D: a correct and a broken project self-evaluation. */
export function addSelfEvaluations(wb: ExcelJS.Workbook, options: BuildOptions): void {
  writeRows(sheet(wb, '自评表-运维费', FORM_WIDTHS), SELF_EVAL_OK, 1, options);
  writeRows(sheet(wb, '自评表-储备物资', FORM_WIDTHS), SELF_EVAL_BROKEN, 1, options);
}

/** Layout E: the department self-evaluation table. */
export function addDeptSelfEvaluation(wb: ExcelJS.Workbook, options: BuildOptions): void {
  writeRows(sheet(wb, '部门整体自评', [16, 16, 60, 10, 10]), DEPT_SELF_EVAL, 1, options);
}

function workbook(build: (wb: ExcelJS.Workbook) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效表校验 samples';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  build(wb);
  return wb;
}

/** Every bundled sample workbook by file name. */
export function sampleWorkbooks(options: BuildOptions = { merged: true }): Record<string, ExcelJS.Workbook> {
  return {
    'baiyun-list.xlsx': workbook((wb) => addBaiyunList(wb, options)),
    'coded-list.xlsx': workbook((wb) => addCodedList(wb, options)),
    'gaoxin-forms.xlsx': workbook((wb) => addGaoxinForms(wb, { ...options, stacked: false })),
    'gaoxin-forms-stacked.xlsx': workbook((wb) => addGaoxinForms(wb, { ...options, stacked: true })),
    'form-plan.xlsx': workbook((wb) => addFormPlans(wb, options)),
    'self-eval.xlsx': workbook((wb) => addSelfEvaluations(wb, options)),
    'dept-self-eval.xlsx': workbook((wb) => addDeptSelfEvaluation(wb, options)),
    // The CLI's default input: one workbook with every layout.
    'sample.xlsx': workbook((wb) => {
      addBaiyunList(wb, options);
      addGaoxinForms(wb, { ...options, stacked: false }, [2, 4]);
      addFormPlans(wb, options);
      addCodedList(wb, options);
      addSelfEvaluations(wb, options);
      addDeptSelfEvaluation(wb, options);
    }),
  };
}
