import { COMMENT_MARKER, type AnnotationPlan } from '../core/annotate/types';
import { SheetNames } from '../core/sheetNames';
import type { HostWarning } from '../host/host';
import type { Capabilities } from './capabilities';
import { renderSheet } from './renderSheet';
import { sheetAddress, type ExcelRun } from './run';
import { decodeState, encodeState, STATE_SHEET, type SavedFill } from './state';

/** Excel reports "no fill" as white on the oldest API sets; restore that as no fill. */
const NO_FILL = '#FFFFFF';
/** Rows of column A the state may use (32,000 characters each). */
const STATE_ROWS = 'A1:A500';

/**
 * Remove every fill, comment and sheet the add-in added and restore original
 * fills, in three syncs (sheet list, saved state, writes) that work on API 1.1.
 * User values and formulas are never touched. `removed`: whether there was anything of ours.
 */
export async function clearAnnotations(
  run: ExcelRun,
  caps: Capabilities,
): Promise<{ removed: boolean; warnings: HostWarning[] }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const comments = caps.comments ? context.workbook.comments : undefined;
    comments?.load('items/content');
    await context.sync();
    const stateSheet = sheets.items.find((s) => s.name === STATE_SHEET);
    const stateRange = stateSheet?.getRange(STATE_ROWS);
    stateRange?.load('values');
    await context.sync();
    const state = decodeState(stateRange?.values);
    const present = new Set(sheets.items.map((s) => s.name));
    for (const f of state.fills) if (present.has(f.sheet)) restoreFill(sheets, f);
    const ours = (comments?.items ?? []).filter((c) => c.content.startsWith(COMMENT_MARKER));
    for (const c of ours) c.delete();
    const report = state.reportSheet !== undefined && present.has(state.reportSheet);
    if (report) sheets.getItem(state.reportSheet!).delete();
    stateSheet?.delete();
    await context.sync();
    return { removed: stateSheet !== undefined || ours.length > 0 || report, warnings: [] };
  });
}

function restoreFill(sheets: Excel.WorksheetCollection, f: SavedFill): void {
  const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
  if (f.color === null || f.color.toUpperCase() === NO_FILL) fill.clear();
  else fill.color = f.color;
}

/**
 * Write a plan onto a workbook without earlier annotations: snapshot original
 * fills (one sync), then fills, comments (threaded comments where API 1.10
 * exists), the report sheet and the snapshot (one sync). Protected sheets get
 * nothing and a warning.
 */
export async function writeAnnotations(
  run: ExcelRun,
  caps: Capabilities,
  plan: AnnotationPlan,
): Promise<HostWarning[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const names = [...new Set(plan.cells.map((c) => c.sheet))];
    const protections = new Map<string, Excel.WorksheetProtection>();
    if (caps.protection) {
      for (const n of names) {
        const p = sheets.getItem(n).protection;
        p.load('protected');
        protections.set(n, p);
      }
    }
    const fills = plan.cells.map((c) => {
      const f = sheets.getItem(c.sheet).getRange(c.cell).format.fill;
      f.load('color');
      return f;
    });
    await context.sync();
    const warnings: HostWarning[] = [];
    const locked = new Set(names.filter((n) => protections.get(n)?.protected));
    for (const n of locked) {
      warnings.push({
        message: `工作表“${n}”受保护，未写入批注和填充色`,
        messageEn: `Sheet "${n}" is protected: no comments or fills were written there`,
      });
    }
    if (!caps.comments && plan.cells.length > 0) {
      warnings.push({
        message: '此版本 Excel 不支持批注接口（需 ExcelApi 1.10），仅写入填充色和校验报告',
        messageEn: 'This Excel has no comments API (ExcelApi 1.10): only fills and the report sheet were written',
      });
    }
    const saved: SavedFill[] = [];
    plan.cells.forEach((c, i) => {
      if (locked.has(c.sheet)) return;
      saved.push({ sheet: c.sheet, cell: c.cell, color: fills[i].color ?? null });
      fills[i].color = c.fill;
      if (caps.comments)
        context.workbook.comments.add(sheetAddress(c.sheet, c.cell), `${COMMENT_MARKER}\n${c.comment}`);
    });
    const reportSheet = new SheetNames(sheets.items.map((s) => s.name)).claim(plan.reportSheet.name);
    renderSheet(sheets.add(reportSheet), plan.reportSheet, caps);
    const state = sheets.add(STATE_SHEET);
    const encoded = encodeState({ fills: saved, reportSheet });
    state.getRange(`A1:A${encoded.length}`).values = encoded;
    state.visibility = Excel.SheetVisibility.veryHidden;
    await context.sync();
    return warnings;
  });
}
