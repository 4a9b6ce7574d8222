import type { Finding } from '../findings/finding';
import type { ListTable, Project } from '../model/project';
import type { SelfEvaluation } from '../model/selfEval';
import type { SheetSummary } from '../model/workbook';
import type { ListHeader } from './listHeader';
import type { Preamble } from './preamble';

/** What starts a region: a list table's header, or a form (its name field, or its first indicator table). */
export type RegionStart = { anchorRow: number } & (
  | { kind: 'list'; header: ListHeader }
  /** `headed`: the form starts at an indicator table (no name field above it): its whole block above belongs to it. */
  | { kind: 'form'; headed?: boolean }
);

/** Rows of a sheet that hold one table or form. */
export type Region = RegionStart & {
  /** Last row before the next region's title block. */
  lastRow: number;
  preamble: Preamble;
};

/** What a recognizer made of one region. */
export interface RegionResult {
  layout: SheetSummary['layouts'][number];
  projects: Project[];
  listTables: ListTable[];
  selfEvaluations: SelfEvaluation[];
  findings: Finding[];
}

export function regionResult(
  layout: RegionResult['layout'],
  parts: Partial<Omit<RegionResult, 'layout'>>,
): RegionResult {
  return { layout, projects: [], listTables: [], selfEvaluations: [], findings: [], ...parts };
}
