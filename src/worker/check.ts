import type { Finding } from '../core/findings/finding';
import type { WorkbookGrid } from '../core/grid/grid';
import type { CheckOutcome, WorkOptions } from '../host/host';
import type { DurableEngine } from './durableEngine';

/** Cells per part when a grid read in the page goes to the engine: each part is copied in a few milliseconds. */
const CELLS_PER_PART = 20_000;

/** Send a grid read in the page (Excel) to the engine in parts, so no single copy holds the page up. */
export async function sendGrid(engine: DurableEngine, grid: WorkbookGrid, options: WorkOptions = {}): Promise<void> {
  let reset = true;
  for (const sheet of grid.sheets) {
    const width = Math.max(
      1,
      sheet.rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0),
    );
    const step = Math.max(1, Math.floor(CELLS_PER_PART / width));
    for (let first = 0; first < Math.max(1, sheet.rows.length); first += step) {
      const part = { ...sheet, rows: sheet.rows.slice(first, first + step) };
      await engine.call('grid', { part, reset }, { signal: options.signal });
      reset = false;
    }
  }
}

/** Check what the engine holds (or the named sheets), gathering the findings it sends in chunks. */
export async function checkInEngine(
  engine: DurableEngine,
  sheets: string[] | null,
  options: WorkOptions = {},
): Promise<CheckOutcome> {
  const findings: Finding[] = [];
  let received = 0;
  const overview = await engine.call(
    'check',
    { sheets },
    {
      signal: options.signal,
      onProgress: (p) => {
        if (p.stage === 'send') received = p.total;
        else options.onProgress?.(p);
      },
      onFindings: (chunk) => {
        for (const f of chunk) findings.push(f);
        options.onProgress?.({ stage: 'receive', done: findings.length, total: received || findings.length });
      },
    },
  );
  return { findings, overview };
}
