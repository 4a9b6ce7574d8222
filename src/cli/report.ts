import type { Lang } from '../core/lang';
import type { FileReport, JsonFile } from '../core/report/json';
import { fileTextLines, totalsLine, type ReportTotals } from '../core/report/text';
import type { ReportFormat } from './args';
import type { SkipReason } from './inputs';
import { CLI_MESSAGES } from './messages';

/**
 * The report as it is produced, file by file: nothing holds the whole report, so its size is
 * bounded by one workbook, not by the run. A file's part is rendered where it was checked (a
 * worker thread renders its own), the run's frame — separators, skipped paths, totals — by the
 * main thread. Every message is printed once, in the chosen language. Stdout holds the report
 * alone; what people should read besides (copies written; with JSON and NDJSON also skipped paths
 * and unreadable files, which the text report shows) goes to stderr.
 */
export type Out = (chunk: string) => void;

/**
 * About how much text is gathered before it is written: 32 K characters, under V8's large-object
 * size (128 KB) even as UTF-16. Each chunk is garbage once written; small ones die in the young
 * generation, where collecting them is cheap, while large ones would pile up in the old one until a
 * full collection (a 200,000-project report: hundreds of MB of spent chunks on top of the model).
 */
const CHUNK = 1 << 15;

/** Joins small strings into chunks: one write per finding would be slow, one string per report unbounded. */
class Chunks {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly emit: (chunk: string) => void) {}

  write(s: string): void {
    // A piece as large as a chunk goes out by itself, not copied into a joined one.
    if (s.length >= CHUNK) {
      this.flush();
      this.emit(s);
      return;
    }
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.emit(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** A JSON array's items, without brackets, one JSON.stringify each (a project's is a few KB: no large strings). */
function writeItems(out: Chunks, items: Iterable<unknown>): void {
  let first = true;
  for (const item of items) {
    if (!first) out.write(',');
    out.write(JSON.stringify(item));
    first = false;
  }
}

function writeJson(out: Chunks, report: FileReport): void {
  out.write(JSON.stringify(report.head).slice(0, -1));
  out.write(',"projects":[');
  writeItems(out, report.projects());
  out.write('],"selfEvaluations":[');
  writeItems(out, report.selfEvaluations);
  out.write('],"findings":[');
  writeItems(out, report.findings);
  out.write(']');
}

/**
 * NDJSON lines of a file: `{"type":"file",…}` (the entry without its lists), then a `project`,
 * `selfEvaluation` and `finding` line for each, each naming its `file`.
 */
function writeNdjson(out: Chunks, report: FileReport): void {
  const file = report.head.file;
  out.write(`${JSON.stringify({ type: 'file', ...report.head })}\n`);
  for (const p of report.projects()) out.write(`${JSON.stringify({ type: 'project', file, ...p })}\n`);
  for (const e of report.selfEvaluations) out.write(`${JSON.stringify({ type: 'selfEvaluation', file, ...e })}\n`);
  for (const f of report.findings) out.write(`${JSON.stringify({ type: 'finding', file, ...f })}\n`);
}

/** One file's part of the report in the format, handed to `emit` in chunks (JSON: the file's object, without a separator, left open). */
export function renderFile(report: FileReport, format: ReportFormat, lang: Lang, emit: (chunk: string) => void): void {
  const out = new Chunks(emit);
  if (format === 'json') writeJson(out, report);
  else if (format === 'ndjson') writeNdjson(out, report);
  else for (const line of fileTextLines(report, lang)) out.write(`${line}\n`);
  out.flush();
}

function skipJson(path: string, reason: SkipReason) {
  return { path, reason, message: CLI_MESSAGES.zh.reasons[reason], messageEn: CLI_MESSAGES.en.reasons[reason] };
}

/**
 * The run's frame around the files' parts: in JSON `{"files":[` … `],"skipped":[…],"totals":{…}}`;
 * in NDJSON `skipped` lines and a closing `totals` line; in text, skipped paths first and the
 * totals line last. Notes (a copy written) go into the text report, or to stderr.
 */
export class RunReport {
  private files = 0;
  private readonly skips: ReturnType<typeof skipJson>[] = [];
  private readonly m;

  constructor(
    private readonly format: ReportFormat,
    private readonly lang: Lang,
    private readonly out: Out,
    private readonly err: (line: string) => void,
  ) {
    this.m = CLI_MESSAGES[lang];
    if (format === 'json') out('{"files":[');
  }

  skipped(path: string, reason: SkipReason): void {
    const line = this.m.skipped(path, this.m.reasons[reason]);
    if (this.format === 'text') this.out(`${line}\n`);
    else {
      this.err(line);
      if (this.format === 'json') this.skips.push(skipJson(path, reason));
      else this.out(`${JSON.stringify({ type: 'skipped', ...skipJson(path, reason) })}\n`);
    }
  }

  /** Called before a file's chunks are written. */
  beginFile(): void {
    if (this.format === 'json' && this.files > 0) this.out(',');
    this.files++;
  }

  chunk(text: string): void {
    this.out(text);
  }

  /** Called after a file's chunks: where its copy went (--out), which closes its JSON object or makes an NDJSON line. */
  endFile(file: string, copy: JsonFile['copy']): void {
    if (this.format === 'json') this.out(copy ? `,"copy":${JSON.stringify(copy)}}` : '}');
    else if (this.format === 'ndjson' && copy) this.out(`${JSON.stringify({ type: 'copy', file, ...copy })}\n`);
  }

  /** A line for people (a copy written, a summary written): on stderr, so stdout holds the report alone. */
  note(line: string): void {
    this.err(line);
  }

  end(totals: ReportTotals): void {
    if (this.format === 'json')
      this.out(`],"skipped":${JSON.stringify(this.skips)},"totals":${JSON.stringify(totals)}}\n`);
    else if (this.format === 'ndjson') this.out(`${JSON.stringify({ type: 'totals', ...totals })}\n`);
    else this.out(`\n${totalsLine(totals, this.lang)}\n`);
  }
}
