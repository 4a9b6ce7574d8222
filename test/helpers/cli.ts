import { execFileSync } from 'child_process';
import { join } from 'path';
import { run } from '../../src/cli/main';

const ROOT = join(__dirname, '..', '..');
/** The built command (scripts/build-cli.mjs): what worker threads run, since they start without a TypeScript loader. */
export const BUNDLE = join(ROOT, 'build', 'cli', 'jixiaobiao-jiaoyan.cjs');

let built = false;

/** Build the command when its sources changed since the last build. */
export function buildCommand(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT });
  built = true;
}

/** Run the CLI in-process, capturing stdout (raw chunks) and stderr (lines); workers run the built command. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  buildCommand();
  let out = '';
  let err = '';
  const code = await run(
    argv,
    (s) => (out += s),
    (s) => (err += `${s}\n`),
    BUNDLE,
  );
  return { code, out, err };
}
