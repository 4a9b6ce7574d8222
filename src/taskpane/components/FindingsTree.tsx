import { makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Finding } from '../../core/findings/finding';
import type { Lang } from '../../core/lang';
import { cellText, guidanceOf, messageOf, titleOf, valueText } from '../findings/describe';
import type { TreeRow } from '../findings/rows';
import type { Strings } from '../i18n';
import { SeverityIcon, SeverityLabel } from './Severity';

const useStyles = makeStyles({
  tree: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    cursor: 'pointer',
    outlineStyle: 'none',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  group: {
    display: 'flex',
    alignItems: 'center',
    gap: '6px',
    padding: '8px 4px',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  groupTitle: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  count: {
    flexShrink: 0,
    minWidth: '24px',
    padding: '0 6px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground4,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
  },
  finding: {
    padding: '8px 6px 8px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2 },
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: '6px' },
  chevron: { flexShrink: 0, marginTop: '2px', color: tokens.colorNeutralForeground3 },
  title: { flex: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  body: { paddingLeft: '22px' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    marginTop: '2px',
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  project: { overflowWrap: 'anywhere', minWidth: 0 },
  message: {
    marginTop: '4px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  details: {
    marginTop: '6px',
    padding: '6px 8px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: 'grid',
    rowGap: '4px',
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, overflowWrap: 'anywhere' },
  code: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

export interface FindingsTreeProps {
  rows: TreeRow[];
  lang: Lang;
  t: Strings;
  /** Whether each finding line also names its project (grouped by severity). */
  showProject: boolean;
  /** Key of the line that has the keyboard (roving tabindex). */
  activeKey: string | null;
  onActiveChange(key: string): void;
  /** sheet!cell selected in the workbook: its findings are highlighted. */
  selectedCell: string | null;
  /** Ids of findings shown with why / how to fix. */
  open: ReadonlySet<number>;
  onToggleFinding(id: number): void;
  onToggleGroup(key: string): void;
  /** Show a finding's cell (Enter or a click). */
  onGoTo(f: Finding): void;
  /** The scroll area the tree sits in, and the tree's offset within it. */
  scrollElement(): HTMLElement | null;
  scrollMargin: number;
  /** Set when the tree should take the keyboard focus (after Escape from the sheet, say). */
  focusRequest: number;
}

/**
 * Findings as Excel's inspection panes show them: a tree of collapsible groups with counts, each finding headed by
 * its plain title, severity by icon and word, the cell, the whole message, and on expanding why and how to fix.
 * Only the lines in view are in the DOM (a district list has tens of thousands), each measured as it wraps.
 * Keys: ↑↓ Home End move, → expands / ← collapses, Enter goes to the cell (or toggles a group), Space expands.
 */
export function FindingsTree(props: FindingsTreeProps) {
  const { rows, lang, t, activeKey, onActiveChange, open, scrollMargin, focusRequest } = props;
  const styles = useStyles();
  const treeRef = useRef<HTMLDivElement>(null);
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.key === activeKey),
  );
  const wantFocus = useRef(false);
  // TanStack Virtual's instance changes as the list scrolls, by design: this component is not memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: props.scrollElement,
    estimateSize: (i) => (rows[i].kind === 'group' ? 38 : 96),
    getItemKey: (i) => rows[i].key,
    overscan: 6,
    scrollMargin,
    // The line with the keyboard stays in the DOM, so Tab always finds the tree.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = defaultRangeExtractor(range);
        if (activeIndex < range.count && !indexes.includes(activeIndex)) {
          indexes.push(activeIndex);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [activeIndex],
    ),
  });

  const focusActive = useCallback(() => {
    const el = treeRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (el && wantFocus.current) {
      wantFocus.current = false;
      el.focus({ preventScroll: true });
    }
  }, [activeIndex]);
  useLayoutEffect(focusActive);

  useEffect(() => {
    if (focusRequest === 0) return;
    wantFocus.current = true;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    focusActive();
    // Only a new request moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    wantFocus.current = true;
    onActiveChange(rows[i].key);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[activeIndex];
    if (!row) return;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    switch (e.key) {
      case 'ArrowDown':
        handled();
        return moveTo(activeIndex + 1);
      case 'ArrowUp':
        handled();
        return moveTo(activeIndex - 1);
      case 'Home':
        handled();
        return moveTo(0);
      case 'End':
        handled();
        return moveTo(rows.length - 1);
      case 'ArrowRight':
        handled();
        if (row.kind === 'group') return row.expanded ? moveTo(activeIndex + 1) : props.onToggleGroup(row.key);
        if (!open.has(row.id)) props.onToggleFinding(row.id);
        return;
      case 'ArrowLeft': {
        handled();
        if (row.kind === 'group') return row.expanded ? props.onToggleGroup(row.key) : undefined;
        if (open.has(row.id)) return props.onToggleFinding(row.id);
        let g = activeIndex;
        while (g > 0 && rows[g].kind !== 'group') g--;
        return moveTo(g);
      }
      case 'Enter':
        handled();
        return row.kind === 'group' ? props.onToggleGroup(row.key) : props.onGoTo(row.finding);
      case ' ':
        handled();
        return row.kind === 'group' ? props.onToggleGroup(row.key) : props.onToggleFinding(row.id);
    }
  };

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label={t.findingsTree}
      className={styles.tree}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      data-testid="findings"
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        const isActive = item.index === activeIndex;
        const common = {
          'data-index': item.index,
          ref: virtualizer.measureElement,
          tabIndex: isActive ? 0 : -1,
          'aria-posinset': row.position,
          'aria-setsize': row.size,
          style: { transform: `translateY(${item.start - scrollMargin}px)` },
          onFocus: () => !isActive && onActiveChange(row.key),
        };
        if (row.kind === 'group') {
          return (
            <div
              key={item.key}
              {...common}
              role="treeitem"
              aria-level={1}
              aria-expanded={row.expanded}
              className={`${styles.row} ${styles.group}`}
              onClick={() => props.onToggleGroup(row.key)}
              data-group={row.key}
            >
              {row.expanded ? (
                <ChevronDown16Regular aria-hidden className={styles.chevron} />
              ) : (
                <ChevronRight16Regular aria-hidden className={styles.chevron} />
              )}
              {row.severity && <SeverityIcon severity={row.severity} />}
              <span className={styles.groupTitle}>{row.title}</span>
              <span className={styles.count}>{row.count.toLocaleString('en-US')}</span>
            </div>
          );
        }
        const f = row.finding;
        const isOpen = open.has(row.id);
        const where = `${f.sheet}!${f.cell}`;
        const guidance = isOpen ? guidanceOf(f, lang) : null;
        const expected = valueText(f.expected, lang);
        const actual = valueText(f.actual, lang);
        return (
          <div
            key={item.key}
            {...common}
            role="treeitem"
            aria-level={2}
            aria-expanded={isOpen}
            aria-selected={props.selectedCell === where}
            className={`${styles.row} ${styles.finding} ${props.selectedCell === where ? styles.selected : ''}`}
            onClick={() => props.onGoTo(f)}
            data-code={f.code}
            data-cell={where}
          >
            <div className={styles.head}>
              <span
                className={styles.chevron}
                onClick={(e) => {
                  e.stopPropagation();
                  props.onToggleFinding(row.id);
                }}
                data-testid="toggle-details"
              >
                {isOpen ? <ChevronDown16Regular aria-hidden /> : <ChevronRight16Regular aria-hidden />}
              </span>
              <span className={styles.title} data-testid="finding-title">
                {titleOf(f, lang)}
              </span>
            </div>
            <div className={styles.body}>
              <div className={styles.meta}>
                <SeverityLabel severity={f.severity} word={t.severity[f.severity]} />
                <span className={styles.cell}>{cellText(f)}</span>
                {props.showProject && f.project && <span className={styles.project}>{f.project}</span>}
              </div>
              <div className={styles.message} data-testid="finding-message">
                {messageOf(f, lang)}
              </div>
              {isOpen && (
                <dl className={styles.details} data-testid="finding-details">
                  {guidance && (
                    <>
                      <div>
                        <dt className={styles.term}>{t.why}</dt>
                        <dd className={styles.definition}>{guidance.why}</dd>
                      </div>
                      <div>
                        <dt className={styles.term}>{t.fix}</dt>
                        <dd className={styles.definition}>{guidance.fix}</dd>
                      </div>
                    </>
                  )}
                  {expected && (
                    <div>
                      <dt className={styles.term}>{t.expected}</dt>
                      <dd className={styles.definition}>{expected}</dd>
                    </div>
                  )}
                  {actual && (
                    <div>
                      <dt className={styles.term}>{t.actual}</dt>
                      <dd className={styles.definition}>{actual}</dd>
                    </div>
                  )}
                  {f.indicator && (
                    <div>
                      <dt className={styles.term}>{t.indicator}</dt>
                      <dd className={styles.definition}>{f.indicator}</dd>
                    </div>
                  )}
                  <div>
                    <dt className={styles.term}>{t.code}</dt>
                    <dd className={`${styles.definition} ${styles.code}`}>{f.code}</dd>
                  </div>
                </dl>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
