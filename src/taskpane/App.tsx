import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Info16Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CheckArea } from '../core/findings/catalogue';
import type { Finding, Severity } from '../core/findings/finding';
import type { Lang } from '../core/lang';
import { countBySeverity } from '../core/report/summary';
import type { CheckOutcome, HostWarning, Scope, SelfEvalMode, WorkbookHost, WorkOptions } from '../host/host';
import { Filters } from './components/Filters';
import { FindingsTree } from './components/FindingsTree';
import { Overview } from './components/Overview';
import { Tabs } from './components/Tabs';
import { areaOf } from './findings/describe';
import { filterFindings, NO_FILTER, searchTexts, treeRows, type FindingFilter, type GroupBy } from './findings/rows';
import { strings, type Strings } from './i18n';
import { useMediaQuery } from './useMediaQuery';
import { useWork, type StatusMessage, type Work, type Words } from './useWork';

/** Wide enough to show the sheet beside the pane (browser mode), as Excel shows its task pane. */
const WIDE = '(min-width: 1000px)';
/** Search waits this long after the last key before filtering tens of thousands of findings. */
const SEARCH_DELAY_MS = 150;

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', fontFamily: tokens.fontFamilyBase, overflow: 'hidden' },
  sheetColumn: {
    flex: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pane: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: 1, height: '100%' },
  paneBeside: { flex: '0 0 460px' },
  header: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: '8px', padding: '8px 10px 4px' },
  bar: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  spacer: { flex: 1 },
  scope: { minWidth: 0, maxWidth: '150px' },
  busy: { display: 'grid', rowGap: '4px', fontSize: tokens.fontSizeBase200 },
  busyLine: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between' },
  note: {
    display: 'flex',
    gap: '6px',
    alignItems: 'flex-start',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  ok: { flexShrink: 0, marginTop: '2px', color: tokens.colorPaletteGreenForeground1 },
  noteIcon: { flexShrink: 0, marginTop: '2px', color: tokens.colorNeutralForeground2 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  scroll: { flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden', position: 'relative', padding: '0 8px' },
  liveRegion: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

type TabValue = 'overview' | 'findings' | 'sheet';

/** What the browser mode's parts (file zone, download, sheet preview) get from the pane. */
export interface PaneContext {
  lang: Lang;
  t: Strings;
  work: Work;
  /** Work is running: every action waits. */
  busy: boolean;
  outcome: CheckOutcome | null;
  /** sheet!cell selected (a finding gone to, or a cell clicked). */
  selectedCell: string | null;
  /** Changes after every action (annotate, clear, 自评表): what the copy holds may have changed. */
  revision: number;
  /** Validate `host` (the one just opened) or the pane's host. */
  validate(host?: WorkbookHost): Promise<void>;
  /** Go back from the sheet to the finding that led there (Escape). */
  backToFindings(): void;
  /** Changes when the sheet should take the focus at the selected cell. */
  cellFocusRequest: number;
  /** The sheet has a column of its own beside the pane (a wide window). */
  beside: boolean;
}

export interface AppProps {
  /** Where the workbook is; null in the browser mode until a file is opened. */
  host: WorkbookHost | null;
  initialLang: Lang;
  onLangChange?(lang: Lang): void;
  /** Above the controls (browser mode: which mode, which file, notes). */
  banner?: (ctx: PaneContext) => ReactNode;
  /** The file zone (browser mode). */
  fileZone?: (ctx: PaneContext) => ReactNode;
  /** Extra actions after the pane's own (browser mode: download). */
  extraActions?: (ctx: PaneContext) => ReactNode;
  /** The sheet (browser mode): a tab in a narrow pane, beside the pane in a wide window. */
  sheetPanel?: (ctx: PaneContext) => ReactNode;
}

interface Checked extends CheckOutcome {
  /** The host checked: results of another workbook are never shown. */
  host: WorkbookHost;
}

/** The pane: validate, the whole picture, findings to inspect, annotate / clear / 自评表; every state said in words. */
export function App({ host, initialLang, onLangChange, banner, fileZone, extraActions, sheetPanel }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = strings(lang);
  const work = useWork();
  const [scope, setScope] = useState<Scope>('workbook');
  const [checked, setChecked] = useState<Checked | null>(null);
  const outcome = checked && checked.host === host ? checked : null;
  const [tab, setTab] = useState<TabValue>('overview');
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [searchText, setSearchText] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('severity');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ host: WorkbookHost; cell: string } | null>(null);
  // A new workbook: nothing of the previous one stays selected.
  const selectedCell = selection && selection.host === host ? selection.cell : null;
  const [revision, setRevision] = useState(0);
  const [treeFocus, setTreeFocus] = useState(0);
  const [cellFocus, setCellFocus] = useState(0);
  const wide = useMediaQuery(WIDE) && sheetPanel !== undefined;
  const scrollRef = useRef<HTMLDivElement>(null);
  const treeWrap = useRef<HTMLDivElement>(null);
  const [treeOffset, setTreeOffset] = useState(0);
  const busy = work.busy !== null;

  useEffect(() => {
    if (!host) return;
    let off: (() => void) | undefined;
    let live = true;
    void host
      .onSelectionChanged((sheet, cell) => setSelection({ host, cell: `${sheet}!${cell}` }))
      .then((u) => (live ? (off = u) : u()));
    return () => {
      live = false;
      off?.();
    };
  }, [host]);

  // Search is applied a moment after the last key.
  useEffect(() => {
    const timer = setTimeout(
      () => setFilter((f) => (f.search === searchText ? f : { ...f, search: searchText })),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [searchText]);

  const findings = useMemo(() => outcome?.findings ?? [], [outcome]);
  const totals = useMemo(() => countBySeverity(findings), [findings]);
  // The search's texts are made on the first search of a check (and language), then only compared.
  const texts = useMemo(() => {
    let made: string[] | null = null;
    return () => (made ??= searchTexts(findings, lang));
  }, [findings, lang]);
  const kept = useMemo(() => filterFindings(findings, filter, texts), [findings, filter, texts]);
  const projects = useMemo(() => outcome?.overview.projects ?? [], [outcome]);
  const sheetTab = sheetPanel !== undefined && !wide && host !== null;
  const activeTab: TabValue = !outcome ? 'sheet' : tab === 'sheet' && wide ? 'findings' : tab;
  const listing = activeTab === 'findings';
  // The tree's lines and the filters' choices are made only while the findings are shown.
  const rows = useMemo(
    () =>
      !listing
        ? []
        : treeRows(
            findings,
            kept,
            groupBy,
            { projects, severityTitle: t.severity, sheetLevelTitle: t.other },
            collapsed,
          ),
    [listing, findings, kept, groupBy, projects, t, collapsed],
  );
  const areas = useMemo(() => {
    if (!listing) return [];
    const counts = new Map<CheckArea, number>();
    for (const f of findings) {
      const a = areaOf(f);
      if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    return [...counts].map(([area, count]) => ({ area, count }));
  }, [listing, findings]);
  const projectOptions = useMemo(() => {
    if (!listing) return [];
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.projectId ?? '', (counts.get(f.projectId ?? '') ?? 0) + 1);
    const named = projects
      .filter((p) => counts.has(p.id))
      .map((p) => ({ id: p.id, name: p.name, count: counts.get(p.id)! }));
    return counts.has('') ? [...named, { id: '', name: t.other, count: counts.get('')! }] : named;
  }, [listing, findings, projects, t.other]);

  // Say how many findings the filters leave, once they settle.
  const { announce } = work;
  const filtered = outcome !== null && kept.length !== findings.length;
  useEffect(() => {
    if (filtered) announce((s) => s.showing(kept.length, findings.length));
  }, [filtered, kept.length, findings.length, announce]);

  // The tree sits below the filters in the scroll area: its offset follows their height (wrapping, a hint shown).
  useLayoutEffect(() => {
    const wrap = treeWrap.current;
    if (!wrap) return;
    const measure = () => setTreeOffset(wrap.offsetTop);
    measure();
    const observer = new ResizeObserver(measure);
    for (let e = wrap.previousElementSibling; e; e = e.previousElementSibling) observer.observe(e);
    return () => observer.disconnect();
  }, [listing]);

  const switchLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  const warningStatus = (warnings: HostWarning[]): StatusMessage => ({
    intent: 'warning',
    words: (_, l) => warnings.map((w) => (l === 'zh' ? w.message : w.messageEn)).join(l === 'zh' ? '；' : '; '),
  });

  const validate = useCallback(
    async (target: WorkbookHost | null = host) => {
      if (!target) return;
      setChecked(null);
      await work.run(
        'validate',
        (s) => s.status.validating,
        async (options) => {
          const result = await target.validate(scope, options);
          setChecked({ ...result, host: target });
          setFilter(NO_FILTER);
          setSearchText('');
          setCollapsed(new Set());
          setOpen(new Set());
          setActiveKey(null);
          setTab('overview');
          setRevision((r) => r + 1);
          const c = countBySeverity(result.findings);
          return {
            intent: 'success',
            words: (s) => s.status.validated(result.findings.length, c.error, c.warning, c.info),
          };
        },
        { cancelled: (s) => s.status.validateCancelled, failed: (s) => s.status.failed },
      );
    },
    [host, scope, work],
  );

  const act = (
    kind: 'annotate' | 'clear' | 'selfEval',
    words: Words,
    job: (options: WorkOptions) => Promise<{ warnings: HostWarning[]; done: StatusMessage }>,
  ) =>
    work.run(
      kind,
      words,
      async (options) => {
        const { warnings, done } = await job(options);
        setRevision((r) => r + 1);
        return warnings.length > 0 ? warningStatus(warnings) : done;
      },
      { cancelled: (s) => s.status.cancelled, failed: (s) => s.status.failed },
    );

  const annotate = () =>
    act(
      'annotate',
      (s) => s.status.annotating,
      async (options) => {
        const { cells, warnings } = await host!.annotate(lang, options);
        const copy = host!.kind === 'browser';
        const words: Words = (s) => (copy ? s.status.annotatedCopy(cells) : s.status.annotatedExcel(cells));
        return { warnings, done: { intent: 'success', words } };
      },
    );
  const clear = () =>
    act(
      'clear',
      (s) => s.status.clearing,
      async () => {
        const { removed, warnings } = await host!.clearAnnotations();
        const copy = host!.kind === 'browser';
        const words: Words = (s) =>
          !removed ? s.status.clearedNothing : copy ? s.status.clearedCopy : s.status.clearedExcel;
        return { warnings, done: { intent: removed ? 'success' : 'info', words } };
      },
    );
  const selfEval = (mode: SelfEvalMode) =>
    act(
      'selfEval',
      (s) => s.status.generating,
      async (options) => {
        const { sheets, warnings } = await host!.generateSelfEvaluations(mode, options);
        const copy = host!.kind === 'browser';
        const words: Words = (s) => (copy ? s.status.generatedCopy(sheets) : s.status.generatedExcel(sheets));
        return { warnings, done: { intent: 'success', words } };
      },
    );

  const goTo = (f: Finding) => {
    if (!host) return;
    setSelection({ host, cell: `${f.sheet}!${f.cell}` });
    void host.selectCell(f.sheet, f.cell).then((warnings) => warnings.length > 0 && work.say(warningStatus(warnings)));
    if (sheetPanel) {
      if (!wide) setTab('sheet');
      setCellFocus((n) => n + 1);
    }
  };

  const backToFindings = useCallback(() => {
    setTab('findings');
    setTreeFocus((n) => n + 1);
  }, []);

  const showSeverity = (s: Severity) => {
    setFilter({ ...NO_FILTER, severities: new Set([s]) });
    setSearchText('');
    setTab('findings');
  };
  const showProject = (id: string) => {
    setFilter({ ...NO_FILTER, projectId: id });
    setSearchText('');
    setGroupBy('project');
    setTab('findings');
  };

  const ctx: PaneContext = {
    lang,
    t,
    work,
    busy,
    outcome,
    selectedCell,
    revision,
    validate,
    backToFindings,
    cellFocusRequest: cellFocus,
    beside: wide,
  };
  const hasProjects = (outcome?.overview.projectCount ?? 0) > 0;

  const pane = (
    <div className={`${styles.pane} ${wide ? styles.paneBeside : ''}`}>
      <div className={styles.header}>
        {banner?.(ctx)}
        {fileZone?.(ctx)}
        {host && (
          <div className={styles.bar}>
            <Button appearance="primary" onClick={() => void validate()} disabled={busy} data-testid="validate">
              {outcome ? t.revalidate : t.validate}
            </Button>
            <Select
              size="small"
              className={styles.scope}
              aria-label={t.scope}
              value={scope}
              disabled={busy}
              onChange={(_, d) => setScope(d.value as Scope)}
              data-testid="scope"
            >
              <option value="workbook">{t.scopeWorkbook}</option>
              <option value="activeSheet">{t.scopeSheet}</option>
            </Select>
            <span className={styles.spacer} />
            <Button
              appearance="subtle"
              size="small"
              onClick={() => switchLang(lang === 'zh' ? 'en' : 'zh')}
              aria-label={t.languageLabel}
              lang={lang === 'zh' ? 'en' : 'zh'}
              data-testid="lang"
            >
              {t.language}
            </Button>
          </div>
        )}
        {!host && (
          <div className={styles.bar}>
            <span className={styles.spacer} />
            <Button
              appearance="subtle"
              size="small"
              onClick={() => switchLang(lang === 'zh' ? 'en' : 'zh')}
              aria-label={t.languageLabel}
              lang={lang === 'zh' ? 'en' : 'zh'}
              data-testid="lang"
            >
              {t.language}
            </Button>
          </div>
        )}
        {work.busy && (
          <div className={styles.busy} data-testid="busy">
            <ProgressBar
              value={
                work.busy.progress && work.busy.progress.total > 0
                  ? work.busy.progress.done / work.busy.progress.total
                  : undefined
              }
              aria-label={work.busy.words(t, lang)}
            />
            <div className={styles.busyLine}>
              <span data-testid="progress-text">
                {work.busy.progress ? t.progress(work.busy.progress, work.busy.seconds) : work.busy.words(t, lang)}
              </span>
              <Button size="small" onClick={work.busy.cancel} data-testid="cancel">
                {t.cancel}
              </Button>
            </div>
          </div>
        )}
        {work.status &&
          (work.status.intent === 'warning' || work.status.intent === 'error' ? (
            <MessageBar intent={work.status.intent} layout="multiline" data-testid="status">
              <MessageBarBody>{work.status.words(t, lang)}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={styles.note} data-testid="status">
              {work.status.intent === 'success' ? (
                <CheckmarkCircle16Filled aria-hidden className={styles.ok} />
              ) : (
                <Info16Regular aria-hidden className={styles.noteIcon} />
              )}
              <span>{work.status.words(t, lang)}</span>
            </div>
          ))}
        {outcome && host && (
          <div className={styles.bar}>
            <Button size="small" onClick={annotate} disabled={busy} data-testid="annotate">
              {t.annotate}
            </Button>
            <Button size="small" onClick={clear} disabled={busy} data-testid="clear">
              {t.clear}
            </Button>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button size="small" disabled={busy || !hasProjects} data-testid="self-eval">
                  {t.selfEval}
                </Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  <MenuItem onClick={() => selfEval('perProject')} data-testid="self-eval-per-project">
                    {t.selfEvalPerProject}
                  </MenuItem>
                  <MenuItem onClick={() => selfEval('combined')} data-testid="self-eval-combined">
                    {t.selfEvalCombined}
                  </MenuItem>
                </MenuList>
              </MenuPopover>
            </Menu>
            {extraActions?.(ctx)}
          </div>
        )}
        <div className={styles.liveRegion} role="status" aria-live="polite" aria-atomic data-testid="live">
          {work.announcement?.(t, lang)}
        </div>
      </div>
      {(outcome || sheetTab) && (
        <Tabs<TabValue>
          selected={activeTab}
          onSelect={setTab}
          panelId="results-panel"
          tabs={[
            ...(outcome
              ? [
                  { value: 'overview' as const, label: t.tabOverview },
                  {
                    value: 'findings' as const,
                    label: `${t.tabFindings} (${kept.length === findings.length ? findings.length : `${kept.length}/${findings.length}`})`,
                  },
                ]
              : []),
            ...(sheetTab ? [{ value: 'sheet' as const, label: t.tabSheet }] : []),
          ]}
        />
      )}
      <div
        className={styles.scroll}
        ref={scrollRef}
        id="results-panel"
        role={outcome || sheetTab ? 'tabpanel' : undefined}
        aria-labelledby={outcome || sheetTab ? `tab-${activeTab}` : undefined}
        data-testid="results"
      >
        {outcome && activeTab === 'overview' && (
          <Overview
            overview={outcome.overview}
            totals={totals}
            lang={lang}
            t={t}
            onShowSeverity={showSeverity}
            onShowProject={showProject}
          />
        )}
        {outcome && activeTab === 'findings' && (
          <>
            <Filters
              filter={filter}
              onFilter={setFilter}
              searchText={searchText}
              onSearchText={setSearchText}
              groupBy={groupBy}
              onGroupBy={setGroupBy}
              totals={totals}
              areas={areas}
              projects={projectOptions}
              shown={kept.length}
              total={findings.length}
              lang={lang}
              t={t}
            />
            <div className={styles.hint} aria-hidden>
              {t.keyboardHint}
            </div>
            <div ref={treeWrap}>
              {rows.length === 0 ? (
                <p data-testid="no-findings">{findings.length === 0 ? t.noFindings : t.noMatch}</p>
              ) : (
                <FindingsTree
                  rows={rows}
                  lang={lang}
                  t={t}
                  showProject={groupBy === 'severity'}
                  activeKey={activeKey}
                  onActiveChange={setActiveKey}
                  selectedCell={selectedCell}
                  open={open}
                  onToggleFinding={(id) =>
                    setOpen((o) => {
                      const next = new Set(o);
                      if (next.has(id)) next.delete(id);
                      else next.add(id);
                      return next;
                    })
                  }
                  onToggleGroup={(key) =>
                    setCollapsed((c) => {
                      const next = new Set(c);
                      if (next.has(key)) next.delete(key);
                      else next.add(key);
                      return next;
                    })
                  }
                  onGoTo={goTo}
                  scrollElement={() => scrollRef.current}
                  scrollMargin={treeOffset}
                  focusRequest={treeFocus}
                />
              )}
            </div>
          </>
        )}
        {sheetTab && activeTab === 'sheet' && sheetPanel?.(ctx)}
      </div>
    </div>
  );

  if (!wide) return <div className={styles.page}>{pane}</div>;
  return (
    <div className={styles.page}>
      <div className={styles.sheetColumn}>{host && sheetPanel?.(ctx)}</div>
      {pane}
    </div>
  );
}
