import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
import { checkRecognized, recognizeForCheck, type CheckResult, type Recognized } from '../core/engine';
import type { Profile } from '../core/profile';
import { fileReport, unreadableFileReport, type FileReport, type JsonFileHead } from '../core/report/json';
import { writeFailure } from '../xlsx/annotate/errors';
import { XlsxReadError } from '../xlsx/errors';
import { readWorkbook } from '../xlsx/read';
import type { CliOptions } from './args';
import { summaryRows, type SummaryRow } from './batchSummary';
import { renderFile } from './report';

/** The annotated copy asked for (--out): its bytes, or why it could not be made (both languages). */
export type MadeCopy = { bytes: Uint8Array } | { refused: { message: string; messageEn: string } };

/** What checking one file gives: its report, and with --out its annotated copy, not yet written. */
export interface FileOutcome {
  report: FileReport;
  copy?: MadeCopy;
}

/**
 * What the run needs of a checked file besides its part of the report: totals, summary rows,
 * and the copy to write (the main thread writes every copy: one writer numbers names across the run).
 */
export interface FileDone {
  head: JsonFileHead;
  copy?: MadeCopy;
  rows: SummaryRow[];
}

/** Options that checking and reporting a file need (a worker gets these, not the whole command line). */
export type CheckOptions = Pick<CliOptions, 'out' | 'selfEval' | 'lang' | 'format' | 'explain'> & { summary: boolean };

/** Largest file read: past the reader's 1 GB of unpacked sheet data no workbook is checked anyway. */
const MAX_FILE_BYTES = 2 ** 30;

/** A read failure a person can act on, in both languages. */
export function describeReadFailure(e: unknown): { message: string; messageEn: string } {
  if (e instanceof XlsxReadError) return { message: e.zh, messageEn: e.en };
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return { message: '文件不存在', messageEn: 'File not found' };
  if (err?.code === 'EISDIR') return { message: '是目录而不是文件', messageEn: 'Is a folder, not a file' };
  if (err?.code === 'EACCES' || err?.code === 'EPERM')
    return { message: '没有读取权限', messageEn: 'Permission denied' };
  return { message: `无法读取：${String(err?.message ?? e)}`, messageEn: `Cannot read: ${String(err?.message ?? e)}` };
}

class NotRegularFile extends Error {}

/**
 * The file's bytes, read only when it is a regular file of a workbook's size: a FIFO would block
 * the run forever and a device (`/dev/zero`) never ends. Opened without blocking, then checked on
 * the open descriptor, so what is checked is what is read.
 */
function readRegularFile(path: string): Uint8Array {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new NotRegularFile();
    if (stat.size > MAX_FILE_BYTES) throw new XlsxReadError('too-large');
    const bytes = new Uint8Array(stat.size);
    for (let at = 0; at < bytes.length;) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function unreadable(file: string, e: unknown): FileOutcome {
  if (e instanceof NotRegularFile)
    return {
      report: unreadableFileReport(
        file,
        '不是普通文件（是设备、管道或套接字），未读取',
        'Not a regular file (a device, pipe or socket); not read',
      ),
    };
  const d = describeReadFailure(e);
  return { report: unreadableFileReport(file, d.message, d.messageEn) };
}

/** What a file too large for the memory a check may take is told (the worker checking it ran out). */
export function outOfMemoryReport(file: string, limitMb: number): FileReport {
  return unreadableFileReport(
    file,
    `工作簿过大：校验所需内存超过上限 ${limitMb} MB（可用 --max-memory 提高上限，或拆分工作簿）`,
    `The workbook is too large: checking it needs more than the ${limitMb} MB allowed (raise it with --max-memory, or split the workbook)`,
  );
}

/**
 * The workbook in these bytes, read and recognized. A function of its own so that nothing holds
 * the grid once it returns (an async function's frame keeps what it awaited): the grid is garbage
 * before validation starts.
 */
async function recognizeBytes(bytes: Uint8Array): Promise<Recognized> {
  return recognizeForCheck(await readWorkbook(bytes));
}

/**
 * Check one file: read (any workbook format), check, and with `out` make its annotated copy
 * (the writer is loaded only then). Never throws: an unreadable file becomes an error entry.
 */
export async function checkFile(file: string, opts: CheckOptions, profile: Profile): Promise<FileOutcome> {
  let bytes: Uint8Array;
  let result: CheckResult;
  try {
    bytes = readRegularFile(file);
    result = checkRecognized(await recognizeBytes(bytes), profile);
  } catch (e) {
    return unreadable(file, e);
  }
  const report = fileReport(file, result, { explain: opts.explain });
  if (!opts.out) return { report };
  try {
    const { makeCopy } = await import('./copy');
    return { report, copy: { bytes: await makeCopy(bytes, result, opts, profile) } };
  } catch (e) {
    // The findings stand; the copy says why it is not there.
    const { zh, en } = writeFailure(e);
    return { report, copy: { refused: { message: zh, messageEn: en } } };
  }
}

/** Check a file and render its part of the report into `emit`, chunk by chunk (in a worker or the main thread alike). */
export async function checkAndRender(
  file: string,
  opts: CheckOptions,
  profile: Profile,
  emit: (chunk: string) => void,
): Promise<FileDone> {
  const { report, copy } = await checkFile(file, opts, profile);
  // The file's JSON object is closed by the run, which adds where its copy went.
  renderFile(report, opts.format, opts.lang, emit);
  return { head: report.head, copy, rows: opts.summary ? summaryRows(report, opts.lang) : [] };
}
