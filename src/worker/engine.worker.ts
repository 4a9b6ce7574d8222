/// <reference lib="webworker" />
// First: zod must be configured before any schema is built (no eval in the worker either).
import '../taskpane/noEval';
import { handleRequest } from './handle';
import type { EngineRequest } from './protocol';
import { EngineSession } from './session';

/** The engine's worker: one session, requests carried out in order (each is synchronous work or one await). */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new EngineSession();
let queue = Promise.resolve();
scope.onmessage = (e: MessageEvent<EngineRequest>) => {
  queue = queue.then(() => handleRequest(session, e.data, (m, transfer) => scope.postMessage(m, transfer ?? [])));
};
