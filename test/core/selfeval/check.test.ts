import { checkWorkbook } from '../../../src/core/engine';
import { gridFromValues, type CellScalar } from '../../../src/core/grid/grid';
import { DEPT_SELF_EVAL, SELF_EVAL_BROKEN, SELF_EVAL_OK } from '../../../scripts/samples/data/madeUp';

const check = (rows: CellScalar[][]) => checkWorkbook({ sheets: [gridFromValues('自评', rows)] }).findings;
const codes = (rows: CellScalar[][]) => check(rows).map((f) => `${f.code}@${f.cell}`);

/** Replace one cell of a sample (row, col 0-based) to make a single defect. */
function withCell(rows: CellScalar[][], r: number, c: number, v: CellScalar): CellScalar[][] {
  return rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
}

describe('checks of a filed project self-evaluation (layout D)', () => {
  it('a self-evaluation with its arithmetic right has no arithmetic findings; its one content finding is the missing 成本指标', () => {
    expect(codes(SELF_EVAL_OK)).toEqual(['MISSING_LEVEL2@B3']);
  });

  it('reports every arithmetic defect of the broken sample, at its cell', () => {
    expect(codes(SELF_EVAL_BROKEN).sort()).toEqual(
      [
        'EXECUTION_RATE_MISMATCH@G6', // 18/20 = 90%, filed 95%
        'WEIGHT_SUM_MISMATCH@F6', // 10 + 25 + 15 + 15 + 30 + 10 = 105
        'SCORE_RULE_MISMATCH@H12', // 27 of ≥30 → 22.5, filed 25
        'SCORE_EXCEEDS_WEIGHT@H14', // 18 > 15
        'UNIT_MISMATCH@F16', // ≥95% vs 96‰
        'SCORE_SUM_MISMATCH@H17', // Σ 107.5 vs 88
        'GRADE_MISMATCH@B18', // 88 → 良, filed 优
        'SCORE_RULE_MISMATCH@H6', // 执行率 90% × 10 = 9, filed 9.5
        'DEVIATION_REASON_MISSING@F12', // 27 of ≥30 with no reason given
        'MISSING_LEVEL2@B3', // no 成本指标
      ].sort(),
    );
    const rule = check(SELF_EVAL_BROKEN).find((f) => f.code === 'SCORE_RULE_MISMATCH' && f.cell === 'H12')!;
    expect(rule).toMatchObject({
      expected: '22.5',
      actual: '25',
      project: '应急救援储备物资采购',
      indicator: '产出指标/数量指标/应急物资采购数量',
    });
  });

  it('checks the execution score when the rate is right but its score is not', () => {
    expect(codes(withCell(SELF_EVAL_OK, 5, 7, 5.5))).toContain('SCORE_RULE_MISMATCH@H6');
  });

  it('a source row that prints its own 执行率 is held to its own figures (其他资金 1.8 of 1.8 filed 0)', () => {
    expect(codes(withCell(SELF_EVAL_OK, 6, 6, '47.78%'))).not.toContain('EXECUTION_RATE_MISMATCH@G7');
    expect(codes(withCell(SELF_EVAL_OK, 6, 6, 0))).toContain('EXECUTION_RATE_MISMATCH@G7');
    const found = check(withCell(SELF_EVAL_OK, 6, 6, '95%')).find((f) => f.code === 'EXECUTION_RATE_MISMATCH')!;
    expect(found).toMatchObject({ cell: 'G7', expected: '47.77%', actual: '95%' });
    // A source row with no rate of its own, or a blank one, is not questioned.
    expect(codes(SELF_EVAL_OK)).not.toContain('EXECUTION_RATE_MISMATCH@G7');
  });

  it('lower-is-better scores: 30 hours against ≤24 hours earns 15 × 24/30 = 12', () => {
    expect(codes(withCell(SELF_EVAL_OK, 13, 7, 15))).toEqual(expect.arrayContaining(['SCORE_RULE_MISMATCH@H14']));
  });
});

describe('checks of a department self-evaluation (layout E)', () => {
  it('the 白云区 report numbers add up: 19.6 + 20 + 4.78 + 47.5 = 91.88 → 优', () => {
    expect(check(DEPT_SELF_EVAL)).toEqual([]);
  });

  it('a wrong grade and total are reported', () => {
    const wrongTotal = withCell(DEPT_SELF_EVAL, 7, 4, 92.88);
    expect(codes(wrongTotal)).toEqual(['SCORE_SUM_MISMATCH@E8']);
    expect(codes(withCell(DEPT_SELF_EVAL, 8, 1, '良'))).toEqual(['GRADE_MISMATCH@B9']);
  });
});
