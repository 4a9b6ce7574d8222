import { chromium } from 'playwright-core';
import { join } from 'path';
import { serveFolder } from './test/helpers/staticServer';
const ROOT = __dirname;
(async () => {
  const server = await serveFolder(join(ROOT, 'test/artifacts/bundle'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  for (const [w, locale] of [[350, 'zh-CN'], [1280, 'en-US']] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: 800 }, locale });
    page.on('console', (m) => console.log('console', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId('drop').waitFor();
    await page.screenshot({ path: `/tmp/look/${w}-0.png` });
    await page.getByTestId('file').setInputFiles(join(ROOT, 'assets/samples/sample.xlsx'));
    await page.getByTestId('summary').waitFor({ timeout: 20000 });
    await page.screenshot({ path: `/tmp/look/${w}-1.png` });
    await page.getByTestId('tab-findings').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/look/${w}-2.png` });
    console.log(w, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
  }
  await browser.close();
  await server.close();
})();
