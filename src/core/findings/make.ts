import {
  CATALOGUE,
  formatMessage,
  type CatalogueEntry,
  type FindingCode,
  type MessageParams,
  type PlaceholderOf,
} from './catalogue';
import type { Finding, Severity } from './finding';

export interface FindingSite {
  sheet: string;
  cell: string;
  project?: { id: string; name: string };
  /** Indicator path parts 一级/二级/三级 (blank parts allowed). */
  indicator?: (string | null | undefined)[];
}

/** The params a code's templates name, other than expected/actual: each required, typed from the template. */
type ParamsOf<C extends FindingCode> = Record<Exclude<PlaceholderOf<C>, 'expected' | 'actual'>, string | number>;

/** `expected` / `actual`: required when the templates show them, optional (still reported) otherwise. */
type ValueOf<C extends FindingCode, K extends 'expected' | 'actual'> =
  K extends PlaceholderOf<C> ? { [P in K]: string } : { [P in K]?: string };

/**
 * What a finding says beyond its site. The type follows the code's templates: a missing or misspelt
 * parameter does not compile. A frozen detail is a rule's constant: its messages are made once (see makeFinding).
 */
export type FindingDetail<C extends FindingCode> = (Exclude<PlaceholderOf<C>, 'expected' | 'actual'> extends never
  ? { params?: undefined }
  : { params: ParamsOf<C> }) &
  ValueOf<C, 'expected'> &
  ValueOf<C, 'actual'> & {
    /** Override the catalogue severity (e.g. a profile makes a warning an error). */
    severity?: Severity;
  };

/** The untyped view of a detail inside this module. */
interface AnyDetail {
  params?: MessageParams;
  expected?: string;
  actual?: string;
  severity?: Severity;
}

/**
 * A message parameter: from `params`, else `expected`/`actual`. Looked up rather than merged into
 * one object per finding: a district list makes tens of thousands of findings.
 */
function paramOf(detail: AnyDetail, name: string): MessageParams[string] {
  return (
    detail.params?.[name] ?? (name === 'expected' ? detail.expected : name === 'actual' ? detail.actual : undefined)
  );
}

/**
 * Messages of frozen details by code. A rule that states the same thing of many projects (each
 * missing category) passes one frozen detail, and all its findings share one pair of strings
 * instead of each formatting and keeping its own.
 */
const sharedMessages = new WeakMap<AnyDetail, Map<FindingCode, [string, string]>>();

function messagesOf(code: FindingCode, entry: CatalogueEntry, detail: AnyDetail): [string, string] {
  if (!Object.isFrozen(detail))
    return [formatMessage(entry.zh, detail, paramOf), formatMessage(entry.en, detail, paramOf)];
  let byCode = sharedMessages.get(detail);
  if (!byCode) sharedMessages.set(detail, (byCode = new Map()));
  let messages = byCode.get(code);
  if (!messages)
    byCode.set(code, (messages = [formatMessage(entry.zh, detail, paramOf), formatMessage(entry.en, detail, paramOf)]));
  return messages;
}

/**
 * Build a finding from the catalogue: the one way rules create findings. Every finding has the same
 * properties in the same order (absent ones undefined, which JSON leaves out): one object shape for
 * tens of thousands of findings is cheaper to build, keep and serialize than one per combination.
 */
export function makeFinding<C extends FindingCode>(code: C, site: FindingSite, detail: FindingDetail<C>): Finding {
  const entry: CatalogueEntry = CATALOGUE[code];
  const d = detail as AnyDetail;
  const [message, messageEn] = messagesOf(code, entry, d);
  return {
    code,
    severity: d.severity ?? entry.severity,
    sheet: site.sheet,
    cell: site.cell,
    project: site.project?.name,
    projectId: site.project?.id,
    indicator: site.indicator?.map((p) => p ?? '').join('/'),
    message,
    messageEn,
    expected: d.expected,
    actual: d.actual,
  };
}
