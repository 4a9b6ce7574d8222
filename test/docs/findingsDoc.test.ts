import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOGUE } from '../../src/core/findings/catalogue';
import { renderFindingsDoc } from '../../scripts/findingsDoc';

describe('docs/FINDINGS.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'FINDINGS.md'), 'utf8');

  it('is the catalogue as rendered now (run `npx tsx scripts/gen-findings-doc.ts` after changing codes)', () => {
    expect(doc).toBe(renderFindingsDoc());
  });

  it('lists every code the issue names', () => {
    for (const code of [
      'TOTAL_MISMATCH',
      'MISSING_LEVEL1',
      'MISSING_LEVEL2',
      'MISCLASSIFIED_INDICATOR',
      'VAGUE_TARGET',
      'MISSING_TARGET',
      'COST_EXCEEDS_BUDGET',
      'SPENDING_PLAN_INVALID',
      'IMPLEMENTATION_LESS_THAN_ANNUAL',
      'UNRECOGNIZED_CONTENT',
      'SCORE_EXCEEDS_WEIGHT',
      'SCORE_SUM_MISMATCH',
      'GRADE_MISMATCH',
      'EXECUTION_RATE_MISMATCH',
      'SCORE_RULE_MISMATCH',
      'UNIT_MISMATCH',
    ]) {
      expect(Object.keys(CATALOGUE)).toContain(code);
      expect(doc).toContain(`\`${code}\``);
    }
  });
});
