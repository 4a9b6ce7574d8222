// Builds the command line into one JavaScript file, build/cli/jixiaobiao-jiaoyan.cjs (package.json
// `bin`), with esbuild: no TypeScript loader at start-up, and the writer (exceljs) and the legacy
// reader (SheetJS) in the same file but only evaluated when a copy is written or an .xls is read.
// `--if-stale` builds only when a source file, the lockfile or this script is newer than the
// bundle (npm run check runs it first). Also writes build/cli/meta.json, esbuild's import graph. Prints nothing on stdout: `npm run -s check -- --format
// json` must print one JSON document.
import { build } from 'esbuild';
import process from 'node:process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'build', 'cli', 'jixiaobiao-jiaoyan.cjs');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function stale() {
  let built;
  try {
    built = statSync(outfile).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [join(root, 'src'), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];
  return inputs.some((p) => newest(p) > built);
}

if (!process.argv.includes('--if-stale') || stale()) {
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
  });
  // What imports what, and how (static or dynamic): a test checks the writer is reached only dynamically.
  writeFileSync(join(root, 'build', 'cli', 'meta.json'), JSON.stringify(result.metafile));
}
