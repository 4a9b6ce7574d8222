import type { CatalogueEntry } from '../entry';

/** Codes of the self-evaluation checks (SPEC §5 Self-evaluation, §6). */
export const SELF_EVAL_CODES = {} satisfies Record<string, CatalogueEntry>;
