import { z } from 'zod';
import { AmountSchema } from './values';

/**
 * A funds row of a self-evaluation or a monitoring table (年度资金总额 / 其中财政拨款 / 其他资金), amounts in 万元.
 */
export const FundsRowSchema = z.object({
  label: z.string(),
  row: z.number().int(),
  /** What the row is: the total (年度资金总额 / 总额) or one of its 其中 parts; undefined when the label is unknown. */
  part: z.enum(['total', 'fiscal', 'carryover', 'other', 'fiscalSpecial', 'unitFunds']).optional(),
  /** 年初预算数. */
  initialBudget: AmountSchema.optional(),
  /** 全年预算数. */
  fullYearBudget: AmountSchema.optional(),
  /** 全年执行数 (self-evaluations), 1–N月执行数 (monitoring). */
  executed: AmountSchema.optional(),
  /** 全年预计执行数 (monitoring). */
  forecast: AmountSchema.optional(),
  /** 分值. */
  weight: AmountSchema.optional(),
  /** 执行率 as a percent (47.78 for 47.78%). */
  rate: AmountSchema.optional(),
  /** 得分. */
  score: AmountSchema.optional(),
});
export type FundsRow = z.infer<typeof FundsRowSchema>;
