import { existsSync, readdirSync, statSync } from 'fs';
import { basename, join, resolve } from 'path';

/** The bundled sample the CLI checks when given no file (resolved from the repo, not the cwd). */
export const DEFAULT_SAMPLE = resolve(__dirname, '..', '..', 'assets', 'samples', 'sample.xlsx');

/** Files to check: each argument as a file, or every .xlsx in it when it is a folder. */
export function expandInputs(inputs: string[]): string[] {
  if (inputs.length === 0) return [DEFAULT_SAMPLE];
  return inputs.flatMap((input) => {
    if (existsSync(input) && statSync(input).isDirectory()) {
      return readdirSync(input)
        .filter((f) => f.toLowerCase().endsWith('.xlsx') && !f.startsWith('~$'))
        .sort()
        .map((f) => join(input, f));
    }
    return [input];
  });
}

/** Where the annotated copy of `file` goes; refuses to overwrite the input itself. */
export function outputPath(file: string, outDir: string): string {
  const target = resolve(outDir, basename(file));
  if (target === resolve(file))
    throw new Error(
      `输出会覆盖原文件 ${file}，请换一个 --out 目录 / refusing to overwrite the input ${file}; choose another --out folder`,
    );
  return target;
}
