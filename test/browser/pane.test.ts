import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { checkWorkbook } from '../../src/core/engine';
import { readXlsx } from '../../src/xlsx/read';
import { serveFolder } from '../helpers/staticServer';
import { reload } from '../helpers/workbooks';
import { listWorkbook } from '../../bench/workbooks';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const SAMPLE = join(ROOT, 'assets', 'samples', 'sample.xlsx');
const haveChromium = existsSync(CHROMIUM);
/** Everything the pane needs, and no 'unsafe-eval': Chromium then refuses eval and new Function, and reports it. */
const NO_EVAL_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'";

if (!haveChromium)
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM} (run scripts/setup-system.sh as root, or set CHROMIUM_PATH)`,
  );

(haveChromium ? describe : describe.skip)('standalone browser mode in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close(): Promise<void> };
  const external: string[] = [];

  beforeAll(async () => {
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, OFFICE_JS_URL: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
    });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    server = await serveFolder(join(ROOT, 'dist'), { 'Content-Security-Policy': NO_EVAL_POLICY });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1100, height: 1300 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
      );
    });
    page = await context.newPage();
    // Nothing leaves the machine: record and refuse every request that is not to our server.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await page.goto(`${server.url}/taskpane.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers to open a file when Office is absent, and loads nothing from the network but office.js', async () => {
    await page.getByTestId('drop').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, '1-open.png') });
    expect(external.every((u) => u.includes('office.js'))).toBe(true);
  });

  it('validates the bundled sample and shows the same findings as the engine in Node', async () => {
    await page.getByTestId('file').setInputFiles(SAMPLE);
    await page.getByTestId('validate').click();
    await page.getByTestId('summary').waitFor();
    const { model, findings: expected } = checkWorkbook(await readXlsx(readFileSync(SAMPLE)));
    // Counted as the CLI heads its report: target-sheet projects and their indicators, filed self-evaluations apart.
    const indicators = model.projects.reduce((n, p) => n + p.indicators.length, 0);
    expect((await page.getByTestId('summary').innerText()).split('\n')[0]).toBe(
      `${model.projects.length} 项目 · ${indicators} 指标 · ${model.selfEvaluations.length} 自评表`,
    );
    for (const s of ['error', 'warning', 'info'] as const) {
      const text = await page.getByTestId(`count-${s}`).innerText();
      expect(Number(text.replace(/\D+/g, ''))).toBe(expected.filter((f) => f.severity === s).length);
    }
    await page.screenshot({ path: join(ARTIFACTS, '2-findings.png') });
  });

  it('filters by code, and a click on a finding selects its cell in the sheet preview', async () => {
    await page.getByTestId('code-filter').click();
    await page.getByRole('option', { name: 'MISCLASSIFIED_INDICATOR' }).click();
    const item = page.locator('[data-code="MISCLASSIFIED_INDICATOR"]').first();
    const where = (await item.getAttribute('data-cell'))!;
    await item.click();
    const [, cell] = where.split('!');
    await expect(
      page.locator(`[data-testid="preview"] td[data-cell="${cell}"]`).getAttribute('data-selected'),
    ).resolves.toBe('true');
    await expect(item.getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, '3-selected.png'), fullPage: true });
  });

  it('downloads an annotated copy with the report sheet and the user data unchanged', async () => {
    await page.getByTestId('annotate').click();
    await page.getByTestId('status').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'jxb-dl-')), 'copy.xlsx');
    await download.saveAs(file);
    const copy = await reload(readFileSync(file));
    const original = await reload(readFileSync(SAMPLE));
    expect(copy.getWorksheet('校验报告')).toBeDefined();
    original.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => expect(copy.getWorksheet(ws.name)!.getCell(c.address).value).toEqual(c.value)),
      ),
    );
  });

  it('renders thousands of findings through a virtualized list (time from click to list shown is reported)', async () => {
    const wb = listWorkbook(1700);
    const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await page
      .getByTestId('file')
      .setInputFiles({ name: 'district.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByText('district.xlsx').waitFor();
    const t0 = Date.now();
    await page.getByTestId('validate').click();
    await page.locator('[data-testid="findings"] [role="listitem"]').first().waitFor();
    const ms = Date.now() - t0;
    const total = await page.getByTestId('summary').innerText();
    const shown = await page.locator('[data-testid="findings"] [role="listitem"]').count();
    console.info(`pane: ${total.split('\n')[0]} — click to list shown ${ms} ms, ${shown} rows in the DOM`);
    const count = (label: string) => Number(new RegExp(`${label} (\\d+)`).exec(total)?.[1]);
    expect(count('错误') + count('警告') + count('提示')).toBeGreaterThan(5000);
    expect(shown).toBeLessThan(40);
    await page.getByTestId('findings').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect(page.locator('[data-testid="findings"] [role="listitem"]').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, '4-large.png') });
  });

  it('ran every step above under a policy that forbids eval and new Function, without a violation', async () => {
    await expect(
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).resolves.toEqual([]);
  });

  it('shows a clear message for a file that is not a workbook', async () => {
    await page
      .getByTestId('file')
      .setInputFiles({ name: 'notes.xlsx', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByTestId('open-error').innerText()).resolves.toContain('不是 .xlsx 工作簿');
  });
});
