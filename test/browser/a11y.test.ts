import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import { describeInChromium, openPane, SAMPLE, type PaneSession } from './bundle';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now (its source injected, no network). */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: Document,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
  });
}

/** What has the keyboard focus: its test id, role, or tag. */
function focused(
  page: Page,
): Promise<{ testid: string | null; role: string | null; cell: string | null; outline: string }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return {
      testid: e?.getAttribute('data-testid') ?? null,
      role: e?.getAttribute('role') ?? null,
      cell: e?.getAttribute('data-cell') ?? null,
      outline: e ? getComputedStyle(e).outlineStyle : 'none',
    };
  });
}

/** Press Tab until `want` holds for the focused element (at most `max` presses). */
async function tabTo(page: Page, want: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`Tab never reached it; focus is on ${JSON.stringify(await focused(page))}`);
}

describeInChromium('keyboard and screen readers', () => {
  for (const { width, locale } of [
    { width: 350, locale: 'zh-CN' },
    { width: 1280, locale: 'en-US' },
  ]) {
    describe(`${width} px, ${locale}`, () => {
      let pane: PaneSession;
      beforeAll(async () => {
        pane = await openPane({ width, height: 800, locale });
        // Intercept file choosers from the start (the interception is set up asynchronously).
        pane.page.on('filechooser', () => undefined);
      }, 60_000);
      afterAll(() => pane?.close());

      it('a keyboard alone opens a file, reaches a finding, goes to its cell and comes back', async () => {
        const { page } = pane;
        await page.getByTestId('drop').waitFor();
        await tabTo(page, (f) => f.testid === 'drop');
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
        await chooser.setFiles(SAMPLE);
        await page.getByTestId('summary').waitFor({ timeout: 60_000 });
        await tabTo(page, (f) => f.role === 'tab');
        // Tabs follow the arrows; the findings tab is the next one.
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Enter');
        await page.getByTestId('findings').waitFor();
        const group = await tabTo(page, (f) => f.role === 'treeitem');
        expect(group.outline).not.toBe('none');
        await page.keyboard.press('ArrowDown');
        const finding = await focused(page);
        expect(finding.role).toBe('treeitem');
        expect(finding.cell).toMatch(/!/);
        await page.keyboard.press('ArrowRight');
        await expect(page.locator(':focus').getAttribute('aria-expanded')).resolves.toBe('true');
        await expect(page.locator(':focus [data-testid="finding-details"]').count()).resolves.toBe(1);
        await page.keyboard.press('Enter');
        const [, cell] = finding.cell!.split('!');
        await page.waitForFunction((c) => document.activeElement?.getAttribute('data-cell') === c, cell);
        await expect(page.locator(':focus').getAttribute('data-selected')).resolves.toBe('true');
        await page.keyboard.press('Escape');
        await page.waitForFunction((c) => document.activeElement?.getAttribute('data-cell') === c, finding.cell);
        await page.keyboard.press('ArrowDown');
        await expect(focused(page).then((f) => f.role)).resolves.toBe('treeitem');
      });

      it('has no serious or critical axe-core violation: opened, overview, findings with details, sheet', async () => {
        const { page } = pane;
        const found: Record<string, Violation[]> = {};
        found.findings = await axeViolations(page);
        await page.getByTestId('tab-overview').click();
        found.overview = await axeViolations(page);
        if (await page.getByTestId('tab-sheet').count()) {
          await page.getByTestId('tab-sheet').click();
          found.sheet = await axeViolations(page);
        }
        expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      });
    });
  }

  it('has no serious or critical axe-core violation before a file is opened', async () => {
    const pane = await openPane({ width: 350 });
    try {
      await pane.page.getByTestId('drop').waitFor();
      expect(await axeViolations(pane.page)).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
