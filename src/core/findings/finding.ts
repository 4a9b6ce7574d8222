import { z } from 'zod';
import { a1Position } from '../grid/address';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * One finding of a check. `cell` is an A1 address on `sheet`; `indicator` is
 * the path `一级/二级/三级` (parts may be blank); `expected`/`actual` are short
 * human-readable values (canonical names, numbers with units).
 */
export const FindingSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  project: z.string().optional(),
  projectId: z.string().optional(),
  indicator: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
  expected: z.string().optional(),
  actual: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The more serious of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/**
 * Findings in stable report order: sheet in the workbook's order (`sheetOrder`, names as the
 * workbook lists them; a sheet not listed, or every sheet when no order is given, ranks by where
 * its first finding stands in the input, so already ordered findings keep their sheet order), then
 * row, then column, then severity, then code. Each finding's cell and sheet are read once, not per
 * comparison: a district list has tens of thousands.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const sheetRank = new Map<string, number>();
  for (const name of sheetOrder) if (!sheetRank.has(name)) sheetRank.set(name, sheetRank.size);
  // Keys in typed arrays, not an object per finding: this runs at the peak of a check's memory.
  const n = findings.length;
  const sheets = new Uint32Array(n);
  const cells = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const finding = findings[i];
    let sheet = sheetRank.get(finding.sheet);
    if (sheet === undefined) sheetRank.set(finding.sheet, (sheet = sheetRank.size));
    sheets[i] = sheet;
    cells[i] = a1Position(finding.cell, true);
    order[i] = i;
  }
  order.sort((i, j) => {
    if (sheets[i] !== sheets[j]) return sheets[i] - sheets[j];
    if (cells[i] !== cells[j]) return cells[i] - cells[j];
    const fa = findings[i];
    const fb = findings[j];
    const s = SEVERITY_RANK[fa.severity] - SEVERITY_RANK[fb.severity];
    if (s !== 0) return s;
    // Input order last: the same order on every engine, whatever its sort's stability.
    return fa.code < fb.code ? -1 : fa.code > fb.code ? 1 : i - j;
  });
  return Array.from(order, (i) => findings[i]);
}
