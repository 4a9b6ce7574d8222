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
 * Findings in stable report order: sheet, then row, then column, then severity, then code.
 * Each finding's cell is read once, not per comparison: a district list has tens of thousands.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding) => ({ finding, cell: a1Position(finding.cell, true) }));
  keyed.sort((a, b) => {
    const fa = a.finding;
    const fb = b.finding;
    if (fa.sheet !== fb.sheet) return fa.sheet < fb.sheet ? -1 : 1;
    if (a.cell !== b.cell) return a.cell - b.cell;
    const s = SEVERITY_RANK[fa.severity] - SEVERITY_RANK[fb.severity];
    if (s !== 0) return s;
    return fa.code < fb.code ? -1 : fa.code > fb.code ? 1 : 0;
  });
  return keyed.map((k) => k.finding);
}
