import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Severity } from '../../core/findings/finding';
import type { Lang } from '../../core/lang';
import {
  OVERVIEW_CATEGORIES,
  type CategoryState,
  type ProjectOverview,
  type WorkbookOverview,
} from '../../core/report/overview';
import type { SeverityCounts } from '../../core/report/summary';
import type { Strings } from '../i18n';
import { SeverityLabel } from './Severity';

/** Projects listed at first, and per "show more". */
const PAGE = 30;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Short names of the overview's categories, for chips (the legend spells them out). */
const SHORT: Record<Lang, readonly string[]> = {
  zh: ['产出', '效益', '满意度', '数量', '质量', '时效', '成本', '可持续'],
  en: ['Out', 'Ben', 'Sat', 'Qty', 'Qual', 'Time', 'Cost', 'Sust'],
};
const LONG_EN = [
  'output',
  'benefit',
  'satisfaction',
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'sustainable impact',
] as const;

/** State marks: shape as well as colour. */
const MARK: Record<CategoryState, string> = { present: '✓', missing: '✗', undetermined: '?', notRequired: '–' };

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: '14px', padding: '8px 2px' },
  headline: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, overflowWrap: 'anywhere' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  countButton: { minWidth: 0 },
  section: { display: 'grid', rowGap: '6px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  meter: { height: '8px', borderRadius: '4px', backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden' },
  meterFill: { height: '100%', backgroundColor: tokens.colorPaletteGreenForeground1 },
  chart: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', rowGap: '3px' },
  bar: {
    display: 'grid',
    gridTemplateColumns: 'minmax(3.5em, max-content) 1fr minmax(2.5em, max-content)',
    columnGap: '6px',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
  },
  track: { height: '10px', display: 'flex', backgroundColor: tokens.colorNeutralBackground3, borderRadius: '2px' },
  missing: { backgroundColor: tokens.colorPaletteRedBorder2 },
  undetermined: { backgroundColor: tokens.colorPaletteMarigoldBorder2 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 10px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', rowGap: '2px' },
  item: {
    display: 'grid',
    rowGap: '3px',
    padding: '6px 4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  nameLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: '8px' },
  name: { textAlign: 'left', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  budget: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  line: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', fontSize: tokens.fontSizeBase200, alignItems: 'center' },
  chips: { display: 'flex', flexWrap: 'wrap', gap: '3px' },
  chip: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    padding: '0 4px',
    borderRadius: '3px',
    border: '1px solid transparent',
    whiteSpace: 'nowrap',
  },
  tag: {
    fontSize: tokens.fontSizeBase100,
    padding: '0 4px',
    borderRadius: '3px',
    backgroundColor: tokens.colorNeutralBackground4,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Chip colours with at least 4.5:1 text contrast. */
const CHIP: Record<CategoryState, { background: string; color: string; borderColor?: string }> = {
  present: { background: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground2 },
  missing: { background: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  undetermined: { background: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteDarkOrangeForeground2 },
  notRequired: {
    background: 'transparent',
    color: tokens.colorNeutralForeground2,
    borderColor: tokens.colorNeutralStroke1,
  },
};

function missingCount(p: ProjectOverview): number {
  return p.categories?.filter((s) => s === 'missing' || s === 'undetermined').length ?? 0;
}

/** Incomplete projects first (most categories missing first), then workbook order; self-evaluations last. */
function ordered(projects: readonly ProjectOverview[]): ProjectOverview[] {
  // Keys made once: a district has ten thousand projects.
  return projects
    .map((p, i) => ({ p, i, key: p.kind === 'project' ? -missingCount(p) : 1 }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.p);
}

export interface OverviewProps {
  overview: WorkbookOverview;
  totals: SeverityCounts;
  lang: Lang;
  t: Strings;
  onShowSeverity(s: Severity): void;
  /** A project's id, '' for sheet-level findings. */
  onShowProject(id: string): void;
}

/** The whole picture: counts, how many projects are complete, which categories are missing where, per project. */
export function Overview({ overview, totals, lang, t, onShowSeverity, onShowProject }: OverviewProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const list = useMemo(() => ordered(overview.projects), [overview]);
  const { targets, complete, chart } = useMemo(() => {
    const targets = overview.projects.filter((p) => p.kind === 'project');
    const chart = OVERVIEW_CATEGORIES.map(() => ({ missing: 0, undetermined: 0 }));
    for (const p of targets)
      p.categories?.forEach((s, c) => {
        if (s === 'missing' || s === 'undetermined') chart[c][s]++;
      });
    return { targets, complete: targets.filter((p) => p.complete).length, chart };
  }, [overview]);
  const longName = (c: number) => (lang === 'zh' ? OVERVIEW_CATEGORIES[c] : LONG_EN[c]);
  const sheetLevel = overview.sheetLevel.error + overview.sheetLevel.warning + overview.sheetLevel.info;

  return (
    <div className={styles.root} data-testid="summary">
      <div className={styles.headline}>
        {overview.projectCount.toLocaleString('en-US')} {t.projects} · {overview.indicatorCount.toLocaleString('en-US')}{' '}
        {t.indicators}
        {overview.selfEvaluationCount > 0 &&
          ` · ${overview.selfEvaluationCount.toLocaleString('en-US')} ${t.selfEvaluations}`}
      </div>
      <div className={styles.counts} role="group" aria-label={t.severityFilter}>
        {SEVERITIES.map((s) => (
          <Button
            key={s}
            size="small"
            className={styles.countButton}
            onClick={() => onShowSeverity(s)}
            data-testid={`count-${s}`}
          >
            <SeverityLabel severity={s} word={`${t.severity[s]} ${totals[s].toLocaleString('en-US')}`} />
          </Button>
        ))}
      </div>

      {targets.length > 0 ? (
        <>
          <section className={styles.section} aria-labelledby="ov-complete">
            <h2 id="ov-complete" className={styles.heading} data-testid="complete">
              {t.complete(complete, targets.length)}
            </h2>
            <div className={styles.meter} aria-hidden>
              <div className={styles.meterFill} style={{ width: `${(100 * complete) / targets.length}%` }} />
            </div>
          </section>

          <section className={styles.section} aria-labelledby="ov-chart">
            <h2 id="ov-chart" className={styles.heading}>
              {t.missingChart}
            </h2>
            {chart.every((c) => c.missing + c.undetermined === 0) ? (
              <div>{t.missingChartNone}</div>
            ) : (
              <ul className={styles.chart} data-testid="missing-chart">
                {chart.map((c, i) =>
                  c.missing + c.undetermined === 0 ? null : (
                    <li key={i} className={styles.bar}>
                      <span aria-hidden>{SHORT[lang][i]}</span>
                      <span className={styles.track} aria-hidden>
                        <span className={styles.missing} style={{ width: `${(100 * c.missing) / targets.length}%` }} />
                        <span
                          className={styles.undetermined}
                          style={{ width: `${(100 * c.undetermined) / targets.length}%` }}
                        />
                      </span>
                      <span className={styles.number} aria-hidden>
                        {(c.missing + c.undetermined).toLocaleString('en-US')}
                      </span>
                      <span className={styles.hidden}>{t.missingBar(longName(i), c.missing, c.undetermined)}</span>
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>

          <div className={styles.legend} aria-label={t.legend} role="note" data-testid="legend">
            {(['present', 'missing', 'undetermined', 'notRequired'] as CategoryState[]).map((s) => (
              <span key={s}>
                <span className={styles.chip} style={CHIP[s]} aria-hidden>
                  {MARK[s]}
                </span>{' '}
                {t.categoryState[s]}
              </span>
            ))}
            {OVERVIEW_CATEGORIES.map((_, i) =>
              SHORT[lang][i] === longName(i) ? null : (
                <span key={i}>
                  {SHORT[lang][i]} = {longName(i)}
                </span>
              ),
            )}
          </div>
        </>
      ) : (
        <div>{t.noProjects}</div>
      )}

      <ul className={styles.list} data-testid="projects">
        {list.slice(0, shown).map((p) => (
          <li key={p.id} className={styles.item} data-project={p.id}>
            <div className={styles.nameLine}>
              <Link
                as="button"
                className={styles.name}
                onClick={() => onShowProject(p.id)}
                aria-label={t.filterProject(p.name)}
              >
                {p.name}
              </Link>
              {p.kind === 'selfEvaluation' ? (
                <span className={styles.tag}>{t.selfEvalTag}</span>
              ) : (
                <span className={styles.budget}>
                  {p.budget === null
                    ? t.noBudget
                    : `${t.budget} ${p.budget.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${t.wan}`}
                </span>
              )}
            </div>
            <div className={styles.line}>
              {SEVERITIES.filter((s) => p.counts[s] > 0).map((s) => (
                <SeverityLabel key={s} severity={s} word={`${t.severity[s]} ${p.counts[s]}`} />
              ))}
              {p.categories && (
                <span className={styles.chips}>
                  {p.categories.map((state, i) => (
                    <span key={i} className={styles.chip} style={CHIP[state]} data-state={state}>
                      {SHORT[lang][i]}
                      <span aria-hidden>{MARK[state]}</span>
                      <span className={styles.hidden}>{t.categoryState[state]}</span>
                    </span>
                  ))}
                </span>
              )}
            </div>
          </li>
        ))}
        {sheetLevel > 0 && shown >= list.length && (
          <li className={styles.item}>
            <Link as="button" className={styles.name} onClick={() => onShowProject('')}>
              {t.sheetLevel}
            </Link>
            <div className={styles.line}>
              {SEVERITIES.filter((s) => overview.sheetLevel[s] > 0).map((s) => (
                <SeverityLabel key={s} severity={s} word={`${t.severity[s]} ${overview.sheetLevel[s]}`} />
              ))}
            </div>
          </li>
        )}
      </ul>
      {shown < list.length && (
        <Button onClick={() => setShown((k) => k + PAGE)} data-testid="show-more">
          {t.showMore(Math.min(PAGE, list.length - shown))}
        </Button>
      )}
    </div>
  );
}
