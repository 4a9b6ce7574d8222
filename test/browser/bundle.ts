import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveFolder } from '../helpers/staticServer';

export const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
/** The one production bundle every browser test serves, built by test/browser/globalSetup.ts. */
export const BUNDLE = join(ARTIFACTS, 'bundle');
export const BUNDLE_STATUS = join(ARTIFACTS, 'bundle-status.json');
export const SAMPLE = join(ROOT, 'assets', 'samples', 'sample.xlsx');
export const haveChromium = existsSync(CHROMIUM);

/** Everything the pane needs, and no 'unsafe-eval': Chromium then refuses eval and new Function, and reports it. */
export const NO_EVAL_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'";

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` when Chromium is there, `describe.skip` with a message otherwise. */
export function describeInChromium(name: string, body: () => void): void {
  if (!haveChromium)
    console.warn(
      `Browser tests skipped: no Chromium at ${CHROMIUM} (run scripts/setup-system.sh as root, or set CHROMIUM_PATH)`,
    );
  (haveChromium ? describe : describe.skip)(name, body);
}

/** The bundle globalSetup built, or the reason it could not (a failed or timed-out build fails the tests). */
function bundleReady(): void {
  const status = existsSync(BUNDLE_STATUS)
    ? (JSON.parse(readFileSync(BUNDLE_STATUS, 'utf8')) as { ok: boolean; reason?: string })
    : { ok: false, reason: 'no bundle: run the browser tests through jest (its globalSetup builds it)' };
  if (!status.ok) throw new Error(`The pane's bundle is not there: ${status.reason}`);
}

export interface PaneSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  /** Requests the page tried to send elsewhere (refused). */
  external: string[];
  close(): Promise<void>;
}

/** Serve the bundle under the strict policy, start Chromium and open the pane; nothing leaves the machine. */
export async function openPane(options: { width: number; height?: number; locale?: string }): Promise<PaneSession> {
  bundleReady();
  const server = await serveFolder(BUNDLE, { 'Content-Security-Policy': NO_EVAL_POLICY });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 800 },
    acceptDownloads: true,
    locale: options.locale ?? 'zh-CN',
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/taskpane.html`);
  return {
    browser,
    context,
    page,
    url: server.url,
    external,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Open a file in the pane (it validates at once) and wait for the overview. */
export async function openFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  timeout = 60_000,
): Promise<void> {
  await page.getByTestId('file').setInputFiles(file);
  await page.getByTestId('summary').waitFor({ timeout });
}
