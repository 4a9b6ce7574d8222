import { z } from 'zod';
import { FundsRowSchema } from './funds';
import { IndicatorSchema } from './project';
import { AmountSchema, TextFieldSchema } from './values';

export { FundsRowSchema, type FundsRow } from './funds';
import { TargetValueSchema } from './target';

/** One scored indicator row of a self-evaluation table. */
export const ScoredIndicatorSchema = IndicatorSchema.extend({
  /** 实际完成值 (全年完成值) parsed with the target grammar. */
  actual: TargetValueSchema,
  actualCell: z.string(),
  /** 分值 / 权重 (分). */
  weight: AmountSchema,
  /** 得分 (分). */
  score: AmountSchema,
  /** 得分系数: the share of the weight scored, in % (department self-evaluations). */
  scoreRatio: AmountSchema.optional(),
  /** 偏差原因分析及改进措施. */
  deviation: z.string().optional(),
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
  /**
   * The 总分 is a 自评得分 field above the table, not a 总分/合计 row closing it: the rows read need not be all
   * the rows it sums (a table continued past what was read).
   */
  totalScoreInHeader: z.boolean().optional(),
  /** Σ 分值 as the table's 合计 row states it, when it has one (Sichuan's 合计 is the weights', not the 总分). */
  totalWeight: AmountSchema.optional(),
  /** Whether the table has target values: a department's scoring framework (指标分值 / 评分标准) has none. */
  targets: z.boolean(),
  /** Whether the table has a 得分 column: some county templates only compare targets with completion values. */
  scored: z.boolean(),
  grade: TextFieldSchema.optional(),
  rowSpan: z.object({ first: z.number().int(), last: z.number().int() }),
});
export type SelfEvaluation = z.infer<typeof SelfEvaluationSchema>;
