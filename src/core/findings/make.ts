import { CATALOGUE, formatMessage, type FindingCode, type MessageParams } from './catalogue';
import type { Finding, Severity } from './finding';

export interface FindingSite {
  sheet: string;
  cell: string;
  project?: { id: string; name: string };
  /** Indicator path parts 一级/二级/三级 (blank parts allowed). */
  indicator?: (string | null | undefined)[];
}

export interface FindingDetail {
  params?: MessageParams;
  expected?: string;
  actual?: string;
  /** Override the catalogue severity (e.g. a profile makes a warning an error). */
  severity?: Severity;
}

/**
 * A message parameter: from `params`, else `expected`/`actual`. Looked up rather than merged into
 * one object per finding: a district list makes tens of thousands of findings.
 */
function paramOf(detail: FindingDetail, name: string): MessageParams[string] {
  return detail.params?.[name] ?? (name === 'expected' ? detail.expected : name === 'actual' ? detail.actual : undefined);
}

/** Build a finding from the catalogue: the one way rules create findings. */
export function makeFinding(code: FindingCode, site: FindingSite, detail: FindingDetail = {}): Finding {
  const entry = CATALOGUE[code];
  const f: Finding = {
    code,
    severity: detail.severity ?? entry.severity,
    sheet: site.sheet,
    cell: site.cell,
    message: formatMessage(entry.zh, detail, paramOf),
    messageEn: formatMessage(entry.en, detail, paramOf),
  };
  if (site.project) {
    f.project = site.project.name;
    f.projectId = site.project.id;
  }
  if (site.indicator) f.indicator = site.indicator.map((p) => p ?? '').join('/');
  if (detail.expected !== undefined) f.expected = detail.expected;
  if (detail.actual !== undefined) f.actual = detail.actual;
  return f;
}

