import { z } from 'zod';
import { Level1Schema, Level2Schema } from '../taxonomy/categories';
import { AmountSchema, TextFieldSchema } from './project';
import { TargetValueSchema } from './target';

/** A 项目资金 row of a self-evaluation: 年度资金总额 / 其中财政拨款 / 其他资金. */
export const FundsRowSchema = z.object({
  label: z.string(),
  row: z.number().int(),
  /** 年初预算数. */
  initialBudget: AmountSchema.optional(),
  /** 全年预算数. */
  fullYearBudget: AmountSchema.optional(),
  /** 全年执行数. */
  executed: AmountSchema.optional(),
  /** 分值. */
  weight: AmountSchema.optional(),
  /** 执行率 as a percent (47.78 for 47.78%). */
  rate: AmountSchema.optional(),
  /** 得分. */
  score: AmountSchema.optional(),
});
export type FundsRow = z.infer<typeof FundsRowSchema>;

/** One scored indicator row of a self-evaluation table. */
export const ScoredIndicatorSchema = z.object({
  level1: Level1Schema.nullable(),
  level1Raw: z.string(),
  level2: Level2Schema.nullable(),
  level2Raw: z.string(),
  level3: z.string(),
  target: TargetValueSchema,
  targetCell: z.string(),
  /** 实际完成值 parsed with the target grammar. */
  actual: TargetValueSchema,
  actualCell: z.string(),
  weight: AmountSchema,
  score: AmountSchema,
  /** 偏差原因分析及改进措施. */
  deviation: z.string().optional(),
  cell: z.string(),
  row: z.number().int(),
});
export type ScoredIndicator = z.infer<typeof ScoredIndicatorSchema>;

/** 项目支出绩效自评表 (layout D) or a tabular 部门整体支出绩效自评表 (layout E). */
export const SelfEvaluationSchema = z.object({
  id: z.string(),
  kind: z.enum(['project', 'department']),
  name: z.string(),
  sheet: z.string(),
  cell: z.string(),
  department: z.string().optional(),
  unit: z.string().optional(),
  funds: z.array(FundsRowSchema),
  expectedGoal: TextFieldSchema.optional(),
  actualGoal: TextFieldSchema.optional(),
  indicators: z.array(ScoredIndicatorSchema),
  totalScore: AmountSchema.optional(),
  grade: TextFieldSchema.optional(),
  rowSpan: z.object({ first: z.number().int(), last: z.number().int() }),
});
export type SelfEvaluation = z.infer<typeof SelfEvaluationSchema>;
