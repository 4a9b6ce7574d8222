import fc from 'fast-check';
import { parseAddress, type CellRange } from '../../src/core/grid/address';
import { gridFromValues, type CellScalar } from '../../src/core/grid/grid';
import { checkWorkbook } from '../../src/core/engine';
import { FindingSchema } from '../../src/core/findings/finding';
import { GAOXIN_FORMS } from '../../scripts/samples/data/gaoxinForms';
import { BAIYUN_LIST_ROWS } from '../../scripts/samples/data/baiyunList';

/** Cell contents a target sheet is made of, plus noise. */
const domainText = fc.constantFrom(
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '时效指标',
  '可持续影响指标',
  '项目名称',
  '合计',
  '总计',
  '财政拨款',
  '其他资金',
  '绩效指标',
  '资金支出计划（%）',
  '12月底',
  '分值',
  '得分',
  '总分',
  '自评等级',
  '≥95%',
  '$\\geq 98\\%$',
  '１２台',
  '提升',
  '#REF!',
  '#DIV/0!',
  '2023-12-31',
  '1、产出指标：数量，年度指标值：12台。',
  '',
);
const cellValue: fc.Arbitrary<CellScalar> = fc.oneof(
  domainText,
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const grid = fc
  .record({ rows: fc.integer({ min: 0, max: 25 }), cols: fc.integer({ min: 1, max: 9 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      values: fc.array(fc.array(cellValue, { minLength: 0, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(
        fc
          .record({ top: fc.nat(rows + 2), left: fc.nat(cols + 2), h: fc.nat(3), w: fc.nat(3) })
          .map(({ top, left, h, w }): CellRange => ({ top, left, bottom: top + h, right: left + w })),
        { maxLength: 6 },
      ),
    }),
  );

/** A real form or list with some cells replaced by noise (shifted labels, text in number cells, …). */
const damaged = fc
  .record({
    source: fc.constantFrom(...GAOXIN_FORMS, BAIYUN_LIST_ROWS),
    edits: fc.array(fc.record({ r: fc.nat(30), c: fc.nat(8), v: cellValue }), { maxLength: 12 }),
  })
  .map(({ source, edits }) => {
    const rows: CellScalar[][] = source.map((r) => [...r]);
    for (const { r, c, v } of edits) if (rows[r]) rows[r][c] = v;
    return { values: rows, merges: [] as CellRange[] };
  });

function assertSound(values: CellScalar[][], merges: CellRange[]): void {
  const workbook = { sheets: [gridFromValues('表', values, merges), gridFromValues('空', [])] };
  const first = checkWorkbook(workbook);
  // The per-sheet safety net must not be what kept it alive.
  expect(first.findings.filter((f) => f.code === 'RECOGNITION_FAILED')).toEqual([]);
  for (const f of first.findings) {
    FindingSchema.parse(f);
    expect(['表', '空']).toContain(f.sheet);
    expect(() => parseAddress(f.cell)).not.toThrow();
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.messageEn.length).toBeGreaterThan(0);
  }
  expect(checkWorkbook(workbook)).toEqual(first);
}

describe('robustness: recognition and validation never throw on any grid', () => {
  it('random grids with random merges: findings are well-formed, point at real addresses, and are deterministic', () => {
    fc.assert(
      fc.property(grid, ({ values, merges }) => assertSound(values, merges)),
      { numRuns: 300 },
    );
  });

  it('real sample sheets with random damage', () => {
    fc.assert(
      fc.property(damaged, ({ values, merges }) => assertSound(values, merges)),
      { numRuns: 200 },
    );
  });
});

describe('robustness: merges far larger than the sheet', () => {
  it('a merge over whole columns or the whole sheet neither stalls nor stops the check', () => {
    const form = GAOXIN_FORMS[0].map((r) => [...r]);
    const below = form.length;
    const wholeSheet: CellRange = { top: below, left: 0, bottom: 1048575, right: 16383 };
    const wholeColumn: CellRange = { top: 0, left: 20, bottom: 1048575, right: 20 };
    assertSound(form, [wholeSheet, wholeColumn]);
    const { model } = checkWorkbook({ sheets: [gridFromValues('表', form, [wholeSheet, wholeColumn])] });
    expect(model.projects).toHaveLength(1);
    expect(model.projects[0].indicators.length).toBeGreaterThan(5);
  });
});
