import { makeFinding } from '../findings/make';
import type { SheetGrid, WorkbookGrid } from '../grid/grid';
import { SheetView } from '../grid/sheetView';
import type { RecognizedWorkbook, SheetSummary } from '../model/workbook';
import type { RegionResult } from './region';
import { recognizeSheet } from './sheet';

/**
 * Recognize every sheet of a workbook (layouts A–E, any number per sheet). A sheet with nothing
 * recognizable yields NO_TARGET_SHEET; a sheet that breaks a recognizer yields RECOGNITION_FAILED
 * and the other sheets are still read.
 */
export function recognizeWorkbook(workbook: WorkbookGrid): RecognizedWorkbook {
  const out: RecognizedWorkbook = {
    sheets: [],
    projects: [],
    listTables: [],
    selfEvaluations: [],
    recognitionFindings: [],
  };
  for (const sheet of workbook.sheets) {
    const results = safeRecognize(sheet, out);
    for (const r of results) {
      // Item by item, not push(...list): a district list's sheet has more projects than a call may take arguments.
      for (const p of r.projects) out.projects.push(p);
      for (const t of r.listTables) out.listTables.push(t);
      for (const e of r.selfEvaluations) out.selfEvaluations.push(e);
      for (const f of r.findings) out.recognitionFindings.push(f);
    }
    out.sheets.push(summarize(sheet, results));
    if (sheet.truncated) {
      const { used, read } = sheet.truncated;
      out.recognitionFindings.push(
        makeFinding(
          'SHEET_TRUNCATED',
          { sheet: sheet.name, cell: 'A1' },
          { params: { sheet: sheet.name, used, read } },
        ),
      );
    }
    if (results.length === 0) {
      out.recognitionFindings.push(
        makeFinding('NO_TARGET_SHEET', { sheet: sheet.name, cell: 'A1' }, { params: { sheet: sheet.name } }),
      );
    }
  }
  return out;
}

function safeRecognize(sheet: SheetGrid, out: RecognizedWorkbook): RegionResult[] {
  try {
    return recognizeSheet(new SheetView(sheet));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    out.recognitionFindings.push(
      makeFinding('RECOGNITION_FAILED', { sheet: sheet.name, cell: 'A1' }, { params: { sheet: sheet.name, reason } }),
    );
    return [];
  }
}

function summarize(sheet: SheetGrid, results: RegionResult[]): SheetSummary {
  const summary: SheetSummary = {
    name: sheet.name,
    layouts: [...new Set(results.map((r) => r.layout))],
    projectCount: results.reduce((n, r) => n + r.projects.length, 0),
    selfEvaluationCount: results.reduce((n, r) => n + r.selfEvaluations.length, 0),
  };
  if (sheet.hidden) summary.hidden = true;
  if (sheet.protected) summary.protected = true;
  return summary;
}
