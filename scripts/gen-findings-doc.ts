/** Writes docs/FINDINGS.md from the findings catalogue. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { renderFindingsDoc } from './findingsDoc';

writeFileSync(join(__dirname, '..', 'docs', 'FINDINGS.md'), renderFindingsDoc());
