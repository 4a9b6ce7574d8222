import { planAnnotations, SEVERITY_FILL } from '../../../src/core/annotate/plan';
import type { Finding } from '../../../src/core/findings/finding';

const f = (code: string, severity: Finding['severity'], cell: string, sheet = '表'): Finding => ({
  code,
  severity,
  sheet,
  cell,
  message: `${code} 中文`,
  messageEn: `${code} english`,
});

describe('planAnnotations', () => {
  const findings = [
    f('VAGUE_TARGET', 'warning', 'E9'),
    f('MISSING_TARGET', 'error', 'E9'),
    f('MISSING_LEVEL2', 'info', 'A3'),
    f('TOTAL_MISMATCH', 'error', 'B2', "O'Neil 表"),
  ];

  it('gives each cell one comment listing its findings and the fill of its worst severity', () => {
    const plan = planAnnotations(findings);
    const e9 = plan.cells.find((c) => c.cell === 'E9')!;
    expect(e9.severity).toBe('error');
    expect(e9.fill).toBe(SEVERITY_FILL.error);
    expect(e9.comment.split('\n')).toEqual([
      '[MISSING_TARGET] MISSING_TARGET 中文',
      '[VAGUE_TARGET] VAGUE_TARGET 中文',
    ]);
    expect(plan.cells).toHaveLength(3);
  });

  it('writes the report sheet in report order (sheets as the findings list them: the workbook order) with quoted hyperlinks, in the chosen language', () => {
    const plan = planAnnotations(findings, 'en');
    const col = (c: string) => plan.reportSheet.cells.filter((x) => x.cell.startsWith(c) && x.cell !== `${c}1`);
    expect(col('C').map((c) => c.value)).toEqual([
      'MISSING_LEVEL2',
      'MISSING_TARGET',
      'VAGUE_TARGET',
      'TOTAL_MISMATCH',
    ]);
    expect(col('E')[3].link).toBe("'O''Neil 表'!B2");
    expect(col('H')[3].value).toBe('TOTAL_MISMATCH english');
    expect(plan.reportSheet.frozenRows).toBe(1);
  });
});
