// First: zod must be configured before any schema is built.
import './noEval';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/lang';
import { detectCapabilities } from '../excel/capabilities';
import { ExcelHost } from '../excel/excelHost';
import { App } from './App';
import { BrowserShell } from './BrowserShell';
import { validateAndAnnotate } from './validateCommand';

/** How long to wait for office.js before falling back to the browser mode (it may be blocked or absent). */
const OFFICE_TIMEOUT_MS = 3000;

function waitForOffice(): Promise<Office.HostType | null> {
  if (typeof Office === 'undefined') return Promise.resolve(null);
  return Promise.race([
    Office.onReady().then((info) => info.host ?? null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS)),
  ]);
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

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const host = await waitForOffice();
  if (host !== null && host === Office.HostType.Excel) {
    const excel = new ExcelHost(
      (batch) => Excel.run(batch),
      detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v)),
    );
    const lang = langOf(Office.context.displayLanguage);
    Office.actions?.associate('validateWorkbook', async (event: Office.AddinCommands.Event) => {
      try {
        await validateAndAnnotate(excel, lang);
      } finally {
        event.completed();
      }
    });
    root.render(
      <FluentProvider theme={isDarkOffice() ? webDarkTheme : webLightTheme}>
        <App host={excel} initialLang={lang} />
      </FluentProvider>,
    );
    return;
  }
  root.render(
    <FluentProvider theme={webLightTheme}>
      <BrowserShell initialLang={langOf(navigator.language)} />
    </FluentProvider>,
  );
}

void main();
