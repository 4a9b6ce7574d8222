import { readFileSync } from 'fs';
import { join } from 'path';
import { BrowserHost } from '../../src/browser/browserHost';
import { checkWorkbook } from '../../src/core/engine';
import { CancelledError, EngineClient } from '../../src/worker/client';
import { handleRequest } from '../../src/worker/handle';
import type { EngineRequest } from '../../src/worker/protocol';
import { EngineSession } from '../../src/worker/session';
import { readXlsx } from '../../src/xlsx/read';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'sample.xlsx');

describe('engine session behind the client (in the page, as where no worker can run)', () => {
  it('opens, checks and answers the same findings as the engine, in chunks, with progress', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const stages: string[] = [];
    const host = await BrowserHost.open('sample.xlsx', bytes, new EngineClient(null), {
      onProgress: (p) => stages.push(`${p.stage} ${p.done}/${p.total}`),
    });
    expect(host.sheets.map((s) => s.name).length).toBeGreaterThan(1);
    const outcome = await host.validate('workbook', { onProgress: (p) => stages.push(p.stage) });
    const expected = checkWorkbook(await readXlsx(bytes));
    expect(outcome.findings).toEqual(expected.findings);
    expect(outcome.overview.projectCount).toBe(expected.model.projects.length);
    expect(stages).toEqual(expect.arrayContaining(['open 0/9', 'open 9/9', 'check', 'receive']));
  });
});

/** A worker in this process: each request is carried out on the next turn, and terminate stops it where it is. */
class InProcessWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  private session = new EngineSession();
  private queue = Promise.resolve();
  static started = 0;
  constructor() {
    InProcessWorker.started++;
  }
  postMessage(request: EngineRequest) {
    this.queue = this.queue.then(async () => {
      await new Promise((r) => setTimeout(r, 5));
      if (this.terminated) return;
      await handleRequest(
        this.session,
        request,
        (m) => !this.terminated && this.onmessage?.({ data: m } as MessageEvent),
      );
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('engine client with a worker', () => {
  it('a cancel ends the worker; the next request replays open, check and annotate into a new one', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const client = new EngineClient(() => new InProcessWorker() as unknown as Worker);
    expect(client.usesWorker).toBe(true);
    const host = await BrowserHost.open('sample.xlsx', bytes, client);
    const { findings } = await host.validate('workbook');
    await host.annotate('zh');
    const controller = new AbortController();
    const copy = host.annotatedCopy({ signal: controller.signal });
    // Cancelled while the worker is at it.
    setTimeout(() => controller.abort(), 1);
    await expect(copy).rejects.toBeInstanceOf(CancelledError);
    const started = InProcessWorker.started;
    const bytesOut = await host.annotatedCopy();
    expect(InProcessWorker.started).toBe(started + 1);
    const report = (await readXlsx(bytesOut)).sheets.find((s) => s.name === '校验报告');
    expect(report?.rows.length).toBe(findings.length + 1);
  });

  it('carries on in the page when the worker cannot start (a policy blocks it)', async () => {
    const client = new EngineClient(() => {
      const w = {
        postMessage: () => setTimeout(() => w.onerror?.({ message: 'blocked' } as ErrorEvent)),
        terminate() {},
        onerror: null as null | ((e: ErrorEvent) => void),
        onmessage: null,
      };
      return w as unknown as Worker;
    });
    const host = await BrowserHost.open('sample.xlsx', new Uint8Array(readFileSync(SAMPLE)), client);
    expect(host.sheets.length).toBe(9);
    expect(client.usesWorker).toBe(false);
  });

  it('a file that is no workbook fails with its reason in both languages, and leaves nothing open', async () => {
    const client = new EngineClient(null);
    await BrowserHost.open('sample.xlsx', new Uint8Array(readFileSync(SAMPLE)), client);
    const failed = BrowserHost.open('notes.xlsx', new TextEncoder().encode('hello'), client);
    await expect(failed).rejects.toMatchObject({
      error: {
        zh: expect.stringContaining('不是 Excel/WPS 工作簿'),
        en: expect.stringContaining('Not an Excel or WPS workbook'),
      },
    });
    await expect(client.call('check', { sheets: null })).rejects.toMatchObject({
      error: { en: 'No workbook is open' },
    });
  });
});
