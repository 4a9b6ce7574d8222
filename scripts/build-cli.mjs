// Builds the command line into one bundled JavaScript file, build/cli/engine.cjs, with esbuild: no
// TypeScript loader at start-up, and the writer and the legacy reader (SheetJS) in the same file
// but only evaluated when a copy is written or an .xls is read. The package `bin`,
// build/cli/jixiaobiao-jiaoyan.cjs, is scripts/cli-loader.cjs: it runs the engine with the V8 code
// cache made here by checking the bundled sample once (engine.cjs.cache).
// `--if-stale` builds only when a source file, the lockfile or this script is newer than the
// bundle (npm run check runs it first). Also writes build/cli/meta.json, esbuild's import graph. Prints nothing on stdout: `npm run -s check -- --format
// json` must print one JSON document.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { copyFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'build', 'cli', 'engine.cjs');
const loaderSource = join(root, 'scripts', 'cli-loader.cjs');
const bin = join(root, 'build', 'cli', 'jixiaobiao-jiaoyan.cjs');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function stale() {
  let built;
  try {
    built = Math.min(statSync(outfile).mtimeMs, statSync(bin).mtimeMs, statSync(`${outfile}.cache`).mtimeMs);
  } catch {
    return true;
  }
  const inputs = [join(root, 'src'), join(root, 'package-lock.json'), fileURLToPath(import.meta.url), loaderSource];
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
  copyFileSync(loaderSource, bin);
  // The code cache: the command run once on the bundled sample, its output discarded.
  rmSync(`${outfile}.cache`, { force: true });
  try {
    execFileSync(process.execPath, [bin, '--lang', 'en'], {
      cwd: root,
      env: { ...process.env, JXB_WRITE_CODE_CACHE: '1' },
      stdio: 'ignore',
    });
  } catch (e) {
    // Exit 1 (the sample has errors) is the expected outcome; the cache is written at exit either way.
    if (e.status !== 1) throw e;
  }
}
