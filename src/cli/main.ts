#!/usr/bin/env node
/**
 * Command line: check workbooks (.xlsx, .xlsm, .xltx, .xls, .et) or folders of them, print a text,
 * JSON or NDJSON report as it goes, optionally write annotated copies and a batch summary.
 * Stateless per file, so a province splits its folders over whatever job runner it has (docs/CLI.md).
 */
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { loadProfile, ProfileError } from './profile';
import { emptyTotals, addToTotals } from '../core/report/text';
import type { Profile } from '../core/profile';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { summaryRows, writeSummaryCsv, type SummaryRow } from './batchSummary';
import { checkFile, type FileOutcome } from './checkFile';
import { expandInputs } from './inputs';
import { CLI_MESSAGES } from './messages';
import { checkInWorkers, type WorkerSetup } from './pool';
import { makeReporter, type Out } from './report';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNUSABLE = 2;

/**
 * Run the command. `out` takes raw stdout chunks (the report), `err` whole stderr lines; `script`
 * is the file `--jobs` starts its workers from (this command's own file).
 */
export async function run(argv: string[], out: Out, err: (line: string) => void, script = __filename): Promise<number> {
  let opts: CliOptions;
  let profile: Profile;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      out(`${USAGE}\n`);
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
  // JSON and NDJSON keep stdout for the document: what people should read goes to stderr, once.
  const machine = opts.format !== 'text';
  const reporter = makeReporter(opts.format, opts.lang, out, err);
  for (const s of skipped) {
    reporter.skipped(s.path, s.reason);
    if (machine) err(m.skipped(s.path, m.reasons[s.reason]));
  }
  const totals = emptyTotals();
  totals.skipped = skipped.length;
  const summary: SummaryRow[] = [];
  const report = (o: FileOutcome) => {
    reporter.file(o.json);
    addToTotals(totals, o.json);
    if (o.json.error && machine)
      err(m.unreadable(o.json.file, opts.lang === 'zh' ? o.json.error.message : o.json.error.messageEn));
    if (o.copy)
      reporter.note(
        o.copy.convertedFrom ? m.copyConverted(o.copy.path, o.copy.convertedFrom) : m.copyWritten(o.copy.path),
      );
    // A loop, not push(...rows): a district list has more rows than a call's arguments may be.
    if (opts.summary) for (const row of summaryRows(o.json, opts.lang)) summary.push(row);
  };
  const checkOpts = { out: opts.out, selfEval: opts.selfEval, lang: opts.lang };
  if (opts.jobs > 1 && files.length > 1)
    await checkInWorkers(files, opts.jobs, script, { opts: checkOpts, profile }, report);
  else for (const file of files) report(await checkFile(file, checkOpts, profile));
  if (opts.summary && totals.checked + totals.unreadable > 0) {
    try {
      if (/\.csv$/i.test(opts.summary)) writeSummaryCsv(opts.summary, summary, opts.lang);
      else await (await import('./summaryXlsx')).writeSummaryXlsx(opts.summary, summary, opts.lang);
      reporter.note(m.summaryWritten(opts.summary, summary.length));
    } catch (e) {
      err(m.writeFailed(opts.summary, (e as Error).message));
      totals.unreadable++;
    }
  }
  reporter.end(totals);
  if (totals.checked === 0) {
    err(m.nothingChecked);
    return EXIT_UNUSABLE;
  }
  if (totals.unreadable > 0) return EXIT_UNUSABLE;
  return totals.error > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** A worker of `--jobs`: checks each file it is sent and sends the outcome back. */
function serveAsWorker(setup: WorkerSetup): void {
  parentPort!.on('message', (file: string) => {
    void checkFile(file, setup.opts, setup.profile).then((outcome) => parentPort!.postMessage(outcome));
  });
}

if (!isMainThread && (workerData as WorkerSetup | undefined)?.role === 'jixiaobiao-check') {
  serveAsWorker(workerData as WorkerSetup);
} else if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly rather than crash on the next write.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw e;
  });
  run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(`${s}\n`),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`内部错误 / internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
