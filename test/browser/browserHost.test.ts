import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BrowserHost } from '../../src/browser/browserHost';
import { planAnnotations } from '../../src/core/annotate/plan';
import { checkWorkbook } from '../../src/core/engine';
import { XlsxWriteError } from '../../src/xlsx/annotate';
import { sampleBytes } from '../helpers/workbooks';

describe('BrowserHost: the downloadable copy', () => {
  it('is made when annotations are written, so a copy that cannot be made is said then (not a silent download failure)', async () => {
    const parts = unzipSync(await sampleBytes('form-plan.xlsx'));
    // Markup before the sheet's root element: the reader still reads the cells, the editor cannot place anything safely.
    for (const name of Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)))
      parts[name] = strToU8(`<mergeCell ref="A1:B2"/>${strFromU8(parts[name])}`);
    const host = await BrowserHost.open('计划表.xlsx', zipSync(parts));
    const warnings = await host.applyAnnotations(planAnnotations(checkWorkbook(host.grid).findings));
    expect(warnings).toEqual([
      { message: expect.stringContaining('无法生成批注副本'), messageEn: expect.stringContaining('No annotated copy') },
    ]);
    await expect(host.annotatedCopy()).rejects.toBeInstanceOf(XlsxWriteError);
  });

  it('names the download after the file, keeping .xlsm', async () => {
    const bytes = await sampleBytes('form-plan.xlsx');
    expect((await BrowserHost.open('计划表.xlsx', bytes)).copyFileName).toBe('计划表-校验.xlsx');
    expect((await BrowserHost.open('宏.XLSM', bytes)).copyFileName).toBe('宏-校验.xlsm');
    const host = await BrowserHost.open('计划表.xlsx', bytes);
    expect(await host.applyAnnotations(planAnnotations(checkWorkbook(host.grid).findings))).toEqual([]);
    expect((await host.annotatedCopy()).length).toBeGreaterThan(bytes.length);
  });
});
