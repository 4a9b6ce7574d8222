/**
 * The whole-process part of `npm run bench`: the command as users run it (the bundled
 * build/cli/jixiaobiao-jiaoyan.cjs, a fresh node process per run: start-up, reading, checking and
 * the report written to a file) beside a process that only parses the same files with exceljs, and
 * one with SheetJS, in the same run. Wall time and peak resident memory of each process.
 */
import { execFileSync, spawn } from 'child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { sampleWorkbooks } from '../scripts/samples/workbooks';
import { listWorkbook } from './workbooks';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'build', 'cli', 'jixiaobiao-jiaoyan.cjs');
const PEAK = join(__dirname, 'peak.cjs');

/** Runs of each small case (median); the 100,000- and 200,000-project cases run once. */
const ROUNDS = Number(process.env.BENCH_PROCESS_ROUNDS ?? 5);
/** Project counts of the large list cases (BENCH_PROCESS_LARGE=0 skips them: they take minutes). */
const LARGE = (process.env.BENCH_PROCESS_LARGE ?? '100000,200000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

export interface ProcessRow {
  case: string;
  runs: number;
  /** Median wall time (s) and peak resident memory (MB) of each process. */
  cli: { s: number; mb: number };
  exceljs: { s: number; mb: number };
  sheetjs: { s: number; mb: number };
  /** CLI exit code (1: errors found, the usual outcome). */
  cliExit: number | null;
  /** Size of the CLI's report (MB), and whether its JSON parsed as one document with one file (null: a text report, or JSON too large for one JavaScript string, not parsed here). */
  reportMB: number;
  reportValid: boolean | null;
}

interface Measured {
  s: number;
  mb: number;
  code: number | null;
}

/** One process: wall time from spawn to exit, peak memory as the process itself reports it at exit (bench/peak.cjs). */
function runOnce(args: string[], stdout: string): Promise<Measured> {
  const peakFile = join(tmpdir(), `jxb-peak-${process.pid}-${Math.random().toString(36).slice(2)}`);
  // Straight into a file: the bench process holds none of a 800 MB report.
  const fd = openSync(stdout, 'w');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--require', PEAK, ...args], {
      cwd: ROOT,
      env: { ...process.env, BENCH_PEAK_FILE: peakFile },
      stdio: ['ignore', fd, 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const s = (performance.now() - t0) / 1000;
      closeSync(fd);
      const kb = Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop());
      rmSync(peakFile, { force: true });
      resolve({ s, mb: kb / 1024, code });
    });
  });
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1];
}

/**
 * The three processes in turns, `runs` rounds: the baselines and the CLI see the same machine state.
 * The CLI writes its report in `format` (JSON unless said: the largest output).
 */
async function measure(
  name: string,
  inputs: string[],
  runs: number,
  work: string,
  format: 'json' | 'text' = 'json',
): Promise<ProcessRow> {
  const out = join(work, `report.${format}`);
  const none = join(work, 'stdout');
  const times: Record<'cli' | 'exceljs' | 'sheetjs', Measured[]> = { cli: [], exceljs: [], sheetjs: [] };
  for (let i = 0; i < runs; i++) {
    times.cli.push(await runOnce([BUNDLE, '--format', format, ...inputs], out));
    times.exceljs.push(await runOnce([join(__dirname, 'parse-exceljs.mjs'), ...inputs], none));
    times.sheetjs.push(await runOnce([join(__dirname, 'parse-sheetjs.mjs'), ...inputs], none));
  }
  const pick = (ms: Measured[]) => ({ s: median(ms.map((m) => m.s)), mb: Math.max(...ms.map((m) => m.mb)) });
  // The CLI's report must be one JSON document (checked where one string can hold it).
  const bytes = statSync(out).size;
  const reportValid =
    format !== 'json' || bytes >= 2 ** 28
      ? null
      : (JSON.parse(readFileSync(out, 'utf8')) as { files: unknown[] }).files.length >= 1;
  return {
    case: name,
    runs,
    cli: pick(times.cli),
    exceljs: pick(times.exceljs),
    sheetjs: pick(times.sheetjs),
    cliExit: times.cli[0].code,
    reportMB: bytes / 2 ** 20,
    reportValid,
  };
}

async function writeXlsx(path: string, wb: ReturnType<typeof listWorkbook>): Promise<void> {
  writeFileSync(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Every whole-process case: bundled sample (cold start), 10,000-project list, 200 small workbooks, the large lists. */
export async function measureProcesses(): Promise<ProcessRow[]> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT });
  const work = mkdtempSync(join(tmpdir(), 'jxb-bench-'));
  const rows: ProcessRow[] = [];
  try {
    const sample = join(ROOT, 'assets', 'samples', 'sample.xlsx');
    rows.push(await measure('bundled sample (cold start)', [sample], ROUNDS, work));
    const list = join(work, 'list-10000.xlsx');
    await writeXlsx(list, listWorkbook(10_000));
    rows.push(await measure('10,000-project list', [list], ROUNDS, work));
    rows.push(await measure('10,000-project list, text report (the default)', [list], ROUNDS, work, 'text'));
    // 200 small workbooks: the bundled samples' layouts, each copy a file of its own.
    const folder = join(work, 'folder');
    mkdirSync(folder);
    const samples = Object.entries(sampleWorkbooks({ merged: true }));
    for (let i = 0; i < 200; i++) {
      const [name, wb] = samples[i % samples.length];
      await writeXlsx(join(folder, `${String(i).padStart(3, '0')}-${name}`), wb);
    }
    rows.push(await measure('folder of 200 small workbooks', [folder], ROUNDS, work));
    for (const n of LARGE) {
      const big = join(work, `list-${n}.xlsx`);
      await writeXlsx(big, listWorkbook(n));
      rows.push(await measure(`${n.toLocaleString('en-US')}-project list`, [big], 1, work));
      rmSync(big);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

/** The table the README shows: the CLI's time and memory, and both as ratios to each parse-only process. */
export function printProcesses(rows: ProcessRow[]): void {
  console.log(
    '\nWhole process (separate node processes; median of the runs; peak = resident memory; CLI: --format json to a file unless said):\ncase | CLI s | CLI peak MB | exceljs parse s | peak MB | SheetJS parse s | peak MB | CLI ÷ exceljs | CLI ÷ SheetJS | report MB',
  );
  for (const r of rows)
    console.log(
      [
        r.case,
        r.cli.s.toFixed(2),
        r.cli.mb.toFixed(0),
        r.exceljs.s.toFixed(2),
        r.exceljs.mb.toFixed(0),
        r.sheetjs.s.toFixed(2),
        r.sheetjs.mb.toFixed(0),
        (r.cli.s / r.exceljs.s).toFixed(2),
        (r.cli.s / r.sheetjs.s).toFixed(2),
        `${r.reportMB.toFixed(0)}${r.reportValid === false ? ' (INVALID)' : ''}`,
      ].join(' | '),
    );
}
