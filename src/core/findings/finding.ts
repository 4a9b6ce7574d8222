import { z } from 'zod';

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

/** Stable order for reports: sheet, then row, then column, then severity, then code. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const pa = cellOrder(a.cell);
  const pb = cellOrder(b.cell);
  if (pa !== pb) return pa - pb;
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s !== 0) return s;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return 0;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + col;
}
