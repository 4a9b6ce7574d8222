import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
import { checkWorkbook, type CheckResult } from '../core/engine';
import type { Profile } from '../core/profile';
import { fileJson, unreadableFileJson, type JsonFile } from '../core/report/json';
import { XlsxReadError } from '../xlsx/errors';
import { readWorkbook } from '../xlsx/read';
import type { CliOptions } from './args';

/** What checking one file gives: its entry in the report, and the annotated copy written, if any. */
export interface FileOutcome {
  json: JsonFile;
  /** The copy's path, and the format it was converted from (`.xls`) when it is not the original's. */
  copy?: { path: string; convertedFrom?: string };
}

/** Options that checking a file needs (a worker gets these, not the whole command line). */
export type CheckOptions = Pick<CliOptions, 'out' | 'selfEval' | 'lang'>;

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
      json: unreadableFileJson(
        file,
        '不是普通文件（是设备、管道或套接字），未读取',
        'Not a regular file (a device, pipe or socket); not read',
      ),
    };
  const d = describeReadFailure(e);
  return { json: unreadableFileJson(file, d.message, d.messageEn) };
}

/**
 * Check one file: read (any workbook format), check, and with `out` write its annotated copy
 * (the writer is loaded only then). Never throws: an unreadable file becomes an error entry.
 */
export async function checkFile(file: string, opts: CheckOptions, profile: Profile): Promise<FileOutcome> {
  let bytes: Uint8Array;
  let result: CheckResult;
  try {
    bytes = readRegularFile(file);
    result = checkWorkbook(await readWorkbook(bytes), profile);
  } catch (e) {
    return unreadable(file, e);
  }
  const json = fileJson(file, result);
  if (!opts.out) return { json };
  try {
    const { writeCopy } = await import('./copy');
    const copy = await writeCopy(file, bytes, result, opts.out, opts, profile);
    json.copy = copy.path;
    return { json, copy };
  } catch (e) {
    // The copy's own refusals (an --out that would overwrite the input) carry both languages.
    const message = e instanceof Error ? e.message : String(e);
    return { json: unreadableFileJson(file, message, message) };
  }
}
