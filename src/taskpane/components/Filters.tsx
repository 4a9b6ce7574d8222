import { Button, Field, Input, makeStyles, Select, ToggleButton, tokens } from '@fluentui/react-components';
import { Search16Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { AREA_NAMES, type CheckArea } from '../../core/findings/catalogue';
import type { Severity } from '../../core/findings/finding';
import type { Lang } from '../../core/lang';
import type { SeverityCounts } from '../../core/report/summary';
import type { FindingFilter, GroupBy } from '../findings/rows';
import type { Strings } from '../i18n';
import { SeverityLabel } from './Severity';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Projects offered in the project filter; the overview and the search reach the rest. */
const MAX_PROJECT_OPTIONS = 200;

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: '8px', padding: '8px 2px' },
  severities: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  search: { width: '100%', maxWidth: '100%', minWidth: 0, boxSizing: 'border-box' },
  toggle: { minWidth: 0 },
  selects: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: '6px 8px' },
  field: { minWidth: 0 },
  more: { gridColumn: '1 / -1', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  select: { minWidth: 0, width: '100%' },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '4px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface FiltersProps {
  filter: FindingFilter;
  onFilter(next: FindingFilter): void;
  /** What the search box shows (applied to the filter a moment later). */
  searchText: string;
  onSearchText(text: string): void;
  groupBy: GroupBy;
  onGroupBy(g: GroupBy): void;
  totals: SeverityCounts;
  areas: { area: CheckArea; count: number }[];
  projects: { id: string; name: string; count: number }[];
  shown: number;
  total: number;
  lang: Lang;
  t: Strings;
}

/** Filters over the findings: severity (with counts), check area, project, words; and how to group them. */
export function Filters(props: FiltersProps) {
  const { filter, onFilter, t, lang } = props;
  const styles = useStyles();
  const toggle = (s: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onFilter({ ...filter, severities: next });
  };
  // A district has thousands of projects: a list of them all would take the page a second to build. The first
  // ones are offered here (and the chosen one); the overview and the search reach every project.
  const projectOptions = useMemo(() => {
    const offered = props.projects.slice(0, MAX_PROJECT_OPTIONS);
    const chosen = props.projects.find((p) => p.id === filter.projectId);
    if (chosen && !offered.includes(chosen)) offered.push(chosen);
    return offered.map((p) => (
      <option key={p.id} value={p.id}>
        {p.name} ({p.count.toLocaleString('en-US')})
      </option>
    ));
  }, [props.projects, filter.projectId]);
  const moreProjects = props.projects.length - MAX_PROJECT_OPTIONS;
  const filtered =
    filter.severities.size < 3 || filter.area !== null || filter.projectId !== null || filter.search !== '';
  return (
    <div className={styles.root} role="search" aria-label={t.search}>
      <div className={styles.severities} role="group" aria-label={t.severityFilter}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            className={styles.toggle}
            checked={filter.severities.has(s)}
            appearance={filter.severities.has(s) ? 'outline' : 'subtle'}
            onClick={() => toggle(s)}
            data-testid={`filter-${s}`}
          >
            <SeverityLabel severity={s} word={`${t.severity[s]} ${props.totals[s].toLocaleString('en-US')}`} />
          </ToggleButton>
        ))}
      </div>
      <Input
        type="search"
        size="small"
        className={styles.search}
        value={props.searchText}
        onChange={(_, d) => props.onSearchText(d.value)}
        placeholder={t.searchPlaceholder}
        aria-label={t.search}
        contentBefore={<Search16Regular aria-hidden />}
        data-testid="search"
      />
      <div className={styles.selects}>
        <Field label={t.groupBy} size="small" className={styles.field}>
          <Select
            size="small"
            className={styles.select}
            value={props.groupBy}
            onChange={(_, d) => props.onGroupBy(d.value as GroupBy)}
            data-testid="group-by"
          >
            <option value="severity">{t.groupBySeverity}</option>
            <option value="project">{t.groupByProject}</option>
          </Select>
        </Field>
        <Field label={t.area} size="small" className={styles.field}>
          <Select
            size="small"
            className={styles.select}
            value={filter.area ?? ''}
            onChange={(_, d) => onFilter({ ...filter, area: d.value === '' ? null : (d.value as CheckArea) })}
            data-testid="area-filter"
          >
            <option value="">{t.allAreas}</option>
            {props.areas.map(({ area, count }) => (
              <option key={area} value={area}>
                {AREA_NAMES[area][lang]} ({count.toLocaleString('en-US')})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.project} size="small" className={styles.field}>
          <Select
            size="small"
            className={styles.select}
            value={filter.projectId ?? '*'}
            onChange={(_, d) => onFilter({ ...filter, projectId: d.value === '*' ? null : d.value })}
            data-testid="project-filter"
          >
            <option value="*">{t.allProjects}</option>
            {projectOptions}
          </Select>
        </Field>
        {moreProjects > 0 && (
          <div className={styles.more} data-testid="more-projects">
            {t.moreProjects(moreProjects)}
          </div>
        )}
      </div>
      <div className={styles.summary}>
        <span data-testid="showing">{t.showing(props.shown, props.total)}</span>
        {filtered && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              props.onSearchText('');
              onFilter({ severities: new Set(SEVERITIES), area: null, projectId: null, search: '' });
            }}
            data-testid="clear-filters"
          >
            {t.clearFilters}
          </Button>
        )}
      </div>
    </div>
  );
}
