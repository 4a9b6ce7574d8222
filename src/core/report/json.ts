import { z } from 'zod';
import type { CheckResult } from '../engine';
import { FindingSchema } from '../findings/finding';
import type { Amount, Project } from '../model/project';
import { InferenceSchema, LayoutSchema, SpendingPlanPointSchema } from '../model/project';
import { SelfEvaluationSchema } from '../model/selfEval';
import { TargetValueSchema } from '../model/target';
import { Level1Schema, Level2Schema } from '../taxonomy/categories';
import { countBySeverity } from './summary';

/** The CLI's JSON contract (issue 3): one document, amounts in 万元 as numbers. */
const AmountValue = z.number().nullable();

export const JsonIndicatorSchema = z.object({
  level1: Level1Schema.nullable(),
  level2: Level2Schema.nullable(),
  level2Inferred: z.boolean(),
  level3: z.string(),
  target: TargetValueSchema,
  periodTarget: TargetValueSchema.optional(),
  cell: z.string(),
  targetCell: z.string(),
  inference: InferenceSchema.optional(),
});

export const JsonProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  sheet: z.string(),
  cell: z.string(),
  layout: LayoutSchema,
  budget: z.object({ total: AmountValue, annual: AmountValue, fiscal: AmountValue, other: AmountValue }),
  spendingPlan: z.array(SpendingPlanPointSchema),
  indicators: z.array(JsonIndicatorSchema),
});

export const JsonFileSchema = z.object({
  file: z.string(),
  /** Set when the file could not be read; then projects and findings are empty. */
  error: z.object({ message: z.string(), messageEn: z.string() }).optional(),
  summary: z.object({
    projects: z.number(),
    indicators: z.number(),
    error: z.number(),
    warning: z.number(),
    info: z.number(),
  }),
  projects: z.array(JsonProjectSchema),
  selfEvaluations: z.array(SelfEvaluationSchema),
  findings: z.array(FindingSchema),
  /** With --out: where the annotated copy was written, or why none was (the findings above stand either way). */
  copy: z
    .object({
      path: z.string().optional(),
      refused: z.object({ message: z.string(), messageEn: z.string() }).optional(),
    })
    .optional(),
});

/** A path given or found that was not checked, and why (CLI: folder contents, empty folders). */
export const JsonSkippedSchema = z.object({
  path: z.string(),
  reason: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

/** What a run adds up to (see ReportTotals). */
export const JsonTotalsSchema = z.object({
  checked: z.number(),
  unreadable: z.number(),
  skipped: z.number(),
  error: z.number(),
  warning: z.number(),
  info: z.number(),
});

/** The CLI's whole JSON report; `skipped` and `totals` came after `files` (older readers ignore them). */
export const JsonReportSchema = z.object({
  files: z.array(JsonFileSchema),
  skipped: z.array(JsonSkippedSchema).optional(),
  totals: JsonTotalsSchema.optional(),
});
export type JsonFile = z.infer<typeof JsonFileSchema>;
export type JsonReport = z.infer<typeof JsonReportSchema>;

const value = (a: Amount | undefined): number | null => a?.value ?? null;

/** What a file's JSON includes beyond the contract's core. */
export interface JsonReportOptions {
  /** Each indicator's classification evidence (`inference`): what the classifier matched, how sure it is. */
  explain?: boolean;
}

function projectJson(p: Project, explain: boolean): z.infer<typeof JsonProjectSchema> {
  return {
    id: p.id,
    name: p.name,
    sheet: p.sheet,
    cell: p.cell,
    layout: p.layout,
    budget: {
      total: value(p.budget.total),
      annual: value(p.budget.annual),
      fiscal: value(p.budget.fiscal),
      other: value(p.budget.other),
    },
    spendingPlan: p.spendingPlan,
    indicators: p.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level2Inferred: i.level2Inferred,
      level3: i.level3,
      target: i.target,
      ...(i.periodTarget ? { periodTarget: i.periodTarget } : {}),
      cell: i.cell,
      targetCell: i.targetCell,
      ...(explain && i.inference ? { inference: i.inference } : {}),
    })),
  };
}

/** A file entry without its lists: what precedes them in the JSON contract. */
export type JsonFileHead = Omit<JsonFile, 'projects' | 'selfEvaluations' | 'findings'>;
export type JsonProject = z.infer<typeof JsonProjectSchema>;

/**
 * One file's report as it is written: its head, and its lists, the projects turned into the JSON
 * contract one at a time as they are read (a district list's JSON projects, all at once, would be
 * a second copy of its model).
 */
export interface FileReport {
  head: JsonFileHead;
  projects: () => Iterable<JsonProject>;
  selfEvaluations: readonly z.infer<typeof SelfEvaluationSchema>[];
  findings: readonly z.infer<typeof FindingSchema>[];
}

/** One checked file's report. */
export function fileReport(file: string, result: CheckResult, options: JsonReportOptions = {}): FileReport {
  const explain = options.explain ?? false;
  const counts = countBySeverity(result.findings);
  const { projects } = result.model;
  let indicators = 0;
  for (const p of projects) indicators += p.indicators.length;
  return {
    head: { file, summary: { projects: projects.length, indicators, ...counts } },
    projects: function* () {
      for (const p of projects) yield projectJson(p, explain);
    },
    selfEvaluations: result.model.selfEvaluations,
    findings: result.findings,
  };
}

/** One checked file in the JSON contract, whole (tests and tools that want the object, not a stream). */
export function fileJson(file: string, result: CheckResult, options: JsonReportOptions = {}): JsonFile {
  const report = fileReport(file, result, options);
  return {
    ...report.head,
    projects: [...report.projects()],
    selfEvaluations: [...report.selfEvaluations],
    findings: [...report.findings],
  };
}

/** A file that could not be read: the message in both languages, empty lists. */
export function unreadableFileReport(file: string, message: string, messageEn: string): FileReport {
  return {
    head: {
      file,
      error: { message, messageEn },
      summary: { projects: 0, indicators: 0, error: 0, warning: 0, info: 0 },
    },
    projects: () => [],
    selfEvaluations: [],
    findings: [],
  };
}
