import { z } from 'zod';
import { Level1Schema, Level2Schema } from '../taxonomy/categories';
import { FundsRowSchema } from './funds';
import { AmountSchema, TextFieldSchema } from './values';

export { AmountSchema, CellRefSchema, TextFieldSchema, type Amount, type CellRef, type TextField } from './values';
import { TargetValueSchema } from './target';

/**
 * How a project was filed: list (all indicators in one cell per project), list-rows (one indicator per row,
 * project cells merged down), form (one form per project), form-plan (with 资金支出计划 / 指标值确定依据),
 * department (部门整体 target table: one per department, named by the department), monitoring (a mid-year
 * 绩效运行监控表: the targets with their progress so far).
 */
export const LayoutSchema = z.enum(['list', 'list-rows', 'form', 'form-plan', 'department', 'monitoring', 'self-eval']);
export type Layout = z.infer<typeof LayoutSchema>;

/**
 * How a 二级 was inferred when the sheet gave none (or suggested when it gave a doubtful one): the 二级, or
 * null when the evidence does not tell (with the reason), the model's confidence, and the evidence.
 */
export const InferenceSchema = z.object({
  level2: Level2Schema.nullable(),
  confidence: z.number().min(0).max(1),
  /** Evidence that spoke for it: keywords (及时率), letter pairs of the wording, the target's shape. */
  matched: z.array(z.string()),
  /** Why no 二级 could be told. */
  reason: z.string().optional(),
  /** When undetermined: the 二级 it could still be, with their probabilities (completeness asks only about these). */
  candidates: z.array(z.object({ level2: Level2Schema, p: z.number() })).optional(),
});
export type Inference = z.infer<typeof InferenceSchema>;

