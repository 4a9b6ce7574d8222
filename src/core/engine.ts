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
  const model = recognizeWorkbook(workbook);
  const findings = [...model.recognitionFindings, ...validate(model, profile)].sort(compareFindings);
  return { model, findings };
}
