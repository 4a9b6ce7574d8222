import { isReportHeader } from './annotate/plan';
import type { WorkbookGrid } from './grid/grid';
import { sortFindings, type Finding } from './findings/finding';
import type { RecognizedWorkbook } from './model/workbook';
import { DEFAULT_PROFILE, type Profile } from './profile';
import { recognizeWorkbook } from './recognize';
import { validate } from './validate';

export interface CheckResult {
  model: RecognizedWorkbook;
  /** Recognition and validation findings, in stable report order (sheets in the workbook's order). */
  findings: Finding[];
}

/** A workbook recognized, with what checking it further needs of the grid: the sheets' order. */
export interface Recognized {
  model: RecognizedWorkbook;
  sheetOrder: string[];
}

/**
 * Recognize a workbook for checking. Nothing returned refers to the grid: a caller that lets go
 * of the grid after this frees it before validation (a province's list is hundreds of MB of cells).
 */
export function recognizeForCheck(workbook: WorkbookGrid): Recognized {
  // Our own 校验报告 sheet (left from an earlier run) is not the user's data; a user sheet of that name is.
  const model = recognizeWorkbook({
    sheets: workbook.sheets.filter((s) => !isReportHeader((s.rows[0] ?? []).map((c) => c?.value))),
  });
  return { model, sheetOrder: workbook.sheets.map((s) => s.name) };
}

/** Validate a recognized workbook: its findings in stable report order (sheets in the workbook's order). */
export function checkRecognized({ model, sheetOrder }: Recognized, profile: Profile = DEFAULT_PROFILE): CheckResult {
  const found = model.recognitionFindings.concat(validate(model, profile));
  return { model, findings: sortFindings(found, sheetOrder) };
}

/** The whole pipeline: grid → recognized model → findings. Pure; same in Node, browser and Excel. */
export function checkWorkbook(workbook: WorkbookGrid, profile: Profile = DEFAULT_PROFILE): CheckResult {
  return checkRecognized(recognizeForCheck(workbook), profile);
}
