/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AnnotationPlan } from '../../src/core/annotate/types';
import { CATALOGUE } from '../../src/core/findings/catalogue';
import { gridFromValues, type WorkbookGrid } from '../../src/core/grid/grid';
import type { Lang } from '../../src/core/lang';
import type { SheetSpec } from '../../src/core/sheetSpec';
import type { HostWarning, Scope, SelfEvalMode, WorkbookHost, WorkOptions } from '../../src/host/host';
import { checkWorkbook } from '../../src/core/engine';
import { App } from '../../src/taskpane/App';
import { EngineClient } from '../../src/worker/client';
import { checkInEngine, sendGrid } from '../../src/worker/check';
import { DurableEngine } from '../../src/worker/durableEngine';
import { GAOXIN_FORMS } from '../../scripts/samples/data/gaoxinForms';

/** A host over a fixed grid (the engine in the page, as where no worker runs) that records what the pane asks. */
class FakeHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  private engine = new DurableEngine(new EngineClient(null));
  selected: string[] = [];
  plans: AnnotationPlan[] = [];
  sheets: SheetSpec[][] = [];
  cleared = 0;
  /** What the host answers when asked to go to a cell (a hidden sheet, say). */
  selectWarnings: HostWarning[] = [];
  listener?: (sheet: string, cell: string) => void;
  constructor(private readonly grid: WorkbookGrid) {}
  async validate(_: Scope, options?: WorkOptions) {
    await sendGrid(this.engine, this.grid, options);
    return checkInEngine(this.engine, null, options);
  }
  async annotate(lang: Lang) {
    const plan = await this.engine.call('plan', { lang });
    this.plans.push(plan);
    return { cells: plan.cells.length, warnings: [] };
  }
  async clearAnnotations() {
    this.cleared++;
    return { removed: this.plans.length > 0, warnings: [] };
  }
  async generateSelfEvaluations(mode: SelfEvalMode) {
    const specs = await this.engine.call('selfEvalSheets', { mode });
    this.sheets.push(specs);
    return { sheets: specs.length, warnings: [] };
  }
  async selectCell(sheet: string, cell: string) {
    this.selected.push(`${sheet}!${cell}`);
    return this.selectWarnings;
  }
  async onSelectionChanged(l: (sheet: string, cell: string) => void) {
    this.listener = l;
    return () => undefined;
  }
}

const grid = { sheets: [gridFromValues('执法服装', GAOXIN_FORMS[4])] };
/** What the engine finds there (the checks are being refined: the pane must show whatever they find). */
const EXPECTED = checkWorkbook(grid).findings;
const N = EXPECTED.length;
const BY_SEVERITY = (['error', 'warning', 'info'] as const).flatMap((s) => EXPECTED.filter((f) => f.severity === s));
const count = (s: string) => EXPECTED.filter((f) => f.severity === s).length;

async function validated(host: FakeHost, lang: Lang = 'zh') {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLang={lang} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByTestId('validate'));
  // The first check loads the engine (in the page here: no worker under jsdom).
  await screen.findByTestId('summary', {}, { timeout: 20_000 });
}

function findingsTab() {
  fireEvent.click(screen.getByTestId('tab-findings'));
  return screen.getByTestId('findings');
}

const codes = (tree: HTMLElement) =>
  within(tree)
    .getAllByRole('treeitem')
    .filter((e) => e.getAttribute('aria-level') === '2')
    .map((e) => e.dataset.code);

