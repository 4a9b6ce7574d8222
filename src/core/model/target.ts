import { z } from 'zod';

/** Comparator of a target value; '=' also stands for a stated level with no comparator. */
export const ComparatorSchema = z.enum(['>=', '<=', '>', '<', '=']);
export type Comparator = z.infer<typeof ComparatorSchema>;

const BaseTarget = z.object({
  /** Text as written in the cell (never rewritten). */
  raw: z.string(),
});

export const NumericTargetSchema = BaseTarget.extend({
  kind: z.literal('numeric'),
  comparator: ComparatorSchema,
  /** True when the sheet wrote no comparator (`100%`, `12台`). */
  implicitComparator: z.boolean(),
  value: z.number(),
  /** Unit as written, normalized (`%`, `‰`, `次`, `台`, `小时`, `万元`, …); '' when none. */
  unit: z.string(),
  /** Words around the number that are not part of the value (`采购台式电脑`). */
  label: z.string().optional(),
});

export const DeadlineTargetSchema = BaseTarget.extend({
  kind: z.literal('deadline'),
  /** Normalized description, e.g. `12月底前`, `2023年全年`. */
  text: z.string(),
  month: z.number().int().min(1).max(12).optional(),
  year: z.number().int().optional(),
  day: z.number().int().min(1).max(31).optional(),
  /** A period's start (`2023.07-2024.01`: 2023-07); month/year above are then its end. */
  from: z.object({ year: z.number().int(), month: z.number().int().min(1).max(12) }).optional(),
});

export const QualitativeTargetSchema = BaseTarget.extend({
  kind: z.literal('qualitative'),
  text: z.string(),
  /** True for wording that cannot be measured (提升, 降低, 良好, 有所改善, …). */
  vague: z.boolean(),
});

export const EmptyTargetSchema = BaseTarget.extend({ kind: z.literal('empty') });

export type NumericTarget = z.infer<typeof NumericTargetSchema>;
export type DeadlineTarget = z.infer<typeof DeadlineTargetSchema>;
export type QualitativeTarget = z.infer<typeof QualitativeTargetSchema>;
export type EmptyTarget = z.infer<typeof EmptyTargetSchema>;
export type SimpleTarget = NumericTarget | DeadlineTarget | QualitativeTarget;

export const CompositeTargetSchema = BaseTarget.extend({
  kind: z.literal('composite'),
  parts: z.array(z.discriminatedUnion('kind', [NumericTargetSchema, DeadlineTargetSchema, QualitativeTargetSchema])),
});
export type CompositeTarget = z.infer<typeof CompositeTargetSchema>;

export const TargetValueSchema = z.discriminatedUnion('kind', [
  NumericTargetSchema,
  DeadlineTargetSchema,
  QualitativeTargetSchema,
  EmptyTargetSchema,
  CompositeTargetSchema,
]);
export type TargetValue = z.infer<typeof TargetValueSchema>;
