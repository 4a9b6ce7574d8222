import type { EngineMessage, EngineRequest } from './protocol';
import { engineError, type EngineSession } from './session';

/** Where the engine's answers go: the worker's postMessage, or the page's own listener when it runs in the page. */
export type Post = (message: EngineMessage, transfer?: Transferable[]) => void;

/** Carry out one request on the session and post its progress, findings and answer (or error). */
export async function handleRequest(session: EngineSession, request: EngineRequest, post: Post): Promise<void> {
  const { id } = request;
  const progress = (p: Parameters<Parameters<EngineSession['open']>[1]>[0]) =>
    post({ id, kind: 'progress', progress: p });
  try {
    let value: unknown = null;
    const transfer: Transferable[] = [];
    switch (request.type) {
      case 'open':
        value = await session.open(request.bytes, progress);
        break;
      case 'grid':
        session.receiveGrid(request.part, request.reset);
        break;
      case 'check':
        value = session.check(request.sheets, progress, (findings) => post({ id, kind: 'findings', findings }));
        break;
      case 'plan':
        value = session.annotationPlan(request.lang);
        break;
      case 'annotate':
        value = await session.annotate(request.lang, progress);
        break;
      case 'selfEvalSheets':
        value = session.selfEvalSheets(request.mode);
        break;
      case 'addSelfEval':
        value = await session.addSelfEval(request.mode, progress);
        break;
      case 'clear':
        session.clear();
        break;
      case 'copy': {
        const bytes = await session.copy(progress);
        transfer.push(bytes.buffer);
        value = bytes;
        break;
      }
      case 'sheetWindow':
        value = session.sheetWindow(request.name, request.maxRows, request.maxCols);
        break;
    }
    post({ id, kind: 'done', value }, transfer);
  } catch (e) {
    post({ id, kind: 'error', error: engineError(e) });
  }
}
