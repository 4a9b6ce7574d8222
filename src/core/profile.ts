import { z } from 'zod';

/**
 * Review profile: the knobs that differ between provinces and reviewers.
 * Defaults follow the national framework (SPEC §5, §6).
 */
export const ProfileSchema = z.object({
  /** 可持续影响 required for every project (error) instead of expected for lasting ones (warning). */
  requireSustainability: z.boolean().default(false),
  /** Amount tolerance in 万元. */
  amountTolerance: z.number().nonnegative().default(0.005),
  /** Self-evaluation weights (分值). */
  weights: z
    .object({
      execution: z.number().default(10),
      output: z.number().default(50),
      benefit: z.number().default(30),
      satisfaction: z.number().default(10),
    })
    .default({ execution: 10, output: 50, benefit: 30, satisfaction: 10 }),
  /** Scoring rule for lower-is-better indicators: national inverse-proportional, or linear deduction to 0 at 2× target. */
  lowerIsBetterRule: z.enum(['inverse', 'linear']).default('inverse'),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = ProfileSchema.parse({});
