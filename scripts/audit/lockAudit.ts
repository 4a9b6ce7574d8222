import semver from 'semver';
import type { Advisory } from './advisories';

/** The part of package-lock.json (lockfileVersion 2/3) the audit reads. */
export interface Lockfile {
  packages: Record<string, { version?: string; dev?: boolean; link?: boolean }>;
}

export interface AuditHit {
  advisory: Advisory;
  /** Install path in the lockfile, e.g. node_modules/exceljs/node_modules/uuid. */
  path: string;
  version: string;
  /** Only installed for development (not shipped in the pane or needed by the CLI). */
  dev: boolean;
}

const SEVERE = new Set<Advisory['severity']>(['high', 'critical']);

/** Every locked package version that falls inside an advisory's vulnerable range. */
export function auditLockfile(lock: Lockfile, advisories: Advisory[]): AuditHit[] {
  const byName = new Map<string, Advisory[]>();
  for (const a of advisories) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
  const hits: AuditHit[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const version = entry.version;
    if (!path || entry.link || !version) continue;
    for (const advisory of byName.get(name) ?? []) {
      if (semver.satisfies(version, advisory.vulnerable))
        hits.push({ advisory, path, version, dev: entry.dev === true });
    }
  }
  return hits;
}

/** Hits that must be fixed before release: high or critical severity. */
export function severeHits(hits: AuditHit[]): AuditHit[] {
  return hits.filter((h) => SEVERE.has(h.advisory.severity));
}
