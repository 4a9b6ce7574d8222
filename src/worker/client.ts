import type { Finding } from '../core/findings/finding';
import type { CallType, EngineCalls, EngineError, EngineMessage, EngineRequest, Progress } from './protocol';

/** A request that failed: its message in both languages. */
export class EngineCallError extends Error {
  constructor(readonly error: EngineError) {
    super(error.en);
    this.name = 'EngineCallError';
  }
}

/** A request cancelled by its AbortSignal. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export interface CallOptions {
  onProgress?(p: Progress): void;
  onFindings?(chunk: Finding[]): void;
  signal?: AbortSignal;
}

interface Pending {
  request: EngineRequest;
  options: CallOptions;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Where requests are carried out: a worker, or (no worker possible) a session in the page. */
interface Runner {
  post(request: EngineRequest): void;
  stop(): void;
}

/**
 * The page's side of the engine. Requests run in a Web Worker when one can be started (browser mode, and Excel
 * where the webview allows), so the page stays responsive; otherwise in the page. A cancelled request ends its
 * worker at once, whatever it was doing; the next request starts a fresh one, and `generation` tells owners that
 * what the engine held is gone.
 */
export class EngineClient {
  private runner: Runner | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private answered = false;
  private inPage: boolean;
  /** Counts the engines ended: a change means what was sent to the engine before is no longer there. */
  generation = 0;

  /** `spawn` starts the worker; without one (tests, a webview without workers) the engine runs in the page. */
  constructor(private readonly spawn: (() => Worker) | null) {
    this.inPage = spawn === null;
  }

  /** Whether requests run off the page's thread. */
  get usesWorker(): boolean {
    return !this.inPage;
  }

  call<K extends CallType>(
    type: K,
    request: EngineCalls[K]['request'],
    options: CallOptions = {},
  ): Promise<EngineCalls[K]['result']> {
    const full = { ...request, id: this.nextId++, type } as EngineRequest;
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(new CancelledError());
      this.pending.set(full.id, { request: full, options, resolve: resolve as (v: unknown) => void, reject });
      options.signal?.addEventListener('abort', () => this.cancel(full.id), { once: true });
      this.send(full);
    });
  }

  private send(request: EngineRequest): void {
    // Nothing is transferred: the page keeps its bytes (to replay after a cancel), the worker gets a copy.
    (this.runner ??= this.start()).post(request);
  }

  private start(): Runner {
    this.answered = false;
    if (!this.inPage) {
      try {
        return this.startWorker(this.spawn!());
      } catch {
        this.inPage = true;
      }
    }
    return this.startInPage();
  }

  private startWorker(worker: Worker): Runner {
    worker.onmessage = (e: MessageEvent<EngineMessage>) => {
      this.answered = true;
      this.receive(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.runner = null;
      worker.terminate();
      if (!this.answered) {
        // The worker never ran (blocked by policy, no worker support): carry on in the page.
        this.inPage = true;
        const again = [...this.pending.values()].map((p) => p.request);
        for (const r of again) this.send(r);
        return;
      }
      this.generation++;
      this.failAll(new EngineCallError({ zh: `校验引擎出错：${e.message}`, en: `The engine failed: ${e.message}` }));
    };
    return { post: (r) => worker.postMessage(r), stop: () => worker.terminate() };
  }

  private startInPage(): Runner {
    // Loaded only when needed, so the page's bundle does not carry the engine when a worker runs it.
    const loaded = Promise.all([import('./session'), import('./handle')]).then(
      ([{ EngineSession }, { handleRequest }]) => ({ session: new EngineSession(), handleRequest }),
    );
    let queue: Promise<unknown> = loaded;
    let stopped = false;
    return {
      post: (request) => {
        queue = queue
          .then(async () => {
            const { session, handleRequest } = await loaded;
            if (!stopped) await handleRequest(session, request, (m) => !stopped && this.receive(m));
          })
          .catch((e: unknown) => {
            // The engine could not be loaded: say so rather than leave the request waiting.
            const message = e instanceof Error ? e.message : String(e);
            this.receive({
              id: request.id,
              kind: 'error',
              error: { zh: `校验引擎无法加载：${message}`, en: `The engine could not load: ${message}` },
            });
          });
      },
      stop: () => (stopped = true),
    };
  }

  private receive(m: EngineMessage): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.kind === 'progress') p.options.onProgress?.(m.progress);
    else if (m.kind === 'findings') p.options.onFindings?.(m.findings);
    else {
      this.pending.delete(m.id);
      if (m.kind === 'done') p.resolve(m.value);
      else p.reject(new EngineCallError(m.error));
    }
  }

  /** Stop the engine where it is: every request in flight is cancelled, and what it held is dropped. */
  private cancel(id: number): void {
    if (!this.pending.has(id)) return;
    this.runner?.stop();
    this.runner = null;
    this.generation++;
    for (const [key, p] of this.pending) {
      this.pending.delete(key);
      p.reject(key === id ? new CancelledError() : new EngineCallError({ zh: '已取消', en: 'Cancelled' }));
    }
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
