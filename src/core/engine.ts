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

/** The whole pipeline: grid → recognized model → findings. Pure; same in Node, browser and Excel. */
export function checkWorkbook(workbook: WorkbookGrid, profile: Profile = DEFAULT_PROFILE): CheckResult {
  // Our own 校验报告 sheet (left from an earlier run) is not the user's data; a user sheet of that name is.
  const model = recognizeWorkbook({
    sheets: workbook.sheets.filter((s) => !isReportHeader((s.rows[0] ?? []).map((c) => c?.value))),
  });
  const found = model.recognitionFindings.concat(validate(model, profile));
  const findings = sortFindings(
    found,
    workbook.sheets.map((s) => s.name),
  );
  return { model, findings };
}
