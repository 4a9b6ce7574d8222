/**
 * Command line: check workbooks (.xlsx, .xlsm, .xltx, .xls, .et) or folders of them, print a text,
 * JSON or NDJSON report as it goes, optionally write annotated copies and a batch summary.
 * Stateless per file, so a province splits its folders over whatever job runner it has (docs/CLI.md).
 */
import { readFileSync, statSync } from 'fs';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import type { Profile } from '../core/profile';
import type { JsonFile } from '../core/report/json';
import { addToTotals, emptyTotals } from '../core/report/text';
import { writeFailure } from '../xlsx/annotate/errors';
import { XlsxReadError } from '../xlsx/errors';
import { zipEntries } from '../xlsx/zip';
import { version } from '../../package.json';
import { COMMAND, parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { writeSummaryCsv, type SummaryRow } from './batchSummary';
import { describeReadFailure, type CheckOptions, type FileDone } from './checkFile';
import { expandInputs } from './inputs';
import { CLI_MESSAGES, type CliMessages } from './messages';
import { CopyWriter, OutputRefusal } from './output';
import { loadProfile, ProfileError } from './profile';
import { RunReport, type Out } from './report';
import { useNodeZip } from './nodeZip';
import { openStdout } from './stdout';
import { checkInOrder, inThisThread, onWorker, serveAsWorker, type WorkerSetup } from './workers';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNUSABLE = 2;

/**
 * Files from this size on (or zips that unpack to this much sheet data) are checked on a worker
 * thread even without --jobs, under the --max-memory limit: a district list's check takes
 * hundreds of MB, and one too large for the limit must end as a report line, not as the whole run
 * out of memory. Smaller ones are checked in this thread and pay no worker start-up.
 */
const HEAVY_FILE_BYTES = 4 * 2 ** 20;
const HEAVY_UNPACKED_BYTES = 32 * 2 ** 20;

function isHeavy(file: string): boolean {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return false;
    if (stat.size >= HEAVY_FILE_BYTES) return true;
    // A small zip can unpack to a lot: its directory says how much.
    let unpacked = 0;
    for (const entry of zipEntries(readFileSync(file))) unpacked += entry.size;
    return unpacked >= HEAVY_UNPACKED_BYTES;
  } catch {
    // Not a zip, or unreadable: checking it says why, in this thread.
    return false;
  }
}

/**
 * Run the command. `out` takes raw stdout chunks (the report), `err` whole stderr lines; `script`
 * is the file worker threads start from: the command's entry (which runs this file with its code
 * cache), or this file when it was started directly.
 */
