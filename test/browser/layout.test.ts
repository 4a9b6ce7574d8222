import { join } from 'path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInChromium, openFile, openPane, SAMPLE, type PaneSession } from './bundle';

interface LayoutProblems {
  /** The page scrolls sideways. */
  pageOverflow: number;
  /** Visible elements that reach past the right edge of the window (the sheet preview scrolls on its own). */
  outside: string[];
  /** Finding texts cut off: their content larger than their box, or their box past the tree's edge. */
  clipped: string[];
}

/** What a reader would see wrong, measured in the page. */
function problems(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const label = (e: Element) =>
      `${e.tagName.toLowerCase()} in ${e.closest('[data-testid]')?.getAttribute('data-testid') ?? ''} ${e.parentElement?.outerHTML.slice(0, 150)} "${(e.textContent ?? '').trim().slice(0, 40)}" ${Math.round(e.getBoundingClientRect().right)}`;
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    };
    const outside = [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('[data-testid="preview"]') && visible(e) && e.getBoundingClientRect().right > vw + 1)
      .map(label);
    const tree = document.querySelector('[data-testid="findings"]')?.getBoundingClientRect();
    const clipped = [
      ...document.querySelectorAll(
        '[data-testid="finding-title"], [data-testid="finding-message"], [data-testid="finding-details"] dd, [role="treeitem"]',
      ),
    ]
      .filter(
        (e) =>
          e.scrollWidth > e.clientWidth + 1 ||
          e.scrollHeight > e.clientHeight + 1 ||
          (tree !== undefined && e.getBoundingClientRect().right > tree.right + 1),
      )
      .map(label);
    return { pageOverflow: document.documentElement.scrollWidth - vw, outside, clipped };
  });
}

/** Scroll the results through, checking every finding line on the way. */
async function everyFindingReadable(page: Page): Promise<{ seen: number; clipped: string[] }> {
  const results = page.getByTestId('results');
  const clipped = new Set<string>();
  const seen = new Set<string>();
  await results.evaluate((e) => (e.scrollTop = 0));
  for (let guard = 0; guard < 200; guard++) {
    const p = await problems(page);
    p.clipped.forEach((c) => clipped.add(c));
    for (const key of await page
      .locator('[role="treeitem"][data-cell]')
      .evaluateAll((es) => es.map((e) => e.getAttribute('data-index'))))
      seen.add(key!);
    const end = await results.evaluate((e) => {
      const before = e.scrollTop;
      e.scrollTop += e.clientHeight * 0.8;
      return e.scrollTop === before;
    });
    await page.waitForTimeout(50);
    if (end) break;
  }
  return { seen: seen.size, clipped: [...clipped] };
}

const CASES = [
  { width: 350, lang: 'zh', locale: 'zh-CN' },
  { width: 350, lang: 'en', locale: 'en-US' },
  { width: 1280, lang: 'zh', locale: 'zh-CN' },
  { width: 1280, lang: 'en', locale: 'en-US' },
] as const;

describeInChromium('the pane as a reader sees it, at 350 px and 1,280 px, in Chinese and English', () => {
  for (const { width, lang, locale } of CASES) {
    describe(`${width} px, ${lang}`, () => {
      let pane: PaneSession;
      beforeAll(async () => {
        pane = await openPane({ width, height: width < 500 ? 760 : 800, locale });
      }, 60_000);
      afterAll(() => pane?.close());

      it('opens with no sideways scroll', async () => {
        await pane.page.getByTestId('drop').waitFor();
        await pane.page.screenshot({ path: join(ARTIFACTS, `open-${width}-${lang}.png`) });
        expect(await problems(pane.page)).toMatchObject({ pageOverflow: 0, outside: [] });
      });

      it('shows the whole picture first', async () => {
        await openFile(pane.page, SAMPLE);
        await pane.page.screenshot({ path: join(ARTIFACTS, `overview-${width}-${lang}.png`) });
        expect(await problems(pane.page)).toMatchObject({ pageOverflow: 0, outside: [] });
        const legend = await pane.page.getByTestId('legend').innerText();
        expect(legend).toContain(lang === 'zh' ? '缺少' : 'missing');
      });

      it('shows every finding in full, its why and how to fix when expanded, nothing cut off', async () => {
        const { page } = pane;
        await page.getByTestId('tab-findings').click();
        const toggles = page.getByTestId('toggle-details');
        await toggles.nth(0).click();
        await toggles.nth(1).click();
        await page.getByTestId('finding-details').first().waitFor();
        await page.getByTestId('results').evaluate((e) => (e.scrollTop = 0));
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(ARTIFACTS, `findings-${width}-${lang}.png`) });
        expect(await problems(page)).toMatchObject({ pageOverflow: 0, outside: [], clipped: [] });
        const total = Number((await page.getByTestId('tab-findings').innerText()).replace(/\D+/g, ''));
        const { seen, clipped } = await everyFindingReadable(page);
        expect(clipped).toEqual([]);
        expect(seen).toBe(total);
      });

      it('shows the sheet with the finding gone to, without sideways scroll of the page', async () => {
        const { page } = pane;
        await page.getByTestId('results').evaluate((e) => (e.scrollTop = 0));
        const item = page.locator('[role="treeitem"][data-cell]').first();
        const [, cell] = (await item.getAttribute('data-cell'))!.split('!');
        await item.click();
        const td = page.locator(`[data-testid="preview"] td[data-cell="${cell}"]`);
        // The pane renders the selection after the click: wait for it (a loaded machine takes longer).
        await page.locator(`[data-testid="preview"] td[data-cell="${cell}"][data-selected="true"]`).waitFor();
        await expect(td.getAttribute('data-selected')).resolves.toBe('true');
        await page.screenshot({ path: join(ARTIFACTS, `sheet-${width}-${lang}.png`) });
        expect(await problems(page)).toMatchObject({ pageOverflow: 0, outside: [] });
        // The selected cell is in view, below the sticky column header.
        const [cellBox, headBox] = await Promise.all([
          td.boundingBox(),
          page.locator('[data-testid="preview"] thead th').first().boundingBox(),
        ]);
        expect(cellBox!.y).toBeGreaterThanOrEqual(headBox!.y + headBox!.height - 1);
      });
    });
  }
});
