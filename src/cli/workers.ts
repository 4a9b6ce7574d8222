import { Worker, type MessagePort } from 'worker_threads';
import type { Profile } from '../core/profile';
import { checkAndRender, outOfMemoryReport, type CheckOptions, type FileDone } from './checkFile';
import { unreadableFileReport, type FileReport } from '../core/report/json';
import { InFlight } from './inFlight';
import { renderFile } from './report';

/** What a worker is started with: it checks each file it is sent with these. */
export interface WorkerSetup {
  role: 'jixiaobiao-check';
  opts: CheckOptions;
  profile: Profile;
  /** The worker's report chunks not yet written by the main thread (see InFlight). */
  inFlight: SharedArrayBuffer;
}

type FromWorker = { type: 'chunk'; chunk: string } | { type: 'done'; done: FileDone };

/** Checks one file at a time, rendering its part of the report into `emit`. */
export interface Checker {
  check(file: string, emit: (chunk: string) => void): Promise<FileDone>;
  close(): Promise<void>;
}

/** Checking in this thread: no start-up cost, no memory limit of its own. */
export function inThisThread(opts: CheckOptions, profile: Profile): Checker {
  return { check: (file, emit) => checkAndRender(file, opts, profile, emit), close: async () => {} };
}

/**
 * Checking on a worker thread (running `script`, this command, in its worker role) whose heap is
 * limited to `limitMb`: a workbook that needs more is reported as too large, the worker replaced,
 * and the run goes on, instead of the whole process running out of memory.
 */
export function onWorker(script: string, setup: Omit<WorkerSetup, 'role' | 'inFlight'>, limitMb: number): Checker {
  let worker: Worker | null = null;
  let inFlight = new InFlight();
  const failed = (file: string, e: Error & { code?: string }, emit: (chunk: string) => void): FileDone => {
    const report: FileReport =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? outOfMemoryReport(file, limitMb)
        : unreadableFileReport(file, `内部错误：${e.message}`, `Internal error: ${e.message}`);
    renderFile(report, setup.opts.format, setup.opts.lang, emit);
    return { head: report.head, rows: [] };
  };
  return {
    check(file, emit) {
      if (!worker) inFlight = new InFlight();
      const w = (worker ??= new Worker(script, {
        workerData: {
          role: 'jixiaobiao-check',
          ...setup,
          inFlight: inFlight.buffer,
        } satisfies WorkerSetup,
        resourceLimits: { maxOldGenerationSizeMb: limitMb },
      }));
      return new Promise<FileDone>((resolve) => {
        const stop = (done: FileDone) => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          resolve(done);
        };
        const onMessage = (m: FromWorker) => {
          if (m.type === 'done') return stop(m.done);
          emit(m.chunk);
          inFlight.written();
        };
        const onError = (e: Error) => {
          worker = null;
          void w.terminate();
          stop(failed(file, e, emit));
        };
        const onExit = () => onError(new Error('worker stopped'));
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage(file);
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}

/** The worker role: check each file sent, sending its report's chunks, then what the run needs of it. */
export function serveAsWorker(port: MessagePort, setup: WorkerSetup): void {
  const inFlight = new InFlight(setup.inFlight);
  const send = (chunk: string) => {
    port.postMessage({ type: 'chunk', chunk } satisfies FromWorker);
    inFlight.sent();
  };
  port.on('message', (file: string) => {
    void checkAndRender(file, setup.opts, setup.profile, send).then((done) => {
      // The copy's bytes move to the main thread (which writes every copy) instead of being cloned.
      const bytes = done.copy && 'bytes' in done.copy ? done.copy.bytes : undefined;
      const whole = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      port.postMessage({ type: 'done', done } satisfies FromWorker, whole ? [bytes.buffer as ArrayBuffer] : []);
    });
  });
}

/** Where a run's files' parts go, each begun before its first chunk. */
export interface FileSink {
  beginFile(): void;
  chunk(text: string): void;
}

/**
 * Check `files` with the checkers (one file at a time each; `route` picks the checker of a file
 * when there is a choice), writing each file's part of the report in the order of `files`: a
 * file's chunks go straight out while it is the earliest unfinished one, and wait otherwise.
 * `onDone` gets each file's outcome in that order too.
 */
export async function checkInOrder(
  files: string[],
  checkers: Checker[],
  sink: FileSink,
  onDone: (done: FileDone) => void,
  route: (file: string, free: Checker) => Checker = (_file, free) => free,
): Promise<void> {
  const waiting = files.map(() => ({ chunks: [] as string[], done: undefined as FileDone | undefined }));
  let head = 0;
  let begun = false;
  const beginHead = () => {
    if (begun) return;
    sink.beginFile();
    begun = true;
    for (const chunk of waiting[head].chunks) sink.chunk(chunk);
    waiting[head].chunks = [];
  };
  const emitter = (i: number) => (chunk: string) => {
    if (i === head) {
      beginHead();
      sink.chunk(chunk);
    } else waiting[i].chunks.push(chunk);
  };
  const finish = (i: number, done: FileDone) => {
    waiting[i].done = done;
    while (head < files.length && waiting[head].done) {
      beginHead();
      onDone(waiting[head].done!);
      waiting[head].done = undefined;
      head++;
      begun = false;
      if (head < files.length && waiting[head].chunks.length > 0) beginHead();
    }
  };
  let next = 0;
  await Promise.all(
    checkers.map(async (free) => {
      while (next < files.length) {
        const i = next++;
        finish(i, await route(files[i], free).check(files[i], emitter(i)));
      }
    }),
  );
}
