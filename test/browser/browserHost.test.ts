import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BrowserHost } from '../../src/browser/browserHost';
import { EngineCallError, EngineClient } from '../../src/worker/client';
import { sampleBytes } from '../helpers/workbooks';

/** The engine in this process (as where no worker can run): the same session a worker runs. */
const open = (name: string, bytes: Uint8Array) => BrowserHost.open(name, bytes, new EngineClient(null));

describe('BrowserHost: the downloadable copy', () => {
  it('is made when annotations are written, so a copy that cannot be made is said then (not a silent download failure)', async () => {
    const parts = unzipSync(await sampleBytes('form-plan.xlsx'));
    // Markup before the sheet's root element: the reader still reads the cells, the editor cannot place anything safely.
    for (const name of Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)))
      parts[name] = strToU8(`<mergeCell ref="A1:B2"/>${strFromU8(parts[name])}`);
    const host = await open('计划表.xlsx', zipSync(parts));
    await host.validate('workbook');
    const { warnings } = await host.annotate('zh');
    expect(warnings).toEqual([
      { message: expect.stringContaining('无法生成批注副本'), messageEn: expect.stringContaining('No annotated copy') },
    ]);
    await expect(host.annotatedCopy()).rejects.toBeInstanceOf(EngineCallError);
    await expect(host.annotatedCopy()).rejects.toMatchObject({
      error: { zh: expect.stringContaining('无法生成批注副本') },
    });
  });

  it('names the download after the file, keeping .xlsm', async () => {
    const bytes = await sampleBytes('form-plan.xlsx');
    expect((await open('计划表.xlsx', bytes)).copyFileName).toBe('计划表-校验.xlsx');
    expect((await open('宏.XLSM', bytes)).copyFileName).toBe('宏-校验.xlsm');
    const host = await open('计划表.xlsx', bytes);
    await host.validate('workbook');
    expect((await host.annotate('zh')).warnings).toEqual([]);
    expect((await host.annotatedCopy()).length).toBeGreaterThan(bytes.length);
    // Downloaded twice: the same copy each time.
    expect(await host.annotatedCopy()).toEqual(await host.annotatedCopy());
  });
});
