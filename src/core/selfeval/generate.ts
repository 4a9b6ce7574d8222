import { address } from '../grid/address';
import type { Indicator, Project } from '../model/project';
import type { NumericTarget } from '../model/target';
import { DEFAULT_PROFILE, type Profile } from '../profile';
import { SheetNames } from '../sheetNames';
import type { SheetSpec, SpecCell } from '../sheetSpec';
import {
  executionRateFormula,
  executionScoreFormula,
  gradeFormula,
  higherIsBetterFormula,
  lowerIsBetterFormula,
  qualitativeFormula,
} from './formulas';
import { ruleOfNumeric, TIERS, tiersOf } from './scoring';
import { defaultWeights } from './weights';

export interface GenerateOptions {
  profile?: Profile;
  /** One sheet per project (default) or every project stacked on one 自评表 sheet. */
  mode?: 'perProject' | 'combined';
}

/** Columns of the indicator table (0-based). */
const COL = {
  l1: 0,
  l2: 1,
  l3: 2,
  target: 3,
  actual: 4,
  weight: 5,
  score: 6,
  deviation: 7,
  targetNumber: 8,
  direction: 9,
  tier: 10,
  share: 11,
} as const;
const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
  '目标数值',
  '方向',
  '评价档次',
  '得分比例',
];
const WIDTHS = [14, 18, 34, 16, 14, 8, 10, 34, 10, 6, 12, 10];
const FUNDS_ROW = 5; // 0-based row of 年度资金总额
const TABLE_HEADER_ROW = 10;
const PERCENT = '0.00%';
const SCORE = '0.00';

/** How one indicator is scored in the sheet. */
type Scoring =
  { kind: 'numeric'; target: NumericTarget; rule: 'higher' | 'lower' } | { kind: 'qualitative' } | { kind: 'manual' };

function scoringOf(ind: Indicator): Scoring {
  const t = ind.target;
  if (t.kind === 'numeric') return { kind: 'numeric', target: t, rule: ruleOfNumeric(t, ind.level3) };
  if (t.kind === 'qualitative' || t.kind === 'deadline') return { kind: 'qualitative' };
  return { kind: 'manual' };
}

/** Percent targets are stored as fractions so an actual typed into a % cell compares directly. */
function targetNumber(t: NumericTarget): number {
  if (t.unit === '%') return t.value / 100;
  if (t.unit === '‰') return t.value / 1000;
  return t.value;
}

function isRate(t: NumericTarget): boolean {
  return t.unit === '%' || t.unit === '‰';
}

/** Sheet name from the project name, without the characters Excel forbids ([]:*?/\\; SheetNames cuts it and trims edge apostrophes). */
function selfEvalSheetName(project: Project, names: SheetNames): string {
  return names.claim(`自评-${project.name.replace(/[[\]:*?/\\]/g, '')}`);
}

/** Collects cells of a sheet; rows are relative to `base`, so project blocks can stack on one sheet. */
class SpecBuilder {
  readonly cells: SpecCell[] = [];
  readonly merges: string[] = [];
  base = 0;

  /** A1 address of a block-relative cell. */
  at(row: number, col: number): string {
    return address(this.base + row, col);
  }

  set(row: number, col: number, cell: Omit<SpecCell, 'cell'>): string {
    const a = this.at(row, col);
    this.cells.push({ cell: a, ...cell });
    return a;
  }

  merge(row: number, col1: number, col2: number, row2 = row): void {
    this.merges.push(`${this.at(row, col1)}:${this.at(row2, col2)}`);
  }
}

function header(b: SpecBuilder, project: Project): void {
  b.set(0, 0, { value: '项目支出绩效自评表', bold: true });
  b.merge(0, 0, 7);
  b.set(1, 0, { value: '（年度）' });
  b.set(2, 0, { value: '项目名称', bold: true });
  b.set(2, 1, { value: project.name });
  b.merge(2, 1, 7);
  b.set(3, 0, { value: '主管部门', bold: true });
  b.set(3, 1, { value: project.department ?? '' });
  b.set(3, 3, { value: '实施单位', bold: true });
  b.set(3, 4, { value: project.unit ?? '' });
}

/** 项目资金 block; returns the 执行率 score cell. */
function funds(b: SpecBuilder, project: Project, profile: Profile): string {
  const r0 = FUNDS_ROW - 1;
  b.set(r0, 0, { value: '项目资金（万元）', bold: true });
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
    b.set(r0, 2 + i, { value: h, bold: true }),
  );
  const budget = project.budget;
  const rows: [string, number | null | undefined][] = [
    ['年度资金总额', (budget.annual ?? budget.total)?.value],
    ['其中：财政拨款', (budget.annualFiscal ?? budget.fiscal)?.value],
    ['其他资金', (budget.annualOther ?? budget.other)?.value],
  ];
  rows.forEach(([label, amount], i) => {
    const r = FUNDS_ROW + i;
    b.set(r, 1, { value: label });
    b.set(r, 2, { value: amount ?? null, numberFormat: SCORE });
    b.set(r, 3, { value: amount ?? null, numberFormat: SCORE, input: true });
    b.set(r, 4, { input: true, numberFormat: SCORE });
  });
  const r = FUNDS_ROW;
  const weight = b.set(r, 5, { value: profile.weights.execution, input: true });
  const rate = b.set(r, 6, { formula: executionRateFormula(b.at(r, 4), b.at(r, 3)), numberFormat: PERCENT });
  return b.set(r, 7, { formula: executionScoreFormula(rate, weight), numberFormat: SCORE });
}

