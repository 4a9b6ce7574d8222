import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkWorkbook } from '../../src/core/engine';
import { readWorkbook, readXlsx } from '../../src/xlsx/read';
import { reload } from '../helpers/workbooks';
import { listWorkbook } from '../../bench/workbooks';
import { ARTIFACTS, describeInChromium, openFile, openPane, SAMPLE, type PaneSession } from './bundle';

async function xlsx(wb: ReturnType<typeof listWorkbook>): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describeInChromium('standalone browser mode in headless Chromium', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 1100, height: 1000 });
  }, 60_000);
  afterAll(() => pane?.close());

  it('offers to open a file when Office is absent, says why, and loads nothing from the network but office.js', async () => {
    const { page } = pane;
    await page.getByTestId('drop').waitFor();
    // office.js is refused here, as a blocked CDN would: the browser mode says so instead of a white page.
    await expect(page.getByTestId('office-note').innerText()).resolves.toContain('office.js');
    expect(pane.external.length).toBeGreaterThan(0);
    expect(pane.external.every((u) => u.includes('office.js'))).toBe(true);
  });

  it('validates the bundled sample on opening and shows the same findings as the engine in Node', async () => {
    const { page } = pane;
    await openFile(page, SAMPLE);
    const { model, findings: expected } = checkWorkbook(await readXlsx(readFileSync(SAMPLE)));
    // Counted as the CLI heads its report: target-sheet projects and their indicators, filed self-evaluations apart.
    const indicators = model.projects.reduce((n, p) => n + p.indicators.length, 0);
    expect((await page.getByTestId('summary').innerText()).split('\n')[0]).toBe(
      `${model.projects.length} 个项目 · ${indicators} 个指标 · ${model.selfEvaluations.length} 张自评表`,
    );
    for (const s of ['error', 'warning', 'info'] as const) {
      const text = await page.getByTestId(`count-${s}`).innerText();
      expect(Number(text.replace(/\D+/g, ''))).toBe(expected.filter((f) => f.severity === s).length);
    }
    await expect(page.getByTestId('live').innerText()).resolves.toContain(`校验完成：${expected.length} 条问题`);
    // The engine ran in a worker: the page never loaded exceljs (the worker's part).
    await expect(
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /engine/.test(e.name))),
    ).resolves.toBe(true);
  });

  it('filters by check area, and a click on a finding selects its cell in the sheet beside the pane', async () => {
    const { page } = pane;
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('area-filter').selectOption('classification');
    const item = page.locator('[data-code="MISCLASSIFIED_INDICATOR"]').first();
    const where = (await item.getAttribute('data-cell'))!;
    await item.click();
    const [, cell] = where.split('!');
    await expect(
      page.locator(`[data-testid="preview"] td[data-cell="${cell}"]`).getAttribute('data-selected'),
    ).resolves.toBe('true');
    await expect(item.getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'pane-selected.png') });
  });

  it('explains the download until there is something in the copy, then downloads it with the user data unchanged', async () => {
    const { page } = pane;
    await expect(page.getByTestId('download').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('download-hint').innerText()).resolves.toContain('写入批注');
    await page.getByTestId('annotate').click();
    await expect(page.getByTestId('status').innerText()).resolves.toMatch(/批注已写入下载副本.*原文件未改动/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'jxb-dl-')), 'copy.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('sample-校验.xlsx');
    const copy = await reload(readFileSync(file));
    const original = await reload(readFileSync(SAMPLE));
    expect(copy.getWorksheet('校验报告')).toBeDefined();
    original.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => expect(copy.getWorksheet(ws.name)!.getCell(c.address).value).toEqual(c.value)),
      ),
    );
    await expect(page.getByTestId('status').innerText()).resolves.toContain('已下载 sample-校验.xlsx');
  });

  it('re-opening a corrected workbook of the same name resets everything of the first', async () => {
    const { page } = pane;
    const before = await page.getByTestId('tab-findings').innerText();
    const corrected = listWorkbook(2);
    await openFile(page, { name: 'sample.xlsx', mimeType: 'application/octet-stream', buffer: await xlsx(corrected) });
    const { findings } = checkWorkbook(await readXlsx(await xlsx(corrected)));
    await expect(page.getByTestId('tab-findings').innerText()).resolves.toBe(`问题 (${findings.length})`);
    expect(before).not.toBe(`问题 (${findings.length})`);
    // Nothing written to the new copy yet, whatever the first had; no filter or selection carried over.
    await expect(page.getByTestId('download').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('status').innerText()).resolves.toContain('校验完成');
    await page.getByTestId('tab-findings').click();
    await expect(page.getByTestId('showing').innerText()).resolves.toBe(
      `显示 ${findings.length} / ${findings.length} 条问题`,
    );
    await expect(page.locator('[role="treeitem"][aria-selected="true"]').count()).resolves.toBe(0);
  });

  it('a file that fails to open says which file and why, and leaves nothing of the previous one on screen', async () => {
    const { page } = pane;
    await page
      .getByTestId('file')
      .setInputFiles({ name: 'notes.xlsx', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByTestId('status').innerText()).resolves.toBe(
      '无法打开 notes.xlsx：不是 Excel/WPS 工作簿（.xlsx、.xlsm、.xls、.et）',
    );
    await expect(page.getByTestId('summary').count()).resolves.toBe(0);
    await expect(page.getByTestId('tab-findings').count()).resolves.toBe(0);
    await page.getByTestId('drop').waitFor();
  });

  it('renders thousands of findings through a virtualized tree', async () => {
    const { page } = pane;
    await openFile(page, {
      name: 'district.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await xlsx(listWorkbook(1700)),
    });
    await page.getByTestId('tab-findings').click();
    const total = Number((await page.getByTestId('tab-findings').innerText()).replace(/\D+/g, ''));
    const shown = await page.locator('[role="treeitem"]').count();
    console.info(`pane: ${total} findings, ${shown} lines in the DOM`);
    expect(total).toBeGreaterThan(5000);
    expect(shown).toBeLessThan(60);
    await page.getByTestId('results').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await page.waitForTimeout(100);
    await expect(page.locator('[role="treeitem"][data-cell]').first().isVisible()).resolves.toBe(true);
  });

  it('opens a legacy .xls (the picker offers .xls and .et) and downloads its annotated copy as .xlsx', async () => {
    const { page } = pane;
    await expect(page.getByTestId('file').getAttribute('accept')).resolves.toBe('.xlsx,.xlsm,.xltx,.xltm,.xls,.et');
    const xls = join(__dirname, '..', 'fixtures', 'legacy', 'gaoxin-forms.xls');
    await openFile(page, xls);
    const { model } = checkWorkbook(await readWorkbook(readFileSync(xls)));
    const indicators = model.projects.reduce((n, p) => n + p.indicators.length, 0);
    expect(model.selfEvaluations).toHaveLength(0);
    expect((await page.getByTestId('summary').innerText()).split('\n')[0]).toBe(
      `${model.projects.length} 个项目 · ${indicators} 个指标`,
    );
    await page.getByTestId('annotate').click();
    await expect(page.getByTestId('status').innerText()).resolves.toMatch(/批注已写入下载副本/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('gaoxin-forms-校验.xlsx');
    const file = join(mkdtempSync(join(tmpdir(), 'jxb-dl-')), 'copy.xlsx');
    await download.saveAs(file);
    expect((await reload(readFileSync(file))).getWorksheet('校验报告')).toBeDefined();
  });

  it('ran every step above under a policy that forbids eval and new Function, without a violation', async () => {
    await expect(
      pane.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).resolves.toEqual([]);
  });
});
