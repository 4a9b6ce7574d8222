/** npm run audit:offline — the lockfile against the recorded advisories; exit 1 on a high or critical hit. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ADVISORIES } from './advisories';
import { auditLockfile, severeHits, type Lockfile } from './lockAudit';

const lock = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package-lock.json'), 'utf8')) as Lockfile;
const hits = auditLockfile(lock, ADVISORIES);
for (const h of hits) {
  console.log(
    `${h.advisory.severity.padEnd(8)} ${h.path}@${h.version}${h.dev ? ' (dev)' : ''}: ${h.advisory.id} ${h.advisory.title}`,
  );
}
const severe = severeHits(hits);
console.log(
  `${ADVISORIES.length} advisories checked against ${Object.keys(lock.packages).length - 1} locked packages: ${hits.length} hit(s), ${severe.length} high/critical.`,
);
process.exitCode = severe.length > 0 ? 1 : 0;
