import { CATALOGUE, formatMessage, type CatalogueEntry, type FindingCode, type MessageParams } from './catalogue';
import type { Finding, Severity } from './finding';

export interface FindingSite {
  sheet: string;
  cell: string;
  project?: { id: string; name: string };
  /** Indicator path parts 一级/二级/三级 (blank parts allowed). */
  indicator?: (string | null | undefined)[];
}

/** What a finding says beyond its site. A frozen detail is a rule's constant: its messages are made once (see makeFinding). */
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
  return (
    detail.params?.[name] ?? (name === 'expected' ? detail.expected : name === 'actual' ? detail.actual : undefined)
  );
}

/**
 * Messages of frozen details by code. A rule that states the same thing of many projects (each
 * missing category) passes one frozen detail, and all its findings share one pair of strings
 * instead of each formatting and keeping its own.
 */
const sharedMessages = new WeakMap<FindingDetail, Map<FindingCode, [string, string]>>();

function messagesOf(code: FindingCode, entry: CatalogueEntry, detail: FindingDetail): [string, string] {
  if (!Object.isFrozen(detail))
    return [formatMessage(entry.zh, detail, paramOf), formatMessage(entry.en, detail, paramOf)];
  let byCode = sharedMessages.get(detail);
  if (!byCode) sharedMessages.set(detail, (byCode = new Map()));
  let messages = byCode.get(code);
  if (!messages)
    byCode.set(code, (messages = [formatMessage(entry.zh, detail, paramOf), formatMessage(entry.en, detail, paramOf)]));
  return messages;
}

/** Build a finding from the catalogue: the one way rules create findings. */
export function makeFinding(code: FindingCode, site: FindingSite, detail: FindingDetail = {}): Finding {
  const entry = CATALOGUE[code];
  const [message, messageEn] = messagesOf(code, entry, detail);
  const f: Finding = {
    code,
    severity: detail.severity ?? entry.severity,
    sheet: site.sheet,
    cell: site.cell,
    message,
    messageEn,
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