function goals(b: SpecBuilder, project: Project): void {
  b.set(8, 0, { value: '年度总体目标', bold: true });
  b.set(8, 1, { value: '预期目标', bold: true });
  b.set(8, 4, { value: '实际完成情况', bold: true });
  b.set(9, 1, { value: (project.annualGoal ?? project.goal)?.text ?? '', wrap: true });
  b.merge(9, 1, 3);
  b.set(9, 4, { input: true, wrap: true });
  b.merge(9, 4, 7);
}

function indicatorRow(b: SpecBuilder, r: number, ind: Indicator, weight: number, profile: Profile): void {
  b.set(r, COL.l1, { value: ind.level1 ?? ind.level1Raw });
  b.set(r, COL.l2, { value: ind.level2 ?? ind.level2Raw });
  b.set(r, COL.l3, { value: ind.level3, wrap: true });
  b.set(r, COL.target, { value: ind.target.raw });
  const w = b.set(r, COL.weight, { value: weight, input: true, numberFormat: SCORE });
  b.set(r, COL.deviation, { input: true, wrap: true });
  const actual = b.at(r, COL.actual);
  const s = scoringOf(ind);
  if (s.kind === 'numeric') {
    const target = b.set(r, COL.targetNumber, {
      value: targetNumber(s.target),
      numberFormat: isRate(s.target) ? PERCENT : 'General',
    });
    b.set(r, COL.direction, { value: s.rule === 'higher' ? '≥' : '≤' });
    b.set(r, COL.actual, { input: true, numberFormat: isRate(s.target) ? PERCENT : 'General' });
    const formula =
      s.rule === 'higher'
        ? higherIsBetterFormula(w, target, actual)
        : lowerIsBetterFormula(w, target, actual, profile.lowerIsBetterRule);
    b.set(r, COL.score, { formula, numberFormat: SCORE });
  } else if (s.kind === 'qualitative') {
    b.set(r, COL.actual, { input: true });
    const tier = b.set(r, COL.tier, { input: true, dropdown: Object.keys(TIERS) });
    const share = b.set(r, COL.share, { input: true, numberFormat: PERCENT });
    b.set(r, COL.score, { formula: qualitativeFormula(w, tier, share, tiersOf(profile)), numberFormat: SCORE });
  } else {
    // Composite or unreadable targets: no formula could be right, so the reviewer scores by hand.
    b.set(r, COL.actual, { input: true });
    b.set(r, COL.score, { input: true, numberFormat: SCORE });
    b.set(r, COL.tier, { value: '人工评分' });
  }
}

/** Write one project's 项目支出绩效自评表 block at the builder's base row; returns the rows it used. */
function writeProjectBlock(b: SpecBuilder, project: Project, profile: Profile): number {
  header(b, project);
  const executionScore = funds(b, project, profile);
  goals(b, project);
  HEADER.forEach((h, c) => b.set(TABLE_HEADER_ROW, c, { value: h, bold: true, fill: '#D9D9D9' }));
  const weights = defaultWeights(project.indicators, profile);
  const first = TABLE_HEADER_ROW + 1;
  project.indicators.forEach((ind, i) => indicatorRow(b, first + i, ind, weights[i], profile));
  const last = first + project.indicators.length - 1;
  const totalRow = last + 1;
  const range = (col: number) => `${b.at(first, col)}:${b.at(Math.max(first, last), col)}`;
  b.set(totalRow, 0, { value: '总分', bold: true });
  b.set(totalRow, COL.weight, {
    formula: `${b.at(FUNDS_ROW, 5)}+SUM(${range(COL.weight)})`,
    numberFormat: SCORE,
    bold: true,
  });
  const total = b.set(totalRow, COL.score, {
    formula: `ROUND(N(${executionScore})+SUM(${range(COL.score)}),2)`,
    numberFormat: SCORE,
    bold: true,
  });
  b.set(totalRow + 1, 0, { value: '自评等级', bold: true });
  b.set(totalRow + 1, 1, { formula: gradeFormula(total), bold: true });
  return totalRow + 2;
}

/** One 项目支出绩效自评表 for a project, scored with live formulas. */
export function generateSelfEvalSheet(project: Project, name: string, profile: Profile): SheetSpec {
  const b = new SpecBuilder();
  writeProjectBlock(b, project, profile);
  return { name, cells: b.cells, merges: b.merges, columnWidths: WIDTHS, frozenRows: 0 };
}

/** Blank rows between stacked project blocks. */
const BLOCK_GAP = 2;

/** Self-evaluation sheets for every project: one sheet each, or all blocks stacked on one 自评表 sheet. */
export function generateSelfEvalSheets(projects: Project[], options: GenerateOptions = {}): SheetSpec[] {
  const profile = options.profile ?? DEFAULT_PROFILE;
  if (options.mode === 'combined') {
    const b = new SpecBuilder();
    for (const p of projects) b.base += writeProjectBlock(b, p, profile) + BLOCK_GAP;
    return projects.length === 0
      ? []
      : [{ name: '自评表', cells: b.cells, merges: b.merges, columnWidths: WIDTHS, frozenRows: 0 }];
  }
  const names = new SheetNames();
  return projects.map((p) => generateSelfEvalSheet(p, selfEvalSheetName(p, names), profile));
}
