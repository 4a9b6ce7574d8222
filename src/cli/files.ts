import { existsSync, readdirSync, statSync } from 'fs';
import { join, resolve } from 'path';

/** The bundled sample the CLI checks when given no file (resolved from the repo, not the cwd). */
export const DEFAULT_SAMPLE = resolve(__dirname, '..', '..', 'assets', 'samples', 'sample.xlsx');

/** Files to check: each argument as a file, or every .xlsx/.xlsm in it when it is a folder. */
export function expandInputs(inputs: string[]): string[] {
  if (inputs.length === 0) return [DEFAULT_SAMPLE];
  return inputs.flatMap((input) => {
    if (existsSync(input) && statSync(input).isDirectory()) {
      return readdirSync(input)
        .filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith('~$'))
        .sort()
        .map((f) => join(input, f));
    }
    return [input];
  });
}
