import type { Lang } from '../core/lang';
import type { JsonFile } from '../core/report/json';
import { fileTextLines, totalsLine, type ReportTotals } from '../core/report/text';
import type { ReportFormat } from './args';
import type { SkipReason } from './inputs';
import { CLI_MESSAGES } from './messages';

/**
 * The report as it is produced, file by file: nothing holds the whole report, so its size is
 * bounded by one workbook, not by the run. Each writer gets stdout (`out`, raw chunks) and
 * stderr (`note`, whole lines) and prints every message once, in the chosen language; JSON and
 * NDJSON keep stdout for the document alone.
 */
export interface Reporter {
  skipped(path: string, reason: SkipReason): void;
  file(file: JsonFile): void;
  /** A line for people (a copy written, a summary written). */
  note(line: string): void;
  end(totals: ReportTotals): void;
}

export type Out = (chunk: string) => void;

/** Collects small strings into chunks of about 1 MB before writing: one write per finding would be slow, one string per report unbounded. */
class Chunked {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: Out) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.size === 0 && this.parts.length === 0) return;
    this.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

function skipJson(path: string, reason: SkipReason) {
  return { path, reason, message: CLI_MESSAGES.zh.reasons[reason], messageEn: CLI_MESSAGES.en.reasons[reason] };
}

/** A file entry of the JSON contract written in pieces: its head, then each project, self-evaluation and finding. */
function writeFileJson(sink: Chunked, file: JsonFile, head = ''): void {
  const { projects, selfEvaluations, findings, ...rest } = file;
  sink.write(head + JSON.stringify(rest).slice(0, -1));
  const list = (key: string, items: readonly unknown[]) => {
    sink.write(`,"${key}":[`);
    items.forEach((item, i) => sink.write((i > 0 ? ',' : '') + JSON.stringify(item)));
    sink.write(']');
  };
  list('projects', projects);
  list('selfEvaluations', selfEvaluations);
  list('findings', findings);
  sink.write('}');
}

class TextReporter implements Reporter {
  private readonly sink: Chunked;

  constructor(
    out: Out,
    private readonly lang: Lang,
  ) {
    this.sink = new Chunked(out);
  }

  skipped(path: string, reason: SkipReason): void {
    const m = CLI_MESSAGES[this.lang];
    this.sink.write(`${m.skipped(path, m.reasons[reason])}\n`);
  }

  file(file: JsonFile): void {
    for (const line of fileTextLines(file, this.lang)) this.sink.write(`${line}\n`);
    this.sink.flush();
  }

  note(line: string): void {
    this.sink.write(`${line}\n`);
  }

  end(totals: ReportTotals): void {
    this.sink.write(`\n${totalsLine(totals, this.lang)}\n`);
    this.sink.flush();
  }
}

/** One JSON document, `{"files":[…],"skipped":[…],"totals":{…}}`, compact, written as each file is checked. */
class JsonReporter implements Reporter {
  private readonly sink: Chunked;
  private files = 0;
  private readonly skips: ReturnType<typeof skipJson>[] = [];

  constructor(
    out: Out,
    private readonly noteLine: (line: string) => void,
  ) {
    this.sink = new Chunked(out);
    this.sink.write('{"files":[');
  }

  skipped(path: string, reason: SkipReason): void {
    this.skips.push(skipJson(path, reason));
  }

  file(file: JsonFile): void {
    writeFileJson(this.sink, file, this.files++ > 0 ? ',' : '');
    this.sink.flush();
  }

  note(line: string): void {
    this.noteLine(line);
  }

  end(totals: ReportTotals): void {
    this.sink.write(`],"skipped":${JSON.stringify(this.skips)},"totals":${JSON.stringify(totals)}}\n`);
    this.sink.flush();
  }
}

/**
 * One JSON object per line: `{"type":"file",…}` (the file entry without its lists), then a
 * `project`, `selfEvaluation` and `finding` line for each, each naming its `file`; `skipped`
 * lines; a closing `totals` line.
 */
class NdjsonReporter implements Reporter {
  private readonly sink: Chunked;

  constructor(
    out: Out,
    private readonly noteLine: (line: string) => void,
  ) {
    this.sink = new Chunked(out);
  }

  skipped(path: string, reason: SkipReason): void {
    this.sink.write(`${JSON.stringify({ type: 'skipped', ...skipJson(path, reason) })}\n`);
  }

  file(file: JsonFile): void {
    const { projects, selfEvaluations, findings, ...rest } = file;
    const line = (type: string, item: object) =>
      this.sink.write(`${JSON.stringify({ type, file: file.file, ...item })}\n`);
    this.sink.write(`${JSON.stringify({ type: 'file', ...rest })}\n`);
    for (const p of projects) line('project', p);
    for (const e of selfEvaluations) line('selfEvaluation', e);
    for (const f of findings) line('finding', f);
    this.sink.flush();
  }

  note(line: string): void {
    this.noteLine(line);
  }

  end(totals: ReportTotals): void {
    this.sink.write(`${JSON.stringify({ type: 'totals', ...totals })}\n`);
    this.sink.flush();
  }
}

export function makeReporter(format: ReportFormat, lang: Lang, out: Out, note: (line: string) => void): Reporter {
  if (format === 'json') return new JsonReporter(out, note);
  if (format === 'ndjson') return new NdjsonReporter(out, note);
  return new TextReporter(out, lang);
}
