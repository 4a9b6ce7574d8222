import fc from 'fast-check';
import { sortFindings, type Finding } from '../../../src/core/findings/finding';

/** The report order by definition: sheet (in the given order, then by first appearance), row, column, severity, code; ties keep their order. */
function byDefinition(findings: Finding[], sheetOrder: string[] = []): Finding[] {
  const sheets = [...new Set([...sheetOrder, ...findings.map((f) => f.sheet)])];
  const rank = { error: 0, warning: 1, info: 2 };
  // A cell's place, row-major; none (first) unless it starts with an address inside Excel's sheet.
  const pos = (cell: string) => {
    const m = /^([A-Z]{1,3})(\d{1,7})/.exec(cell);
    if (!m) return -1;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(m[2]);
    return row >= 1 && row <= 1048576 && col <= 16384 ? row * 20000 + col : -1;
  };
  return [...findings].sort((a, b) => {
    if (a.sheet !== b.sheet) return sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet);
    if (pos(a.cell) !== pos(b.cell)) return pos(a.cell) - pos(b.cell);
    if (a.severity !== b.severity) return rank[a.severity] - rank[b.severity];
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

const finding = fc.record({
  code: fc.constantFrom('MISSING_LEVEL1', 'VAGUE_TARGET', 'TOTAL_MISMATCH'),
  severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
  sheet: fc.constantFrom('表1', '表2', 'Sheet'),
  cell: fc.oneof(
    fc.constantFrom('A1', 'B2', 'AA10', 'Z9', 'A10', 'B1:C3', '', 'x'),
    fc.tuple(fc.constantFrom('A', 'G', 'AB', 'XFD'), fc.nat(1048576)).map(([c, r]) => `${c}${r}`),
  ),
  message: fc.string(),
  messageEn: fc.string(),
});

describe('sortFindings', () => {
  it('orders as the definition does, stable on ties, without changing its input', () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 40 }),
        fc.subarray(['Sheet', '表2', '表1', '表3']),
        (findings, order) => {
          const before = [...findings];
          expect(sortFindings(findings, order)).toEqual(byDefinition(findings, order));
          expect(sortFindings(findings)).toEqual(byDefinition(findings));
          expect(findings).toEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('puts row 2 before row 10 and column B before AA', () => {
    const f = (cell: string): Finding => ({
      code: 'X',
      severity: 'info',
      sheet: 's',
      cell,
      message: '',
      messageEn: '',
    });
    expect(sortFindings([f('A10'), f('AA2'), f('B2'), f('A2')]).map((x) => x.cell)).toEqual(['A2', 'B2', 'AA2', 'A10']);
  });
});
