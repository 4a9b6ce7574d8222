import { join } from 'path';
import { DEFAULT_PROFILE } from '../../src/core/profile';
import { checkInOrder, onWorker, type Checker } from '../../src/cli/workers';
import type { FileDone } from '../../src/cli/checkFile';

describe('checking on worker threads', () => {
  it('a check that needs more than the memory limit is reported as too large; the process goes on', async () => {
    const hog = join(__dirname, '..', 'helpers', 'memoryHog.mjs');
    const opts = {
      lang: 'en' as const,
      format: 'text' as const,
      selfEval: false as const,
      explain: false,
      summary: false,
    };
    const checker = onWorker(hog, { opts, profile: DEFAULT_PROFILE }, 256);
    let text = '';
    const done = await checker.check('/data/province.xlsx', (chunk) => (text += chunk));
    await checker.close();
    expect(done.head.error?.messageEn).toBe(
      'The workbook is too large: checking it needs more than the 256 MB allowed (raise it with --max-memory, or split the workbook)',
    );
    expect(text).toBe(`■ /data/province.xlsx: cannot be read — ${done.head.error?.messageEn}\n`);
  }, 60_000);

  it('writes each file whole and in the order given, whichever checker finishes first', async () => {
    const delays: Record<string, number> = { a: 30, b: 0, c: 10, d: 0 };
    const fake = (): Checker => ({
      async check(file, emit) {
        emit(`${file}1 `);
        await new Promise((r) => setTimeout(r, delays[file]));
        emit(`${file}2 `);
        return { head: { file, summary: { projects: 0, indicators: 0, error: 0, warning: 0, info: 0 } }, rows: [] };
      },
      close: async () => {},
    });
    let out = '';
    const order: string[] = [];
    await checkInOrder(
      ['a', 'b', 'c', 'd'],
      [fake(), fake(), fake()],
      { beginFile: () => (out += '| '), chunk: (t) => (out += t) },
      (d: FileDone) => order.push(d.head.file),
    );
    expect(out).toBe('| a1 a2 | b1 b2 | c1 c2 | d1 d2 ');
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });
});
