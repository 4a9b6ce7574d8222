import type { Indicator, Project } from '../../src/core/model/project';
import { parseTarget } from '../../src/core/parse/targetValue';
import { normalizeLevel1, normalizeLevel2 } from '../../src/core/taxonomy/labels';

/** An indicator from its labels and target text, at a made-up cell. */
export function indicator(level1: string, level2: string, level3: string, target: string, row = 10): Indicator {
  return {
    level1: normalizeLevel1(level1),
    level1Raw: level1,
    level2: normalizeLevel2(level2),
    level2Raw: level2,
    level2Inferred: false,
    level3,
    target: parseTarget(target),
    cell: `C${row}`,
    targetCell: `E${row}`,
  };
}

/** A form-layout project with the given indicators and a 万元 budget. */
export function project(name: string, indicators: Indicator[], budget = 26): Project {
  return {
    id: `表!B5`,
    name,
    sheet: '表',
    cell: 'B5',
    layout: 'form',
    department: '高新区应急管理局',
    unit: '高新区应急管理局',
    budget: {
      total: { value: budget, raw: String(budget), cell: 'C7' },
      annual: { value: budget, raw: String(budget), cell: 'E7' },
    },
    spendingPlan: [],
    goal: { text: '确保应急指挥中心正常运行', cell: 'B11' },
    indicators,
    rowSpan: { first: 0, last: 20 },
    indicatorsCell: 'A12',
  };
}
