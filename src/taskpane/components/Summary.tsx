import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/findings/finding';
import type { RecognizedWorkbook } from '../../core/model/workbook';
import type { Strings } from '../i18n';
import { SEVERITY_COLOR } from './FindingsList';

/** Categories shown per project at a glance; present unless a MISSING_* finding names them. */
const CHIPS = ['产出指标', '效益指标', '满意度指标', '时效指标', '成本指标', '可持续影响指标'];

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  table: { maxHeight: '140px', overflowY: 'auto', marginTop: '6px' },
  row: { display: 'flex', gap: '4px', alignItems: 'center', fontSize: tokens.fontSizeBase200, lineHeight: '22px' },
  name: { flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  chip: { fontSize: '10px', padding: '0 3px', borderRadius: '3px' },
});

export interface SummaryProps {
  model: RecognizedWorkbook;
  findings: Finding[];
  t: Strings;
  severities: Set<Severity>;
  onToggleSeverity(s: Severity): void;
}

export function Summary({ model, findings, t, severities, onToggleSeverity }: SummaryProps) {
  const styles = useStyles();
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const missing = new Map<string, Set<string>>();
  for (const f of findings) {
    if ((f.code === 'MISSING_LEVEL1' || f.code === 'MISSING_LEVEL2') && f.projectId && f.expected) {
      missing.set(f.projectId, (missing.get(f.projectId) ?? new Set()).add(f.expected));
    }
  }
  const indicators = model.projects.reduce((n, p) => n + p.indicators.length, 0);
  return (
    <section aria-label="summary" data-testid="summary">
      <div className={styles.counts}>
        <Text weight="semibold">
          {model.projects.length} {t.projects} · {indicators} {t.indicators}
          {model.selfEvaluations.length > 0 && ` · ${model.selfEvaluations.length} ${t.selfEvaluations}`}
        </Text>
        {(['error', 'warning', 'info'] as Severity[]).map((s) => (
          <Badge
            key={s}
            appearance={severities.has(s) ? 'filled' : 'outline'}
            color={SEVERITY_COLOR[s]}
            onClick={() => onToggleSeverity(s)}
            style={{ cursor: 'pointer' }}
            data-testid={`count-${s}`}
            role="button"
            aria-pressed={severities.has(s)}
          >
            {t.severity[s]} {count(s)}
          </Badge>
        ))}
      </div>
      {model.projects.length > 0 && (
        <div className={styles.table} aria-label={t.completeness}>
          {model.projects.map((p) => (
            <div key={p.id} className={styles.row}>
              <span className={styles.name} title={p.name}>
                {p.name}
              </span>
              {CHIPS.map((c) => {
                const absent = missing.get(p.id)?.has(c);
                return (
                  <span
                    key={c}
                    className={styles.chip}
                    title={c}
                    style={{
                      background: absent ? tokens.colorPaletteRedBackground2 : tokens.colorPaletteGreenBackground1,
                      color: absent ? tokens.colorPaletteRedForeground2 : tokens.colorPaletteGreenForeground1,
                    }}
                  >
                    {c.slice(0, 2)}
                  </span>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
