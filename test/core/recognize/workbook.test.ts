import type { SheetGrid } from '../../../src/core/grid/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { sampleRows, unmergedSheet } from './sampleGrid';

describe('recognizeWorkbook', () => {
  it('reports an empty sheet and a sheet of prose as NO_TARGET_SHEET, keeping hidden/protected flags', () => {
    const report = sampleRows('baiyun-emergency-2023-dept-self-evaluation.txt');
    const empty: SheetGrid = { ...unmergedSheet('空表', []), hidden: true };
    const prose: SheetGrid = { ...unmergedSheet('报告', report), protected: true };
    const model = recognizeWorkbook({ sheets: [empty, prose] });
    expect(model.projects).toEqual([]);
    expect(model.sheets).toEqual([
      { name: '空表', layouts: [], projectCount: 0, selfEvaluationCount: 0, hidden: true },
      { name: '报告', layouts: [], projectCount: 0, selfEvaluationCount: 0, protected: true },
    ]);
    expect(model.recognitionFindings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['NO_TARGET_SHEET', 'info', '空表', 'A1'],
      ['NO_TARGET_SHEET', 'info', '报告', 'A1'],
    ]);
  });

  it('survives junk grids: odd values, ragged rows, merges past the data, labels without values', () => {
    const junk: SheetGrid = {
      name: 'junk',
      rows: [
        [{ value: true }, undefined, { value: 3.5 }],
        [],
        [{ value: '项目名称' }],
        [{ value: '一级指标' }, { value: '三级指标' }],
        [{ value: '产出指标' }, { value: null }, { value: 0 }, { value: false }],
        [{ value: '项目名称（资金使用单位）' }, { value: '总计' }, { value: '绩效指标' }],
        [{ value: '合计' }, { value: 'abc' }],
      ],
      merges: [
        { top: 0, left: 0, bottom: 40, right: 30 },
        { top: 3, left: 0, bottom: 2, right: 0 },
      ],
    };
    expect(() => recognizeWorkbook({ sheets: [junk] })).not.toThrow();
  });

  it('reads several layouts across sheets and on one sheet, in order', () => {
    const list = sampleRows('baiyun-emergency-2023-project-targets.txt');
    const forms = sampleRows('gaoxin-emergency-2023-project-forms.txt').slice(0, 28);
    const model = recognizeWorkbook({
      sheets: [unmergedSheet('混合', [...forms, [], [], ...list]), unmergedSheet('表单', forms)],
    });
    expect(model.sheets.map((s) => [s.name, s.layouts, s.projectCount])).toEqual([
      ['混合', ['form', 'list'], 17],
      ['表单', ['form'], 1],
    ]);
    expect(model.projects[0].indicators).toHaveLength(8);
    expect(model.projects[1]).toMatchObject({ name: '队伍装备基础设施建设专项经费', cell: 'A42' });
    expect(model.listTables).toHaveLength(1);
  });
});
