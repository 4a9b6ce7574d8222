import { z } from 'zod';
import { Level1Schema, Level2Schema } from '../taxonomy/categories';
import { FundsRowSchema } from './funds';
import { AmountSchema, TextFieldSchema } from './values';

export { FundsRowSchema, type FundsRow } from './funds';
import { TargetValueSchema } from './target';

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
  /** 得分系数: the share of the weight scored, in % (department self-evaluations). */
  scoreRatio: AmountSchema.optional(),
  /** 指标方向性 as a column states it. */
  direction: z.enum(['higher', 'lower']).optional(),
  /** 偏差原因分析及改进措施. */
  deviation: z.string().optional(),
  cell: z.string(),
  row: z.number().int(),
});
export type ScoredIndicator = z.infer<typeof ScoredIndicatorSchema>;

/**
 * A filed self-evaluation: a project's 项目支出绩效自评表 (national, Sichuan, Yunnan variants), or a
 * department's 部门整体支出绩效自评表: scored indicators with targets (指标权重 / 得分系数), or a scoring
 * framework without targets (指标分值 / 评分标准 / 自评得分), whose scores alone are checked.
 */
export const SelfEvaluationSchema = z.object({
  id: z.string(),
  kind: z.enum(['project', 'department']),
  name: z.string(),
  sheet: z.string(),
  cell: z.string(),
  department: z.string().optional(),
  unit: z.string().optional(),
  funds: z.array(FundsRowSchema),
  /** 预期目标 / 年度目标. */
  expectedGoal: TextFieldSchema.optional(),
  /** 实际完成情况 / 年度目标完成情况. */
  actualGoal: TextFieldSchema.optional(),
  /** Narrative cells (评价结论, 存在问题, 改进措施) that still hold the template's instructions. */
  templateTexts: z.array(TextFieldSchema).optional(),
  indicators: z.array(ScoredIndicatorSchema),
  totalScore: AmountSchema.optional(),
  grade: TextFieldSchema.optional(),
  rowSpan: z.object({ first: z.number().int(), last: z.number().int() }),
});
export type SelfEvaluation = z.infer<typeof SelfEvaluationSchema>;