export async function run(
  argv: string[],
  out: Out,
  err: (line: string) => void,
  script = require.main?.filename ?? __filename,
): Promise<number> {
  let opts: CliOptions;
  let profile: Profile;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      out(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (opts.version) {
      out(`${COMMAND} ${version}\n`);
      return EXIT_OK;
    }
    profile = loadProfile(opts.profile, opts.lang);
  } catch (e) {
    if (e instanceof UsageError) err(`${e.message}\n\n${USAGE}`);
    else if (e instanceof ProfileError) err(e.message);
    else throw e;
    return EXIT_UNUSABLE;
  }
  const m = CLI_MESSAGES[opts.lang];
  const { files, skipped } = expandInputs(opts.files, opts.recursive);
  // Every copy is written here, in the main thread: one writer numbers names across the whole run.
  const writer = opts.out ? new CopyWriter(opts.out, files, opts.force) : undefined;
  if (opts.clear && writer) return clearFiles(files, writer, m, err);
  const report = new RunReport(opts.format, opts.lang, out, err);
  for (const s of skipped) report.skipped(s.path, s.reason);
  const totals = emptyTotals();
  totals.skipped = skipped.length;
  const summary: SummaryRow[] = [];
  let copiesRefused = 0;
  const inLang = (t: { message: string; messageEn: string }) => (opts.lang === 'zh' ? t.message : t.messageEn);
  const onDone = (done: FileDone) => {
    const file = done.head.file;
    let copy: JsonFile['copy'];
    if (done.copy && writer) {
      try {
        if ('refused' in done.copy) throw done.copy.refused;
        const written = writer.write(file, done.copy.bytes);
        report.note(m.copyWritten(written));
        copy = { path: written.path };
      } catch (e) {
        const refused = 'messageEn' in (e as object) ? (e as Bilingual) : copyFailure(e);
        report.note(m.copyRefused(file, inLang(refused)));
        copy = { refused };
        copiesRefused++;
      }
    }
    report.endFile(file, copy);
    addToTotals(totals, done.head);
    if (done.head.error && opts.format !== 'text') err(m.unreadable(file, inLang(done.head.error)));
    // A loop, not push(...rows): a district list has more rows than a call's arguments may be.
    for (const row of done.rows) summary.push(row);
  };
  const checkOpts: CheckOptions = {
    out: opts.out,
    selfEval: opts.selfEval,
    lang: opts.lang,
    format: opts.format,
    explain: opts.explain,
    summary: Boolean(opts.summary),
  };
  // Worker checkers start their thread on their first file only.
  const worker = () => onWorker(script, { opts: checkOpts, profile }, opts.maxMemoryMb);
  const parallel = opts.jobs > 1 && files.length > 1;
  const workers = Array.from({ length: parallel ? Math.min(opts.jobs, files.length) : 1 }, worker);
  if (parallel) await checkInOrder(files, workers, report, onDone);
  else {
    const here = inThisThread(checkOpts, profile);
    await checkInOrder(files, [here], report, onDone, (file) => (isHeavy(file) ? workers[0] : here));
  }
  await Promise.all(workers.map((c) => c.close()));
  // The summary not written makes the run fail (exit 2), but no input was unreadable.
  let summaryFailed = false;
  if (opts.summary && totals.checked + totals.unreadable > 0) {
    try {
      if (/\.csv$/i.test(opts.summary)) writeSummaryCsv(opts.summary, summary, opts.lang);
      else (await import('./summaryXlsx')).writeSummaryXlsx(opts.summary, summary, opts.lang);
      report.note(m.summaryWritten(opts.summary, summary.length));
    } catch (e) {
      err(m.writeFailed(opts.summary, (e as Error).message));
      summaryFailed = true;
    }
  }
  report.end(totals);
  if (totals.checked === 0) {
    err(m.nothingChecked);
    return EXIT_UNUSABLE;
  }
  if (totals.unreadable > 0 || copiesRefused > 0 || summaryFailed) return EXIT_UNUSABLE;
  return totals.error > 0 ? EXIT_ERRORS : EXIT_OK;
}

type Bilingual = { message: string; messageEn: string };

/** Why a copy (or a cleared one) was not written: refused by the output, an unreadable input, or the writer's reason. */
function copyFailure(e: unknown): Bilingual {
  if (e instanceof OutputRefusal) return { message: e.zh, messageEn: e.en };
  if (e instanceof XlsxReadError || (e as NodeJS.ErrnoException)?.code) return describeReadFailure(e);
  const { zh, en } = writeFailure(e);
  return { message: zh, messageEn: en };
}

/** --clear: each input written to --out without our annotations. Returns the exit code. */
async function clearFiles(
  files: string[],
  writer: CopyWriter,
  m: CliMessages,
  err: (line: string) => void,
): Promise<number> {
  let failed = false;
  for (const file of files) {
    try {
      const { clearAnnotatedXlsx } = await import('../xlsx/annotate');
      err(m.copyWritten(writer.write(file, await clearAnnotatedXlsx(readFileSync(file)))));
    } catch (e) {
      const why = copyFailure(e);
      err(m.copyRefused(file, m === CLI_MESSAGES.zh ? why.message : why.messageEn));
      failed = true;
    }
  }
  return failed ? EXIT_UNUSABLE : EXIT_OK;
}

// In the main thread and in workers alike.
useNodeZip();

if (!isMainThread && (workerData as WorkerSetup | undefined)?.role === 'jixiaobiao-check') {
  serveAsWorker(parentPort!, workerData as WorkerSetup);
} else if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly rather than crash on the next write.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw e;
  });
  // `npm run check -- file` runs in the package's folder; paths are meant from where it was typed.
  if (process.env.npm_lifecycle_event === 'check' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const stdout = openStdout();
  run(
    process.argv.slice(2),
    (s) => stdout.write(s),
    (s) => process.stderr.write(`${s}\n`),
  )
    .catch((e: unknown) => {
      process.stderr.write(`内部错误 / internal error: ${(e as Error).stack ?? e}\n`);
      return EXIT_UNUSABLE;
    })
    // Whatever happened, the report's writer finishes (and ends its thread) before the exit code is set.
    .then(async (code) => {
      try {
        await stdout.close();
        process.exitCode = code;
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = EXIT_UNUSABLE;
      }
    });
}
