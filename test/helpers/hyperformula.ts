import { HyperFormula } from 'hyperformula';
import { parseAddress } from '../../src/core/grid/address';
import type { SheetSpec } from '../../src/core/sheetSpec';

/** Load a SheetSpec into an independent formula engine (HyperFormula) to compute its formulas. */
export function evaluateSpec(spec: SheetSpec): {
  hf: HyperFormula;
  sheet: number;
  value: (a1: string) => unknown;
  set: (a1: string, v: unknown) => void;
} {
  const rows: unknown[][] = [];
  for (const c of spec.cells) {
    const { row, col } = parseAddress(c.cell);
    rows[row] ??= [];
    rows[row][col] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const hf = HyperFormula.buildFromSheets({ s: rows as (string | number | null)[][] }, { licenseKey: 'gpl-v3' });
  const sheet = hf.getSheetId('s')!;
  const at = (a1: string) => ({ sheet, ...parseAddress(a1) });
  return {
    hf,
    sheet,
    value: (a1) => hf.getCellValue({ sheet, row: at(a1).row, col: at(a1).col }),
    set: (a1, v) => hf.setCellContents({ sheet, row: at(a1).row, col: at(a1).col }, [[v as string | number | null]]),
  };
}
