/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AnnotationPlan } from '../../src/core/annotate/types';
import { gridFromValues, type WorkbookGrid } from '../../src/core/grid/grid';
import type { SheetSpec } from '../../src/core/sheetSpec';
import type { HostWarning, WorkbookHost } from '../../src/host/host';
import { App } from '../../src/taskpane/App';
import { GAOXIN_FORMS } from '../../scripts/samples/data/gaoxinForms';

/** A host over a fixed grid that records what the pane asks of it. */
class FakeHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  selected: string[] = [];
  plans: AnnotationPlan[] = [];
  sheets: SheetSpec[][] = [];
  cleared = 0;
  /** What the host answers when asked to go to a cell (a hidden sheet, say). */
  selectWarnings: HostWarning[] = [];
  listener?: (sheet: string, cell: string) => void;
  constructor(private readonly grid: WorkbookGrid) {}
  async readWorkbook(_: unknown, onProgress?: (d: number, t: number) => void) {
    onProgress?.(1, 1);
    return this.grid;
  }
  async applyAnnotations(plan: AnnotationPlan) {
    this.plans.push(plan);
    return [];
  }
  async clearAnnotations() {
    this.cleared++;
    return [];
  }
  async writeSheets(specs: SheetSpec[]) {
    this.sheets.push(specs);
    return [];
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

async function validated(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLang="zh" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByTestId('validate'));
  await screen.findByTestId('summary');
}

describe('task pane', () => {
  it('validates and shows counts, completeness and findings grouped by project', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    expect(screen.getByTestId('count-warning')).toHaveTextContent('警告 4');
    const list = screen.getByTestId('findings');
    expect(within(list).getByRole('heading')).toHaveTextContent('应急管理局执法服装采购经费（4）');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((e) => e.dataset.code),
    ).toEqual(['MISSING_LEVEL2', 'MISSING_LEVEL2', 'MISCLASSIFIED_INDICATOR', 'VAGUE_TARGET']);
  });

  it('a click on a finding selects its cell; a selection in the sheet highlights its findings', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByText(/执法服装使用年限/));
    expect(host.selected).toEqual(['执法服装!C17']);
    act(() => host.listener!('执法服装', 'E18'));
    const vague = document.querySelector('[data-code="VAGUE_TARGET"]')!;
    expect(vague.getAttribute('aria-selected')).toBe('true');
  });

  it('says why a cell cannot be shown (e.g. its sheet is hidden) instead of failing silently', async () => {
    const host = new FakeHost(grid);
    host.selectWarnings = [
      { message: '工作表“执法服装”已隐藏，无法定位到 C17；取消隐藏后再点击', messageEn: 'hidden' },
    ];
    await validated(host);
    fireEvent.click(screen.getByText(/执法服装使用年限/));
    expect(await screen.findByTestId('status')).toHaveTextContent('已隐藏');
  });

  it('filters by severity', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByTestId('count-warning'));
    expect(screen.queryByTestId('findings')).toBeNull();
    expect(screen.getByText('未发现问题')).toBeInTheDocument();
  });

  it('writes annotations, clears them and generates 自评表 through the host', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByTestId('annotate'));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(host.plans[0].cells.map((c) => c.cell)).toContain('C17');
    fireEvent.click(screen.getByTestId('clear'));
    await waitFor(() => expect(host.cleared).toBe(1));
    fireEvent.click(screen.getByTestId('self-eval'));
    await waitFor(() => expect(host.sheets[0].map((s) => s.name)).toEqual(['自评-应急管理局执法服装采购经费']));
    expect(await screen.findByTestId('status')).toHaveTextContent('已生成 1 张自评表');
    fireEvent.click(screen.getByLabelText('合并为一张表'));
    fireEvent.click(screen.getByTestId('self-eval'));
    await waitFor(() => expect(host.sheets[1].map((s) => s.name)).toEqual(['自评表']));
  });

  it('switches to English', async () => {
    const host = new FakeHost(grid);
    await validated(host);
    fireEvent.click(screen.getByTestId('lang'));
    expect(screen.getByTestId('validate')).toHaveTextContent('Validate');
    expect(screen.getByTestId('count-error')).toHaveTextContent('Errors 0');
  });
});
