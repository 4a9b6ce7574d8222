import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', gap: '2px', padding: '0 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: 'relative',
    border: 'none',
    background: 'none',
    padding: '8px 8px 6px',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: '8px',
      right: '8px',
      bottom: 0,
      height: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

/**
 * Tabs over the one results area (WAI-ARIA tabs: ←/→ Home End move and select, one tab in the Tab order).
 * Our own rather than Fluent's TabList, whose focus helpers leave focusable aria-hidden elements that axe reports.
 */
export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  panelId,
}: {
  tabs: TabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  panelId: string;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.value === selected);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].value);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div role="tablist" className={styles.list} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.value}
          type="button"
          role="tab"
          id={`tab-${t.value}`}
          aria-selected={t.value === selected}
          aria-controls={panelId}
          tabIndex={t.value === selected ? 0 : -1}
          className={`${styles.tab} ${t.value === selected ? styles.selected : ''}`}
          onClick={() => onSelect(t.value)}
          data-testid={`tab-${t.value}`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