describe('task pane', () => {
  it('validates and shows the overview: counts, completeness, the project with its categories', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    expect(screen.getByTestId('count-warning')).toHaveTextContent(`警告 ${count('warning')}`);
    expect(screen.getByTestId('complete')).toHaveTextContent('0 / 1 个项目指标类别完整');
    const project = within(screen.getByTestId('projects')).getAllByRole('listitem')[0];
    expect(project).toHaveTextContent('应急管理局执法服装采购经费');
    // 成本 and 可持续影响 are missing (MISSING_LEVEL2), 产出 is there.
    const states = [...project.querySelectorAll('[data-state]')].map((e) => e.getAttribute('data-state'));
    expect(states.filter((s) => s === 'missing')).toHaveLength(2);
    expect(project).toHaveTextContent('成本✗');
    expect(screen.getByTestId('live')).toHaveTextContent(`校验完成：${N} 条问题`);
  });

  it('lists findings by severity under plain catalogue titles, severity as a word, the whole message', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    const tree = findingsTab();
    expect(within(tree).getAllByRole('treeitem')[0]).toHaveTextContent(`警告${count('warning')}`);
    expect(codes(tree)).toEqual(BY_SEVERITY.map((f) => f.code));
    expect(codes(tree)).toEqual(expect.arrayContaining(['MISSING_LEVEL2', 'MISCLASSIFIED_INDICATOR']));
    const first = within(tree).getAllByTestId('finding-title')[0];
    expect(first).toHaveTextContent(CATALOGUE.MISSING_LEVEL2.title);
    expect(tree).not.toHaveTextContent('MISSING_LEVEL2');
  });

  it('expands a finding to why and how to fix it from the catalogue, and the expected value', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    const tree = findingsTab();
    fireEvent.click(within(tree).getAllByTestId('toggle-details')[0]);
    const details = within(tree).getByTestId('finding-details');
    expect(details).toHaveTextContent(CATALOGUE.MISSING_LEVEL2.why);
    expect(details).toHaveTextContent(CATALOGUE.MISSING_LEVEL2.fix);
    expect(details).toHaveTextContent(/应为(时效|成本)指标/);
    expect(details).toHaveTextContent('MISSING_LEVEL2');
  });

  it('is operated by keyboard: arrows move, → expands, Enter goes to the cell, ← collapses', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    const tree = findingsTab();
    const items = () => within(tree).getAllByRole('treeitem');
    act(() => items()[0].focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(items()[1]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-code')).toBe('MISCLASSIFIED_INDICATOR'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(host.selected).toEqual(['执法服装!C17']);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(items()[0]));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(codes(tree)).toEqual([]);
  });

  it('a selection in the sheet highlights its findings', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    findingsTab();
    const misfiled = EXPECTED.find((f) => f.code === 'MISCLASSIFIED_INDICATOR')!;
    act(() => host.listener!('执法服装', misfiled.cell));
    const lines = [...document.querySelectorAll('[role="treeitem"][data-cell]')];
    for (const line of lines)
      expect(line.getAttribute('aria-selected')).toBe(
        String(line.getAttribute('data-cell') === `执法服装!${misfiled.cell}`),
      );
    expect(lines.filter((l) => l.getAttribute('aria-selected') === 'true').length).toBeGreaterThan(0);
  });

  it('says why a cell cannot be shown (e.g. its sheet is hidden) instead of failing silently', async () => {
    const host = new FakeHost(grid);
    host.selectWarnings = [
      { message: '工作表“执法服装”已隐藏，无法定位到 C17；取消隐藏后再点击', messageEn: 'hidden' },
    ];
    await validated(host);
    findingsTab();
    fireEvent.click(screen.getByText(/填在时效指标下/));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('已隐藏'));
  });

  it('filters by severity, check area, project and words, and says how many are shown', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    const tree = findingsTab();
    fireEvent.click(screen.getByTestId('filter-warning'));
    expect(screen.getByTestId('no-findings')).toHaveTextContent('没有符合筛选条件的问题');
    fireEvent.click(screen.getByTestId('filter-warning'));
    fireEvent.change(screen.getByTestId('area-filter'), { target: { value: 'classification' } });
    expect(codes(screen.getByTestId('findings'))).toEqual(['MISCLASSIFIED_INDICATOR']);
    expect(screen.getByTestId('showing')).toHaveTextContent(`显示 1 / ${N} 条问题`);
    fireEvent.click(screen.getByTestId('clear-filters'));
    fireEvent.change(screen.getByTestId('search'), { target: { value: '填在 时效' } });
    // The search applies a moment after the last key.
    await waitFor(() => expect(codes(screen.getByTestId('findings'))).toEqual(['MISCLASSIFIED_INDICATOR']), {
      timeout: 5000,
    });
    expect(tree).toBeDefined();
  });

  it('the overview filters the findings by project, grouped by project', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByRole('button', { name: /只看此项目的问题/ }));
    const tree = screen.getByTestId('findings');
    expect(within(tree).getAllByRole('treeitem')[0]).toHaveTextContent(`应急管理局执法服装采购经费${N}`);
    expect((screen.getByTestId('project-filter') as HTMLSelectElement).selectedOptions[0].textContent).toContain(
      '应急管理局执法服装采购经费',
    );
  });

  it('writes annotations, clears them and generates 自评表 through the host, saying what happened', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByTestId('annotate'));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].cells.map((c) => c.cell)).toContain('C17');
    expect(await screen.findByTestId('status')).toHaveTextContent('个单元格写入批注');
    fireEvent.click(screen.getByTestId('clear'));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('单元格格式已还原'));
    expect(host.cleared).toBe(1);
    fireEvent.click(screen.getByTestId('self-eval'));
    fireEvent.click(await screen.findByRole('menuitem', { name: '每个项目一张表' }));
    await waitFor(() => expect(host.sheets[0].map((s) => s.name)).toEqual(['自评-应急管理局执法服装采购经费']));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('已生成 1 张自评表'));
    fireEvent.click(screen.getByTestId('self-eval'));
    fireEvent.click(await screen.findByRole('menuitem', { name: '全部项目合并为一张表' }));
    await waitFor(() => expect(host.sheets[1].map((s) => s.name)).toEqual(['自评表']));
  });

  it('disables every action while work runs, says what runs, and cancels it', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    let release!: () => void;
    host.annotate = (_lang: Lang, options?: WorkOptions) =>
      new Promise((resolve, reject) => {
        release = () => resolve({ cells: 1, warnings: [] });
        options?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    fireEvent.click(screen.getByTestId('annotate'));
    await screen.findByTestId('busy');
    for (const id of ['validate', 'annotate', 'clear', 'self-eval']) expect(screen.getByTestId(id)).toBeDisabled();
    expect(screen.getByTestId('progress-text')).toHaveTextContent('正在写入批注…');
    expect(screen.getByTestId('live')).toHaveTextContent('正在写入批注…');
    fireEvent.click(screen.getByTestId('cancel'));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('已取消'));
    expect(screen.getByTestId('annotate')).not.toBeDisabled();
    release();
  });

  it('says so when there was nothing to clear', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByTestId('clear'));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('没有本工具写入的批注'));
  });

  it('is fully English in English: titles, severities, categories, catalogue guidance', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByTestId('lang'));
    expect(screen.getByTestId('validate')).toHaveTextContent('Revalidate');
    expect(screen.getByTestId('count-error')).toHaveTextContent('Error 0');
    expect(screen.getByTestId('legend')).toHaveTextContent('Time = timeliness');
    const tree = findingsTab();
    fireEvent.click(within(tree).getAllByTestId('toggle-details')[0]);
    expect(tree).toHaveTextContent(CATALOGUE.MISSING_LEVEL2.titleEn);
    expect(within(tree).getByTestId('finding-details')).toHaveTextContent(CATALOGUE.MISSING_LEVEL2.whyEn);
    expect(within(tree).getByTestId('finding-details')).toHaveTextContent(/Expected(timeliness|cost)/);
    expect(screen.getByTestId('status')).toHaveTextContent(`Validated: ${N} findings`);
    // Only the user's data stays Chinese: sheet and project names, and the sheet's words that messages and the
    // catalogue's examples quote. Everything else of the pane is English.
    const pane = document.body.cloneNode(true) as HTMLElement;
    for (const e of pane.querySelectorAll('[data-testid="finding-message"], dd')) e.remove();
    const text = pane.textContent!.replace(/执法服装|应急管理局执法服装采购经费/g, '');
    expect(text.match(/[\u4e00-\u9fff]+/g)).toEqual(['中文']);
  });
});
