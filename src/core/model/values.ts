import { z } from 'zod';

/** A cell on a sheet: `sheet` name and A1 `cell` address. */
export const CellRefSchema = z.object({ sheet: z.string(), cell: z.string() });
export type CellRef = z.infer<typeof CellRefSchema>;

/** An amount read from a cell, in 万元; `value` null when blank or unreadable. */
export const AmountSchema = z.object({
  value: z.number().nullable(),
  raw: z.string(),
  cell: z.string(),
});
export type Amount = z.infer<typeof AmountSchema>;

/** A text the sheet states, at its cell. */
export const TextFieldSchema = z.object({ text: z.string(), cell: z.string() });
export type TextField = z.infer<typeof TextFieldSchema>;
