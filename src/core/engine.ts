import { REPORT_SHEET_NAME } from './annotate/types';
import type { WorkbookGrid } from './grid/grid';
import { compareFindings, type Finding } from './findings/finding';
import type { RecognizedWorkbook } from './model/workbook';
import { DEFAULT_PROFILE, type Profile } from './profile';
import { recognizeWorkbook } from './recognize';
import { validate } from './validate';

export interface CheckResult {
  model: RecognizedWorkbook;
  /** Recognition and validation findings, in stable report order. */
  findings: Finding[];
}

/** The whole pipeline: grid → recognized model → findings. Pure; same in Node, browser and Excel. */
export function checkWorkbook(workbook: WorkbookGrid, profile: Profile = DEFAULT_PROFILE): CheckResult {
  // Our own 校验报告 sheet (left from an earlier run) is not the user's data.
  const model = recognizeWorkbook({ sheets: workbook.sheets.filter((s) => s.name !== REPORT_SHEET_NAME) });
  const findings = [...model.recognitionFindings, ...validate(model, profile)].sort(compareFindings);
  return { model, findings };
}
