import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ARTIFACTS, BUNDLE, BUNDLE_STATUS, haveChromium, ROOT } from './bundle';

/** A build past this is a fault, not a slow machine (~50 s on 2 cores): fail the browser tests rather than hang. */
const BUILD_TIMEOUT_MS = 300_000;

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Whether the bundle is newer than everything it is built from. */
function upToDate(): boolean {
  if (!existsSync(join(BUNDLE, 'taskpane.html'))) return false;
  const inputs = ['src', 'assets', 'webpack.config.js', 'package-lock.json'].map((p) => newest(join(ROOT, p)));
  return newest(BUNDLE) > Math.max(...inputs);
}

/**
 * Build the pane once for every browser test (jest globalSetup), when Chromium is there and a browser test is
 * among those run. Reuses a bundle newer than its sources. Writes test/artifacts/bundle-status.json.
 */
export default function globalSetup(globalConfig: { testPathPattern?: string }): void {
  const pattern = globalConfig.testPathPattern;
  // Tests that open the pane in Chromium (others here, e.g. BrowserHost's, run in Node and need no bundle).
  const browserTests = readdirSync(__dirname).filter(
    (f) => f.endsWith('.test.ts') && readFileSync(join(__dirname, f), 'utf8').includes('openPane('),
  );
  const wanted = !pattern || browserTests.some((f) => new RegExp(pattern, 'i').test(join('test', 'browser', f)));
  if (!haveChromium || !wanted) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  if (upToDate()) {
    writeFileSync(BUNDLE_STATUS, JSON.stringify({ ok: true, reused: true }));
    return;
  }
  const started = Date.now();
  const build = spawnSync('npx', ['webpack', '--mode', 'production', '--output-path', BUNDLE], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: { ...process.env, OFFICE_JS_URL: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const reason =
    build.error || build.signal
      ? `webpack did not finish within ${BUILD_TIMEOUT_MS / 1000} s (${build.error?.message ?? build.signal})`
      : build.status !== 0
        ? `webpack failed:\n${build.stdout}\n${build.stderr}`
        : undefined;
  writeFileSync(BUNDLE_STATUS, JSON.stringify(reason ? { ok: false, reason } : { ok: true, seconds }));
  console.info(
    reason
      ? `\nPane bundle: ${reason.split('\n')[0]}`
      : `\nPane bundle built once for the browser tests in ${seconds} s`,
  );
}
