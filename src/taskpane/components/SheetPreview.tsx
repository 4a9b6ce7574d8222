import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SEVERITY_FILL } from '../../core/annotate/plan';
import { address, columnName } from '../../core/grid/address';
import { worseSeverity, type Finding, type Severity } from '../../core/findings/finding';
import type { SheetInfo, SheetWindow } from '../../worker/protocol';
import type { Strings } from '../i18n';

/** The preview shows the top-left of big sheets only; the findings list covers everything. */
const MAX_ROWS = 400;
const MAX_COLS = 26;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '6px', minHeight: 0, padding: '8px 0' },
  fill: { flex: 1, padding: '8px' },
  picker: { minWidth: 0, maxWidth: '100%' },
  frame: {
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    maxHeight: '70vh',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  frameFill: { flex: 1, maxHeight: 'none', minHeight: 0 },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: '12px' },
  cell: {
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #d4d4d4',
    padding: '2px 4px',
    maxWidth: '180px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'pointer',
    // Clear of the sticky headers when scrolled into view.
    scrollMarginTop: '28px',
    scrollMarginLeft: '44px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #bdbdbd',
    padding: '2px 4px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
    borderRight: '1px solid #bdbdbd',
    borderBottom: '1px solid #d4d4d4',
    padding: '2px 4px',
  },
  corner: { left: 0, zIndex: 3 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface SheetPreviewProps {
  sheets: SheetInfo[];
  /** The top-left part of a sheet, from the engine. */
  loadSheet(name: string, maxRows: number, maxCols: number): Promise<SheetWindow>;
  findings: readonly Finding[];
  /** sheet!cell selected: its sheet is shown and the cell outlined. */
  selectedCell: string | null;
  onSelectCell(sheet: string, cell: string): void;
  onSheetChange(sheet: string): void;
  /** Changes when the selected cell should take the focus. */
  focusRequest: number;
  /** Escape: back to the findings. */
  onEscape(): void;
  /** Fills a column of its own (wide window) rather than a tab. */
  fill: boolean;
  t: Strings;
}

/** The opened workbook as a grid (browser mode): merged cells respected, cells with findings coloured. */
export function SheetPreview(props: SheetPreviewProps) {
  const { sheets, findings, selectedCell, t } = props;
  const styles = useStyles();
  const selectedSheet = selectedCell ? selectedCell.slice(0, selectedCell.lastIndexOf('!')) : null;
  const known = selectedSheet !== null && sheets.some((s) => s.name === selectedSheet);
  // The picker's choice holds until another cell is gone to, which brings its own sheet.
  const [chosen, setChosen] = useState<{ sheet: string; at: string | null } | null>(null);
  const sheet =
    chosen && (chosen.at === selectedCell || !known) ? chosen.sheet : known ? selectedSheet! : (sheets[0]?.name ?? '');
  const [data, setData] = useState<SheetWindow | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const { loadSheet, onSheetChange } = props;

  useEffect(() => onSheetChange(sheet), [sheet, onSheetChange]);
  useEffect(() => {
    let live = true;
    void loadSheet(sheet, MAX_ROWS, MAX_COLS).then(
      (w) => live && setData(w),
      () => live && setData(null),
    );
    return () => {
      live = false;
    };
  }, [sheet, loadSheet]);

  const perSheet = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of findings) m.set(f.sheet, (m.get(f.sheet) ?? 0) + 1);
    return m;
  }, [findings]);
  const worst = useMemo(() => {
    const m = new Map<string, Severity>();
    for (const f of findings) {
      if (f.sheet !== sheet) continue;
      const cur = m.get(f.cell);
      m.set(f.cell, cur ? worseSeverity(cur, f.severity) : f.severity);
    }
    return m;
  }, [findings, sheet]);
  const spans = useMemo(() => {
    const anchors = new Map<string, { rowSpan: number; colSpan: number }>();
    const hidden = new Set<string>();
    for (const m of data?.merges ?? []) {
      const bottom = Math.min(m.bottom, data!.rows.length - 1);
      const right = Math.min(m.right, (data!.rows[0]?.length ?? 1) - 1);
      anchors.set(address(m.top, m.left), { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
      for (let r = m.top; r <= bottom; r++)
        for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) hidden.add(address(r, c));
    }
    return { anchors, hidden };
  }, [data]);

  const selectedHere = selectedSheet === sheet ? selectedCell!.slice(sheet.length + 1) : null;
  useEffect(() => {
    const el = frame.current?.querySelector<HTMLElement>('[data-selected="true"]');
    el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedHere, data]);
  useEffect(() => {
    if (props.focusRequest === 0) return;
    const el = frame.current?.querySelector<HTMLElement>('[data-selected="true"]');
    (el ?? frame.current)?.focus({ preventScroll: false });
    // Focus follows a request, once the cell is rendered.
  }, [props.focusRequest, data]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onEscape();
    }
  };

  const rows = data?.rows ?? [];
  const cols = rows[0]?.length ?? 0;
  return (
    <div className={`${styles.root} ${props.fill ? styles.fill : ''}`} data-testid="preview">
      <Field label={t.previewSheet} size="small">
        <Select
          size="small"
          className={styles.picker}
          value={sheet}
          onChange={(_, d) => setChosen({ sheet: d.value, at: selectedCell })}
          data-testid="sheet-picker"
        >
          {sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
              {perSheet.get(s.name) ? ` — ${t.previewFindings(perSheet.get(s.name)!)}` : ''}
            </option>
          ))}
        </Select>
      </Field>
      {data && (data.totalRows > rows.length || data.totalCols > cols) && (
        <div className={styles.note}>{t.previewPart(rows.length, cols, data.totalRows, data.totalCols)}</div>
      )}
      <div
        className={`${styles.frame} ${props.fill ? styles.frameFill : ''}`}
        ref={frame}
        tabIndex={0}
        role="region"
        aria-label={t.previewLabel(sheet)}
        aria-describedby="preview-back"
        onKeyDown={onKeyDown}
      >
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.colHead} ${styles.corner}`} aria-hidden />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.colHead}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {row.map((v, c) => {
                  const a = address(r, c);
                  if (spans.hidden.has(a)) return null;
                  const sev = worst.get(a);
                  const isSelected = selectedHere === a;
                  return (
                    <td
                      key={c}
                      {...spans.anchors.get(a)}
                      className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                      style={sev ? { background: SEVERITY_FILL[sev] } : undefined}
                      title={v}
                      data-cell={a}
                      data-selected={isSelected}
                      tabIndex={isSelected ? -1 : undefined}
                      onClick={() => props.onSelectCell(sheet, a)}
                    >
                      {v}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id="preview-back" className={styles.note}>
        {t.backHint}
      </div>
    </div>
  );
}