/** 三级指标 with its place in the taxonomy and its target. */
export const IndicatorSchema = z.object({
  /** Canonical 一级, null when the sheet's label is unknown. */
  level1: Level1Schema.nullable(),
  level1Raw: z.string(),
  /**
   * 项目决策 / 项目过程 (项目管理): a self-evaluation scorecard's common row of the evaluation framework,
   * not a target indicator: only its score is checked.
   */
  framework: z.enum(['决策', '过程']).optional(),
  /** Canonical 二级: as written (normalized) or inferred. */
  level2: Level2Schema.nullable(),
  level2Raw: z.string(),
  level2Inferred: z.boolean(),
  inference: InferenceSchema.optional(),
  /** 三级指标 name. */
  level3: z.string(),
  /** 年度指标值. */
  target: TargetValueSchema,
  /** 实施周期指标值, when the sheet has one. */
  periodTarget: TargetValueSchema.optional(),
  /** 绩效指标描述 (layout C), 指标内容 beside a 三级 column, 指标解释. */
  description: z.string().optional(),
  /** 权重 / 分值 the sheet gives the indicator (分). */
  weight: AmountSchema.optional(),
  /** 指标方向性 as a column states it: 正向 (higher is better) or 反向 (lower is better). */
  direction: z.enum(['higher', 'lower']).optional(),
  /** What the target cell displays when it holds a date stored as a plain number (`44,561` for 2021-12-31). */
  targetShownAs: z.string().optional(),
  /** The 计量单位 cell, when it holds something other than a unit (a number, a date). */
  unitNotUnit: z.object({ text: z.string(), cell: z.string() }).optional(),
  /** The 计量单位 cell, when the target carries a unit of another kind (`28.8万元` beside `%`). */
  unitConflict: z.object({ text: z.string(), cell: z.string() }).optional(),
  /** Monitoring tables: 半年度指标执行情况 (progress so far) and 完成目标可能性 / 预计全年完成 (the outlook). */
  progress: z.object({ text: z.string(), cell: z.string() }).optional(),
  outlook: z.object({ text: z.string(), cell: z.string() }).optional(),
  /** 指标值确定依据 (layout C). */
  basis: z.string().optional(),
  /** Cell of the 三级 name (list form: the indicators cell). */
  cell: z.string(),
  /** Cell of the target value (list form: the indicators cell). */
  targetCell: z.string(),
  /** 1-based position in the list-form text (`3、…`), when there is one. */
  ordinal: z.number().int().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Funding block. List form: total = fiscal + fiscalSpecial + other. Forms: 实施期 and 年度 blocks. */
export const BudgetSchema = z.object({
  /** 总计 (list) or 实施期金额 / 预算数 (forms). */
  total: AmountSchema.optional(),
  /** 年度金额 (forms). */
  annual: AmountSchema.optional(),
  /** 财政拨款 (of total). */
  fiscal: AmountSchema.optional(),
  /** 财政专户拨款 (list form). */
  fiscalSpecial: AmountSchema.optional(),
  /** 其他资金 (of total). */
  other: AmountSchema.optional(),
  /** 年度金额 其中：财政拨款 (form B). */
  annualFiscal: AmountSchema.optional(),
  /** 年度金额 其他资金 (form B). */
  annualOther: AmountSchema.optional(),
});
export type Budget = z.infer<typeof BudgetSchema>;

/** 资金支出计划（%）: cumulative planned share by a month end. */
export const SpendingPlanPointSchema = z.object({
  label: z.string(),
  /** Month the point refers to (3, 6, 10, 12). */
  month: z.number().int().min(1).max(12).nullable(),
  /** Percent 0–100, null when blank. */
  percent: z.number().nullable(),
  raw: z.string(),
  cell: z.string(),
});
export type SpendingPlanPoint = z.infer<typeof SpendingPlanPointSchema>;

export const ProjectSchema = z.object({
  /** Stable id within a workbook: `${sheet}!${cell}`. */
  id: z.string(),
  name: z.string(),
  sheet: z.string(),
  /** Cell of the project name. */
  cell: z.string(),
  layout: LayoutSchema,
  /** 资金使用单位 / 实施单位. */
  unit: z.string().optional(),
  /** 主管部门. */
  department: z.string().optional(),
  /** 项目实施期 as written. */
  period: z.string().optional(),
  /** Implementation period longer than one budget year, when it can be told. */
  multiYear: z.boolean().optional(),
  budget: BudgetSchema,
  spendingPlan: z.array(SpendingPlanPointSchema),
  /** 绩效目标 / 实施期目标. */
  goal: TextFieldSchema.optional(),
  /** 年度目标. */
  annualGoal: TextFieldSchema.optional(),
  /** Monitoring tables: funds executed so far and the explanations the form asks for. */
  monitoring: z
    .object({
      /** 年初预算数 / 1–N月执行数 / 全年预计执行数 rows (万元). */
      funds: z.array(FundsRowSchema),
      /** N of the 1–N月 the table reports (6 at mid-year), when it says. */
      month: z.number().int().min(1).max(12).optional(),
      /** 偏差或不能完成目标原因分析. */
      deviation: TextFieldSchema.optional(),
    })
    .optional(),
  /**
   * Weights (分) the sheet states for the indicators: in a 一级 label (`产出指标(50分)`), a line above the table
   * (`其中产出指标权重分值50分`), or the table's 合计/总分 row. Checked against the indicators' 权重/分值.
   */
  statedWeights: z
    .array(z.object({ level1: Level1Schema.nullable(), weight: z.number(), cell: z.string() }))
    .optional(),
  /** A 项目预算成本构成 table: cost items by row, amounts (万元) by column, and its 合计 row. */
  costTable: z
    .object({
      columns: z.array(z.object({ label: z.string(), cell: z.string() })),
      rows: z.array(z.object({ label: z.string(), row: z.number().int(), amounts: z.array(AmountSchema) })),
      total: z.object({ label: z.string(), row: z.number().int(), amounts: z.array(AmountSchema) }).optional(),
    })
    .optional(),
  /** Categories of indicator rows that have a value but no name (MISSING_INDICATOR_NAME): present, though unnamed. */
  unnamedCategories: z.array(z.object({ level1: Level1Schema.nullable(), level2: Level2Schema.nullable() })).optional(),
  /** What of the project could not be read (its indicator table in a layout not understood): checks that need it are skipped. */
  unread: z.array(z.enum(['indicators'])).optional(),
  indicators: z.array(IndicatorSchema),
  /** Rows of the project's region (0-based, inclusive), for findings on missing parts. */
  rowSpan: z.object({ first: z.number().int(), last: z.number().int() }),
  /** Cell where the indicator table (or indicators cell) starts; findings about missing categories point here. */
  indicatorsCell: z.string(),
});
export type Project = z.infer<typeof ProjectSchema>;

/** One amounts row of a list form (合计, a unit subtotal, or a project). */
export const AmountRowSchema = z.object({
  label: z.string(),
  row: z.number().int(),
  total: AmountSchema,
  fiscal: AmountSchema,
  fiscalSpecial: AmountSchema,
  other: AmountSchema,
});
export type AmountRow = z.infer<typeof AmountRowSchema>;

/** The 合计 / 小计 hierarchy of a list-form table, for total checks. */
export const ListTableSchema = z.object({
  sheet: z.string(),
  headerRow: z.number().int(),
  grandTotal: AmountRowSchema.optional(),
  units: z.array(
    z.object({
      subtotal: AmountRowSchema.optional(),
      /** Project ids under this unit, in row order. */
      projectIds: z.array(z.string()),
      projectRows: z.array(AmountRowSchema),
    }),
  ),
});
export type ListTable = z.infer<typeof ListTableSchema>;
