import { fstatSync, writeSync } from 'fs';
import { Worker } from 'worker_threads';
import { InFlight } from './inFlight';

/** Where the report goes: `write` each chunk in order; `close` resolves once all of it is written. */
export interface Stdout {
  write(chunk: string): void;
  close(): Promise<void>;
}

/** Characters written in this thread before a file's writing moves to its own thread: small reports stay simple. */
const OWN_THREAD_FROM = 1 << 20;

/** The writer thread: writes each chunk it is sent to stdout, counts it off (InFlight's `written`), and ends on null. */
const WRITER = `
const { parentPort, workerData } = require('worker_threads');
const { writeSync } = require('fs');
const pending = new Int32Array(workerData);
parentPort.on('message', (chunk) => {
  if (chunk === null) return parentPort.close();
  writeSync(1, chunk);
  Atomics.sub(pending, 0, 1);
  Atomics.notify(pending, 0);
});`;

/**
 * Stdout as a regular file (`> report.json`): written directly, not through process.stdout (which
 * turns each chunk into a Buffer first); past the first MB by a thread of its own, so that turning
 * tens of MB of text into UTF-8 and writing it overlaps the checking and rendering (on a district
 * list's JSON, about a tenth of the run) instead of adding to them. Chunks stay in order.
 */
function fileStdout(): Stdout {
  let written = 0;
  let writer: Worker | undefined;
  let failure: Error | undefined;
  const inFlight = new InFlight();
  return {
    write(chunk) {
      if (failure) throw failure;
      if (!writer && written < OWN_THREAD_FROM) {
        writeSync(1, chunk);
        written += chunk.length;
        return;
      }
      if (!writer) {
        writer = new Worker(WRITER, { eval: true, workerData: inFlight.buffer });
        writer.on('error', (e) => (failure = new Error(`无法写入报告 / cannot write the report: ${e.message}`)));
      }
      writer.postMessage(chunk);
      inFlight.sent();
    },
    async close() {
      if (!writer) return;
      const done = new Promise<void>((resolve) => writer!.once('exit', () => resolve()));
      writer.postMessage(null);
      await done;
      if (failure) throw failure;
    },
  };
}

/** Through process.stdout (a terminal, a pipe): the stream waits for a slow reader. */
function streamStdout(): Stdout {
  return { write: (chunk) => void process.stdout.write(chunk), close: async () => {} };
}

/** The report's stdout: a regular file written directly (and, when large, by a thread of its own), else the stream. */
export function openStdout(): Stdout {
  try {
    if (fstatSync(1).isFile()) return fileStdout();
  } catch {
    // No stdout to stat (closed): the stream reports that as it writes.
  }
  return streamStdout();
}
