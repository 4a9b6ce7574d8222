import { COLUMN_VOCABULARY } from '../../../src/core/recognize/header/tableHeader';
import { Vocabulary } from '../../../src/core/vocabulary/table';

describe('Vocabulary', () => {
  const table = new Vocabulary({ weight: ['参考分值', '分值'], score: ['自评得分'] });

  it('reads a label, its variants and its transposed characters (a scan of 参考分值 as 考值参分)', () => {
    expect(table.roleOf('参考分值')).toBe('weight');
    expect(table.roleOf('考值参分')).toBe('weight');
    expect(table.roleOf('得评自分')).toBe('score');
  });

  it('reads no anagram of a short label, nor one two roles share', () => {
    expect(table.roleOf('值分')).toBeUndefined();
    const shared = new Vocabulary({ a: ['甲乙丙丁'], b: ['丁丙乙甲'] });
    expect(shared.roleOf('乙甲丁丙')).toBeUndefined();
  });

  it('knows the column headings of scanned self-evaluations', () => {
    expect(COLUMN_VOCABULARY.roleOf('考值参分')).toBe('weight');
    expect(COLUMN_VOCABULARY.roleOf('计分标准')).toBe('standard');
    expect(COLUMN_VOCABULARY.roleOf('区域目标值')).toBe('target');
  });
});
