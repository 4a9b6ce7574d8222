import type { CallOptions, EngineClient } from './client';
import type { CallType, EngineCalls } from './protocol';

/** Requests that change what the engine holds, replayed in order into a fresh engine. */
type StateCall = 'open' | 'grid' | 'check' | 'annotate' | 'addSelfEval' | 'clear';
const STATE_CALLS = new Set<CallType>(['open', 'grid', 'check', 'annotate', 'addSelfEval', 'clear']);

type LogEntry = { [K in StateCall]: { type: K; request: EngineCalls[K]['request'] } }[StateCall];

/**
 * One workbook's view of the engine that survives a cancel. A cancel ends the engine's worker with all it held;
 * the calls that built that state (open or the grid, check, annotate, 自评表) are kept here and replayed into the
 * new engine before the next request, so a cancelled download can simply be asked for again.
 */
export class DurableEngine {
  private log: LogEntry[] = [];
  private generation: number;

  constructor(private readonly client: EngineClient) {
    this.generation = client.generation;
  }

  async call<K extends CallType>(
    type: K,
    request: EngineCalls[K]['request'],
    options: CallOptions = {},
  ): Promise<EngineCalls[K]['result']> {
    await this.replayIfLost(options);
    const result = await this.client.call(type, request, options);
    if (STATE_CALLS.has(type)) this.record({ type, request } as LogEntry);
    this.generation = this.client.generation;
    return result;
  }

  private record(entry: LogEntry): void {
    const startsOver = entry.type === 'open' || (entry.type === 'grid' && entry.request.reset);
    if (startsOver) this.log = [];
    // A new check drops kept annotations and sheets in the engine: so does the log.
    if (entry.type === 'check') this.log = this.log.filter((e) => e.type === 'open' || e.type === 'grid');
    if (entry.type === 'clear') this.log = this.log.filter((e) => e.type !== 'annotate' && e.type !== 'addSelfEval');
    else this.log.push(entry);
  }

  private async replayIfLost(options: CallOptions): Promise<void> {
    if (this.client.generation === this.generation || this.log.length === 0) return;
    const { onProgress, signal } = options;
    for (const e of this.log) await this.client.call(e.type, e.request as never, { onProgress, signal });
    this.generation = this.client.generation;
  }
}
