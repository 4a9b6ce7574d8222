import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { address, columnName } from '../../core/grid/address';
import type { SheetGrid } from '../../core/grid/grid';
import { SEVERITY_FILL } from '../../core/annotate/plan';
import { worseSeverity, type Finding, type Severity } from '../../core/findings/finding';

/** The preview shows the top-left of big sheets only; the findings list covers everything. */
const MAX_ROWS = 400;
const MAX_COLS = 14;

const useStyles = makeStyles({
  frame: { maxHeight: '360px', overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, marginTop: '4px' },
  table: { borderCollapse: 'collapse', fontSize: '11px' },
  cell: {
    border: '1px solid #ddd',
    padding: '2px 4px',
    maxWidth: '180px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'pointer',
  },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
    position: 'sticky',
    top: 0,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export interface SheetPreviewProps {
  sheets: SheetGrid[];
  sheet: string;
  findings: Finding[];
  selected: string | null;
  onSelectSheet(name: string): void;
  onSelectCell(sheet: string, cell: string): void;
}

/** The opened workbook as a grid (browser mode), merged cells respected, cells with findings coloured. */
export function SheetPreview({ sheets, sheet, findings, selected, onSelectSheet, onSelectCell }: SheetPreviewProps) {
  const styles = useStyles();
  const grid = sheets.find((s) => s.name === sheet) ?? sheets[0];
  const frame = useRef<HTMLDivElement>(null);
  const worst = useMemo(() => {
    const m = new Map<string, Severity>();
    for (const f of findings) {
      if (f.sheet !== grid?.name) continue;
      const cur = m.get(f.cell);
      m.set(f.cell, cur ? worseSeverity(cur, f.severity) : f.severity);
    }
    return m;
  }, [findings, grid]);
  const spans = useMemo(() => {
    const anchors = new Map<string, { rowSpan: number; colSpan: number }>();
    const hidden = new Set<string>();
    for (const m of grid?.merges ?? []) {
      anchors.set(address(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(address(r, c));
    }
    return { anchors, hidden };
  }, [grid]);
  useEffect(() => {
    frame.current?.querySelector('[data-selected="true"]')?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [selected, sheet]);
  if (!grid) return null;
  const rows = Math.min(grid.rows.length, MAX_ROWS);
  const cols = Math.min(Math.max(0, ...grid.rows.slice(0, rows).map((r) => r.length)), MAX_COLS);
  return (
    <div data-testid="preview">
      <TabList size="small" selectedValue={grid.name} onTabSelect={(_, d) => onSelectSheet(String(d.value))}>
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.frame} ref={frame}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const a = address(r, c);
                  if (spans.hidden.has(a)) return null;
                  const v = grid.rows[r]?.[c]?.value;
                  const sev = worst.get(a);
                  const isSelected = selected === `${grid.name}!${a}`;
                  return (
                    <td
                      key={c}
                      {...spans.anchors.get(a)}
                      className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                      style={sev ? { background: SEVERITY_FILL[sev] } : undefined}
                      title={v === null || v === undefined ? '' : String(v)}
                      data-cell={a}
                      data-selected={isSelected}
                      onClick={() => onSelectCell(grid.name, a)}
                    >
                      {v === null || v === undefined ? '' : String(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
