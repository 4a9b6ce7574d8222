import { checkWorkbook } from '../../../src/core/engine';
import { categoryPoints } from '../../../src/core/vocabulary/categoryPoints';
import { lookalikeFigure } from '../../../src/core/vocabulary/ocrDigits';
import { atlasFixtures, atlasGrid, type AtlasFixture } from '../../helpers/atlas';

/** A published table with some cells changed (`null` empties a cell). */
function variant(id: string, cells: Record<string, string | number | null> = {}): AtlasFixture {
  const fixture = atlasFixtures().find((f) => f.id === id)!;
  const sheet = { ...fixture.sheets[0], cells: { ...fixture.sheets[0].cells } };
  for (const [ref, value] of Object.entries(cells)) {
    if (value === null) delete sheet.cells[ref];
    else sheet.cells[ref] = value;
  }
  return { ...fixture, sheets: [sheet] };
}

const findings = (f: AtlasFixture) => checkWorkbook(atlasGrid(f)).findings;
const at = (f: AtlasFixture, code: string) => findings(f).filter((x) => x.code === code);

/** 银川市 2021 初中公用经费: 自评得分 98 in the header over a scorecard whose category labels carry points. */
const YINCHUAN = 'ningxia-yinchuan-2021-gongyong-scorecard';

describe('a scorecard whose header states the total (银川 2021)', () => {
  it('the 自评得分 98 exceeds the most the scorecard allows: 100 less the 6 points the rows read lost', () => {
    const [f] = at(variant(YINCHUAN), 'SCORE_SUM_MISMATCH');
    expect(f).toMatchObject({ cell: 'F3', expected: '94', actual: '98', severity: 'error' });
    // The unreadable IO and the cut satisfaction row are said to count as losing nothing.
    expect(f.message).toBe(
      '总分最多为 94（满分 100，已读出的各项共扣 6 分；G17、G33 的得分无法读出或未填写，按不扣分计），实际填写 98',
    );
    expect(f.messageEn).toContain('can be at most 94');
  });

  it('a total within what the rows allow is not questioned', () => {
    expect(at(variant(YINCHUAN, { F3: 94 }), 'SCORE_SUM_MISMATCH')).toEqual([]);
  });

  it('with every score read and the weights making up 100, the total must be their sum', () => {
    const full = variant(YINCHUAN, { G17: 10, D33: 10, E33: '≥90%', F33: '95%', G33: 10, C33: '学生和老师满意度' });
    expect(at(full, 'SCORE_SUM_MISMATCH')).toMatchObject([
      { cell: 'F3', expected: '94', message: '总分应为各项得分之和 94，实际填写 98' },
    ]);
  });

  it('a score cell OCR read as IO is reported as unreadable, worded for a score, and not scored by the rule', () => {
    const all = findings(variant(YINCHUAN));
    expect(all.filter((x) => x.cell === 'G17').map((x) => x.code)).toEqual(['SCORE_NOT_NUMBER']);
    expect(all.find((x) => x.cell === 'G17')!.message).toBe(
      '指标“保障人数”的得分“IO”不是数字（形似 10，多为扫描识别错误，请按原件核对），依赖它的总分和评分核对未做或只按上限估计',
    );
    expect(all.some((x) => x.code === 'AMOUNT_NOT_NUMBER')).toBe(false);
  });

  it('the category labels hold the rows to their points: 成本指标(10分) and 项目产出(30分) over 11', () => {
    expect(at(variant(YINCHUAN), 'WEIGHT_SUM_MISMATCH')).toEqual([]);
    const over = at(variant(YINCHUAN, { D24: 4 }), 'WEIGHT_SUM_MISMATCH');
    expect(over.map((x) => [x.cell, x.expected, x.actual, x.message])).toEqual([
      ['D17', '30', '31', '“顼目产出(30分)”分值合计应为 30，实际为 31'],
      ['D23', '10', '11', '“成本指标(10分)”分值合计应为 10，实际为 11'],
    ]);
  });
});

describe('a header total over rows that may go on (重庆科学城 2021, the copy cut)', () => {
  const KEXUECHENG = 'chongqing-kexuecheng-2021-rongmeiti-dept-selfeval';

  it('97.6 is not compared with the sum of the rows read: more rows may follow', () => {
    expect(at(variant(KEXUECHENG), 'SCORE_SUM_MISMATCH')).toEqual([]);
  });

  it('but a total below the scores already read is wrong', () => {
    const [f] = at(variant(KEXUECHENG, { K2: 50 }), 'SCORE_SUM_MISMATCH');
    expect(f).toMatchObject({ cell: 'K2', expected: '77.6', actual: '50' });
    expect(f.message).toBe(
      '总分至少为 77.6（已读出的各项得分之和；J28 的得分无法读出或未填写，按不扣分计），实际填写 50',
    );
  });
});

describe('category points and look-alike digits, as labels and scans write them', () => {
  it.each([
    ['项目决策(10分)', 10, 10],
    ['顼目产出(30分)', 30, 30],
    ['服务对象满意度指标(10分)', 10, 10],
    ['产出指标（50分）', 50, 50],
    ['成本指标(0-20)分', 0, 20],
    ['产出指标\n(40-50)分', 40, 50],
    ['项目资金\n预算执行\n10分', 10, 10],
  ])('%s', (label, min, max) => {
    expect(categoryPoints(label)).toEqual({ min, max });
  });

  it('labels without points', () => {
    expect(categoryPoints('社会效益指标')).toBeNull();
    expect(categoryPoints('分值')).toBeNull();
  });

  it('reads IO, l0 and O as what they look like, and nothing else', () => {
    expect(['IO', 'l0', 'O', '1O.5'].map(lookalikeFigure)).toEqual(['10', '10', '0', '10.5']);
    expect(['10', '良好', '', '..'].map(lookalikeFigure)).toEqual([null, null, null, null]);
  });
});
