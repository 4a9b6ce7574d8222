import { execFileSync, spawnSync } from 'child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { listWorkbook } from '../../bench/workbooks';
import { JsonReportSchema } from '../../src/core/report/json';

/**
 * The command as users run it: the one-file bundle (package.json `bin`, built by
 * scripts/build-cli.mjs), started by node without a TypeScript loader, as separate processes.
 */
const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'build', 'cli', 'jixiaobiao-jiaoyan.cjs');
const LEGACY = join(ROOT, 'test', 'fixtures', 'legacy');

function command(...args: string[]) {
  return spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT });
}, 120_000);

describe('the bundled command', () => {
  it('is the package bin, and with no file checks the bundled sample', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'jixiaobiao-jiaoyan': 'build/cli/jixiaobiao-jiaoyan.cjs' });
    const res = command('--format', 'json');
    expect(res.status).toBe(1);
    const report = JsonReportSchema.parse(JSON.parse(res.stdout));
    expect(report.files[0].file).toMatch(/assets[\\/]samples[\\/]sample\.xlsx$/);
    expect(report.files[0].summary.projects).toBeGreaterThan(20);
  });

  it('--version names the command and the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(command('--version')).toMatchObject({ status: 0, stdout: `jixiaobiao-jiaoyan ${pkg.version}\n` });
  });

  it('`npm run -s check -- --format json FILE` prints exactly one JSON document', () => {
    const res = spawnSync('npm', ['run', '-s', 'check', '--', '--format', 'json', 'assets/samples/gaoxin-forms.xlsx'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(JsonReportSchema.parse(JSON.parse(res.stdout)).files[0].projects).toHaveLength(9);
  });

  it('`npm run check -- FILE` reads paths from the folder it is typed in', () => {
    const res = spawnSync('npm', ['run', '-s', 'check', '--', '--format', 'json', 'gaoxin-forms.xlsx'], {
      cwd: join(ROOT, 'assets', 'samples'),
      encoding: 'utf8',
    });
    expect(JsonReportSchema.parse(JSON.parse(res.stdout)).files[0].projects).toHaveLength(9);
  });

  it('reaches the writer and the legacy reader only through dynamic imports (evaluated when used)', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'build', 'cli', 'meta.json'), 'utf8')) as {
      inputs: Record<string, { imports: { path: string; kind: string }[] }>;
    };
    const reached = new Set<string>();
    const stack = ['src/cli/main.ts'];
    while (stack.length > 0) {
      const input = stack.pop()!;
      if (reached.has(input)) continue;
      reached.add(input);
      for (const i of meta.inputs[input]?.imports ?? []) if (i.kind !== 'dynamic-import') stack.push(i.path);
    }
    const statically = [...reached];
    expect(statically).toContain('src/xlsx/read.ts');
    // The writer (src/xlsx/annotate, but its error messages) and SheetJS only through dynamic imports.
    expect(
      statically.filter((p) => /@e965|jszip|src\/xlsx\/legacy\.ts|src\/xlsx\/annotate\/(?!errors\.ts)/.test(p)),
    ).toEqual([]);
    expect(statically).toContain('src/xlsx/annotate/errors.ts');
  });

  it('--jobs 2 checks on worker threads and reports in the same order as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jxb-jobs-'));
    for (const f of ['sample.xls', 'gaoxin-forms.xls', 'form-plan.xls', 'self-eval.xls', 'coded-list.xls'])
      copyFileSync(join(LEGACY, f), join(dir, f));
    const one = command(dir, '--format', 'json');
    const two = command(dir, '--format', 'json', '--jobs', '2');
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(JsonReportSchema.parse(JSON.parse(two.stdout)).files).toHaveLength(5);
  });

  it('a FIFO or a device named .xlsx is refused at once, never read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jxb-fifo-'));
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const res = command(fifo, '/dev/zero', '--lang', 'en');
    expect(res.status).toBe(2);
    expect(res.stdout).toContain(`${fifo}: cannot be read — Not a regular file (a device, pipe or socket); not read`);
    expect(res.stdout).toContain('/dev/zero: cannot be read — Not a regular file');
  });

  it('writes a large report to a file exactly as to a pipe (past 1 MB on a writer thread)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jxb-stdout-'));
    const list = join(dir, 'list-2000.xlsx');
    writeFileSync(list, Buffer.from((await listWorkbook(2000).xlsx.writeBuffer()) as ArrayBuffer));
    const piped = spawnSync(process.execPath, [BUNDLE, list, '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 2 ** 28,
    });
    const file = join(dir, 'report.json');
    const fd = openSync(file, 'w');
    const toFile = spawnSync(process.execPath, [BUNDLE, list, '--format', 'json'], {
      cwd: ROOT,
      stdio: ['ignore', fd, 'pipe'],
    });
    closeSync(fd);
    expect(toFile.status).toBe(piped.status);
    const written = readFileSync(file, 'utf8');
    expect(written.length).toBeGreaterThan(2 ** 20);
    expect(written).toBe(piped.stdout);
  }, 60_000);

  (existsSync('/proc/self') ? it : it.skip)(
    '--out below /proc is refused at once (Node 20 spins in its own recursive mkdir there)',
    () => {
      const res = command(join(LEGACY, 'form-plan.xls'), '--out', '/proc/jxb-no-such-folder', '--lang', 'en');
      expect(res.status).toBe(2);
      expect(res.stderr).toContain('no copy written');
    },
  );

  it('--out writes copies from the bundle too (the writer loads when asked for)', () => {
    const out = mkdtempSync(join(tmpdir(), 'jxb-out-'));
    mkdirSync(out, { recursive: true });
    const res = command(join(LEGACY, 'form-plan.xls'), '--out', out, '--lang', 'en');
    expect(res.stderr).toContain(
      `Written: ${join(out, 'form-plan.xlsx')} (the input is a legacy .xls/.et; its copy is an .xlsx)`,
    );
    expect(readFileSync(join(out, 'form-plan.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
