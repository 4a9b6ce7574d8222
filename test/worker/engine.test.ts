import { readFileSync } from 'fs';
import { join } from 'path';
import { BrowserHost } from '../../src/browser/browserHost';
import { checkWorkbook } from '../../src/core/engine';
import { EngineClient } from '../../src/worker/client';
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
