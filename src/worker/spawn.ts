/**
 * The engine's Web Worker, bundled by webpack as its own file (same origin: allowed by the pane's CSP).
 * Kept apart because `import.meta` is for the bundle only; tests give the client no worker or their own.
 */
export function spawnEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'engine' });
}
