import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type UIEvent } from 'react';
import type { Finding, Severity } from '../../core/findings/finding';
import type { Lang } from '../../core/lang';
import type { ListRow } from '../findingRows';

const ROW_HEIGHT = 64;
const VIEWPORT = 440;
/** Rows rendered beyond the viewport, so fast scrolling shows no blank band. */
const OVERSCAN = 6;

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  viewport: {
    height: `${VIEWPORT}px`,
    overflowY: 'auto',
    position: 'relative',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  group: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    display: 'flex',
    alignItems: 'flex-end',
    paddingBottom: '6px',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  finding: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    padding: '6px 4px',
    boxSizing: 'border-box',
    cursor: 'pointer',
    overflow: 'hidden',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, outline: `2px solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', gap: '6px', alignItems: 'center' },
  message: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    fontSize: tokens.fontSizeBase200,
  },
});

export interface FindingsListProps {
  rows: ListRow[];
  lang: Lang;
  /** sheet!cell of the cell selected in the workbook: its findings are highlighted. */
  selected: string | null;
  onPick(f: Finding): void;
}

/** Findings grouped by project, windowed so thousands of rows stay smooth. */
export function FindingsList({ rows, lang, selected, onPick }: FindingsListProps) {
  const styles = useStyles();
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + VIEWPORT) / ROW_HEIGHT) + OVERSCAN);
  return (
    <div
      className={styles.viewport}
      onScroll={(e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="findings"
      role="list"
    >
      <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
        {rows.slice(first, last).map((row, i) => {
          const top = (first + i) * ROW_HEIGHT;
          if (row.kind === 'group') {
            return (
              <div key={row.key} className={styles.group} style={{ top }} role="heading" aria-level={3}>
                {row.title}（{row.count}）
              </div>
            );
          }
          const f = row.finding;
          const isSelected = selected === `${f.sheet}!${f.cell}`;
          return (
            <div
              key={row.key}
              className={`${styles.finding} ${isSelected ? styles.selected : ''}`}
              style={{ top }}
              role="listitem"
              data-code={f.code}
              data-cell={`${f.sheet}!${f.cell}`}
              aria-selected={isSelected}
              onClick={() => onPick(f)}
            >
              <div className={styles.head}>
                <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small" />
                <Text size={200} weight="semibold">
                  {f.code}
                </Text>
                <Text size={200}>
                  {f.sheet}!{f.cell}
                </Text>
              </div>
              <div className={styles.message}>{lang === 'zh' ? f.message : f.messageEn}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
