// First: zod must be configured before any schema is built.
import './noEval';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/lang';
import { detectCapabilities } from '../excel/capabilities';
import { ExcelHost } from '../excel/excelHost';
import { EngineClient } from '../worker/client';
import { spawnEngineWorker } from '../worker/spawn';
import { App } from './App';
import { BrowserShell } from './BrowserShell';
import { validateAndAnnotate } from './validateCommand';

/** How long to wait for office.js (loaded async: a slow CDN must not leave a white page) before the browser mode. */
const OFFICE_TIMEOUT_MS = 4000;

type OfficeWait = { host: Office.HostType | null; timedOut: boolean };

/** office.js loads by itself (async script in the page); wait for it, for Office.onReady, or for the timeout. */
function waitForOffice(): Promise<OfficeWait> {
  const w = window as unknown as { __officeJsFailed?: boolean };
  const script = document.querySelector<HTMLScriptElement>('script[data-office-js]');
  const loaded = new Promise<boolean>((resolve) => {
    if (typeof Office !== 'undefined') return resolve(true);
    if (w.__officeJsFailed || !script) return resolve(false);
    script.addEventListener('load', () => resolve(true));
    script.addEventListener('error', () => resolve(false));
  });
  const ready = loaded.then(async (ok): Promise<OfficeWait> => {
    if (!ok || typeof Office === 'undefined') return { host: null, timedOut: true };
    const info = await Office.onReady();
    return { host: info.host ?? null, timedOut: false };
  });
  const timeout = new Promise<OfficeWait>((resolve) =>
    setTimeout(() => resolve({ host: null, timedOut: true }), OFFICE_TIMEOUT_MS),
  );
  return Promise.race([ready, timeout]);
}

function langOf(tag: string | undefined): Lang {
  return tag && !tag.toLowerCase().startsWith('zh') ? 'en' : 'zh';
}

/** Dark Office themes get the dark Fluent theme. */
function isDarkOffice(): boolean {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg) return false;
  const n = parseInt(bg.replace('#', ''), 16);
  return ((n >> 16) & 255) + ((n >> 8) & 255) + (n & 255) < 3 * 128;
}

/** A worker where the page can start one; the engine runs in the page otherwise. */
const spawn = typeof Worker === 'undefined' ? null : spawnEngineWorker;

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const lang = langOf(navigator.language);
  // Never a white page: say what is happening while office.js loads.
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner
        size="small"
        label={lang === 'zh' ? '正在连接 Excel…' : 'Connecting to Excel…'}
        style={{ padding: 24 }}
      />
    </FluentProvider>,
  );
  const { host, timedOut } = await waitForOffice();
  if (host !== null && host === Office.HostType.Excel) {
    const excel = new ExcelHost(
      (batch) => Excel.run(batch),
      detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v)),
      new EngineClient(spawn),
    );
    const excelLang = langOf(Office.context.displayLanguage);
    Office.actions?.associate('validateWorkbook', async (event: Office.AddinCommands.Event) => {
      try {
        await validateAndAnnotate(excel, excelLang);
      } finally {
        event.completed();
      }
    });
    root.render(
      <FluentProvider theme={isDarkOffice() ? webDarkTheme : webLightTheme}>
        <App host={excel} initialLang={excelLang} />
      </FluentProvider>,
    );
    return;
  }
  root.render(
    <FluentProvider theme={webLightTheme}>
      <BrowserShell
        initialLang={lang}
        spawnWorker={spawn}
        officeTimedOut={timedOut ? OFFICE_TIMEOUT_MS / 1000 : undefined}
      />
    </FluentProvider>,
  );
}

void main();
