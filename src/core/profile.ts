import { z } from 'zod';

/**
 * Review profile: the knobs that differ between provinces and reviewers.
 * Defaults follow the national framework (SPEC §5, §6). Strict: an unknown key (a misspelt
 * one) is an error, not silently ignored.
 */
export const ProfileSchema = z.strictObject({
  /** 可持续影响 required for every project (error) instead of expected for lasting ones (warning). */
  requireSustainability: z.boolean().default(false),
  /**
   * Severity of a missing 满意度指标: the national rules expect one where a project has service recipients,
   * so a warning by default; a province that requires it for every project makes it an error.
   */
  satisfactionSeverity: z.enum(['warning', 'error']).default('warning'),
  /** 偏差原因 is required when an actual exceeds its target by more than this share (0.3 = 30%), or misses it. */
  deviationMargin: z.number().nonnegative().default(0.3),
  /** Qualitative tiers as shares of the weight (财预〔2020〕10号): 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%). */
  qualitativeTiers: z
    .object({ achieved: z.number().min(0).max(1).default(0.8), partly: z.number().min(0).max(1).default(0.6) })
    .refine((t) => t.partly <= t.achieved, '部分达成的比例不能高于达成 / partly must not be above achieved')
    .default({ achieved: 0.8, partly: 0.6 }),
  /** Amount tolerance in 万元. */
  amountTolerance: z.number().nonnegative().default(0.005),
  /**
   * Self-evaluation weights (分值): they make up the 100 points of the national scoring (财预〔2020〕10号),
   * or every generated 自评表 would fail its own WEIGHT_SUM_MISMATCH check.
   */
  weights: z
    .strictObject({
      execution: z.number().nonnegative().default(10),
      output: z.number().nonnegative().default(50),
      benefit: z.number().nonnegative().default(30),
      satisfaction: z.number().nonnegative().default(10),
    })
    .refine(
      (w) => Math.abs(w.execution + w.output + w.benefit + w.satisfaction - 100) < 1e-9,
      '四项分值之和应为 100 / the four weights must add up to 100',
    )
    .default({ execution: 10, output: 50, benefit: 30, satisfaction: 10 }),
  /** Scoring rule for lower-is-better indicators: national inverse-proportional, or linear deduction to 0 at 2× target. */
  lowerIsBetterRule: z.enum(['inverse', 'linear']).default('inverse'),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = ProfileSchema.parse({});
