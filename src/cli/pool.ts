import { Worker } from 'worker_threads';
import type { Profile } from '../core/profile';
import type { CheckOptions, FileOutcome } from './checkFile';

/** What a worker is started with: it checks each file it is sent with these. */
export interface WorkerSetup {
  role: 'jixiaobiao-check';
  opts: CheckOptions;
  profile: Profile;
}

/**
 * Check files on `jobs` worker threads (each running `script`, the command itself, in its worker
 * role), handing each outcome to `onOutcome` in the order of `files` as soon as it and every
 * earlier one are in: the report reads the same as a one-thread run. Outcomes that finish early
 * wait in a buffer, which a slow file can make grow to the ones after it.
 */
export async function checkInWorkers(
  files: string[],
  jobs: number,
  script: string,
  setup: Omit<WorkerSetup, 'role'>,
  onOutcome: (outcome: FileOutcome) => Promise<void> | void,
): Promise<void> {
  const done = new Map<number, FileOutcome>();
  let next = 0;
  let emitted = 0;
  let chain = Promise.resolve();
  const workerData: WorkerSetup = { role: 'jixiaobiao-check', ...setup };
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.once('message', (outcome: FileOutcome) => {
          done.set(index, outcome);
          // Emit in order, one at a time: the reporter is not re-entrant.
          chain = chain.then(async () => {
            while (done.has(emitted)) {
              const o = done.get(emitted)!;
              done.delete(emitted++);
              await onOutcome(o);
            }
          });
          send();
        });
        worker.postMessage(files[index]);
      };
      worker.once('error', reject);
      send();
    });
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(script, { workerData }));
  await Promise.all(workers.map(run));
  await chain;
}
