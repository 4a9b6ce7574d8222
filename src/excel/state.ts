/**
 * What the add-in changed in the workbook, kept in a very hidden sheet so that
 * clearing works after save and reopen: the original fill of every cell it filled.
 */
export const STATE_SHEET = '_绩效表校验_状态';

export interface SavedFill {
  sheet: string;
  cell: string;
  /** Original fill colour, null for none. */
  color: string | null;
}

export interface AddinState {
  fills: SavedFill[];
  /** Name of the report sheet written (校验报告, or 校验报告(2) when the user has a sheet of that name). */
  reportSheet?: string;
}

/** Excel caps a cell at 32,767 characters: the JSON is split over column A. */
const CELL_LIMIT = 32_000;

export function encodeState(state: AddinState): string[][] {
  const json = JSON.stringify(state);
  const parts: string[][] = [];
  for (let i = 0; i < json.length; i += CELL_LIMIT) parts.push([json.slice(i, i + CELL_LIMIT)]);
  return parts.length > 0 ? parts : [['{"fills":[]}']];
}

export function decodeState(values: unknown[][] | undefined): AddinState {
  if (!values) return { fills: [] };
  try {
    const parsed = JSON.parse(values.map((r) => String(r[0] ?? '')).join('')) as AddinState;
    return Array.isArray(parsed.fills) ? parsed : { fills: [] };
  } catch {
    return { fills: [] };
  }
}
