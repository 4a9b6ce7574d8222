import { readFileSync } from 'fs';
import { join } from 'path';
import semver from 'semver';
import { ADVISORIES } from '../../scripts/audit/advisories';
import { auditLockfile, severeHits, type Lockfile } from '../../scripts/audit/lockAudit';

const ROOT = join(__dirname, '..', '..');

describe('offline dependency audit (npm audit cannot reach its endpoint from here)', () => {
  it('every recorded advisory has a valid semver range, so none silently matches nothing', () => {
    expect(ADVISORIES.filter((a) => semver.validRange(a.vulnerable) === null)).toEqual([]);
  });

  it('finds a vulnerable version wherever it is nested, marks dev-only installs, skips links and the root', () => {
    const lock: Lockfile = {
      packages: {
        '': { version: '1.0.0' },
        'node_modules/braces': { version: '3.0.3', dev: true },
        'node_modules/micromatch/node_modules/braces': { version: '3.0.2', dev: true },
        'node_modules/exceljs/node_modules/fstream': { version: '1.0.11' },
        'node_modules/local-tool': { link: true },
      },
    };
    const hits = auditLockfile(lock, ADVISORIES);
    expect(hits.map((h) => [h.path, h.advisory.id, h.dev])).toEqual([
      ['node_modules/micromatch/node_modules/braces', 'CVE-2024-4068', true],
      ['node_modules/exceljs/node_modules/fstream', 'CVE-2019-13173', false],
    ]);
    expect(severeHits(hits)).toHaveLength(2);
  });

  it('package-lock.json has no locked version with a recorded high or critical advisory', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
    expect(severeHits(auditLockfile(lock, ADVISORIES)).map((h) => `${h.path}@${h.version} ${h.advisory.id}`)).toEqual(
      [],
    );
  });
});
