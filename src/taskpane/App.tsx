import {
  Button,
  Checkbox,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { planAnnotations } from '../core/annotate/plan';
import { checkWorkbook, type CheckResult } from '../core/engine';
import type { Finding, Severity } from '../core/findings/finding';
import type { Lang } from '../core/lang';
import { generateSelfEvalSheets } from '../core/selfeval/generate';
import type { WorkbookGrid } from '../core/grid/grid';
import type { HostWarning, Scope, WorkbookHost } from '../host/host';
import { FindingsList } from './components/FindingsList';
import { Summary } from './components/Summary';
import { findingRows } from './findingRows';
import { strings } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', fontFamily: tokens.fontFamilyBase },
  bar: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  big: { minWidth: '120px' },
});

/** Extra parts only the browser mode has (file picker, preview, download), rendered by its shell. */
export interface AppProps {
  host: WorkbookHost;
  initialLang: Lang;
  /** Rendered under the findings (browser mode: the sheet preview). */
  renderPreview?: (state: {
    grid: WorkbookGrid;
    findings: Finding[];
    selected: string | null;
    select(sheet: string, cell: string): void;
  }) => React.ReactNode;
  /** Extra toolbar buttons (browser mode: download). */
  extraActions?: (lang: Lang, changed: number) => React.ReactNode;
  onLangChange?(lang: Lang): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; done: number; total: number }
  | { kind: 'message'; intent: 'success' | 'warning' | 'error'; text: string };

/** The pane: validate, summary, grouped and filterable findings, annotate / clear / 自评表. */
export function App({ host, initialLang, renderPreview, extraActions, onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = strings(lang);
  const [scope, setScope] = useState<Scope>('workbook');
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [severities, setSeverities] = useState<Set<Severity>>(new Set(['error', 'warning', 'info']));
  const [code, setCode] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const [combined, setCombined] = useState(false);

  useEffect(() => {
    let off: (() => void) | undefined;
    void host.onSelectionChanged((sheet, cell) => setSelected(`${sheet}!${cell}`)).then((u) => (off = u));
    return () => off?.();
  }, [host]);

  const rows = useMemo(
    () => (result ? findingRows(result.model, result.findings, { severities, code }, t.other) : []),
    [result, severities, code, t.other],
  );
  const codes = useMemo(() => [...new Set(result?.findings.map((f) => f.code) ?? [])].sort(), [result]);

  const warningStatus = (warnings: HostWarning[]): Status => ({
    kind: 'message',
    intent: 'warning',
    text: warnings.map((w) => (lang === 'zh' ? w.message : w.messageEn)).join('；'),
  });
  const goTo = (sheet: string, cell: string) => {
    void host.selectCell(sheet, cell).then((warnings) => warnings.length > 0 && setStatus(warningStatus(warnings)));
  };

  const act = async (work: () => Promise<HostWarning[] | void>, done: string) => {
    try {
      const warnings = (await work()) ?? [];
      setStatus(warnings.length > 0 ? warningStatus(warnings) : { kind: 'message', intent: 'success', text: done });
    } catch (e) {
      setStatus({ kind: 'message', intent: 'error', text: `${t.failed}${(e as Error).message}` });
    }
  };

  const validate = async () => {
    setStatus({ kind: 'busy', done: 0, total: 0 });
    try {
      const g = await host.readWorkbook(scope, (done, total) => setStatus({ kind: 'busy', done, total }));
      setGrid(g);
      setResult(checkWorkbook(g));
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'message', intent: 'error', text: `${t.failed}${(e as Error).message}` });
    }
  };

  const toggleSeverity = (s: Severity) => {
    const next = new Set(severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setSeverities(next);
  };

  const switchLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          size="large"
          className={styles.big}
          onClick={validate}
          disabled={status.kind === 'busy'}
          data-testid="validate"
        >
          {status.kind === 'busy' ? t.validating : t.validate}
        </Button>
        <Switch
          checked={scope === 'workbook'}
          onChange={(_, d) => setScope(d.checked ? 'workbook' : 'activeSheet')}
          label={scope === 'workbook' ? t.scopeWorkbook : t.scopeSheet}
        />
        <Button
          appearance="subtle"
          size="small"
          onClick={() => switchLang(lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang"
        >
          {t.language}
        </Button>
      </div>
      {status.kind === 'busy' && (
        <div>
          <ProgressBar value={status.total > 0 ? status.done / status.total : undefined} />
          {status.total > 0 && <Text size={200}>{t.reading(status.done, status.total)}</Text>}
        </div>
      )}
      {status.kind === 'message' && (
        <MessageBar intent={status.intent} data-testid="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Summary
            model={result.model}
            findings={result.findings}
            t={t}
            severities={severities}
            onToggleSeverity={toggleSeverity}
          />
          <div className={styles.bar}>
            <Button
              onClick={() =>
                act(async () => {
                  const w = await host.applyAnnotations(planAnnotations(result.findings, lang));
                  setChanges((n) => n + 1);
                  return w;
                }, t.annotated)
              }
              data-testid="annotate"
            >
              {t.annotate}
            </Button>
            <Button onClick={() => act(() => host.clearAnnotations(), t.cleared)} data-testid="clear">
              {t.clear}
            </Button>
            <Button
              onClick={() =>
                act(
                  async () => {
                    const specs = generateSelfEvalSheets(result.model.projects, {
                      mode: combined ? 'combined' : 'perProject',
                    });
                    const w = await host.writeSheets(specs);
                    setChanges((n) => n + 1);
                    return w;
                  },
                  t.generated(combined ? 1 : result.model.projects.length),
                )
              }
              disabled={result.model.projects.length === 0}
              data-testid="self-eval"
            >
              {t.selfEval}
            </Button>
            <Checkbox
              checked={combined}
              onChange={(_, d) => setCombined(d.checked === true)}
              label={t.combined}
              data-testid="combined"
            />
            {extraActions?.(lang, changes)}
            <Dropdown
              size="small"
              placeholder={t.allCodes}
              value={code ?? t.allCodes}
              onOptionSelect={(_, d) => setCode(d.optionValue === '*' ? null : (d.optionValue ?? null))}
              data-testid="code-filter"
            >
              <Option value="*">{t.allCodes}</Option>
              {codes.map((c) => (
                <Option key={c} value={c}>
                  {c}
                </Option>
              ))}
            </Dropdown>
          </div>
          {rows.length === 0 ? (
            <Text>{t.noFindings}</Text>
          ) : (
            <FindingsList
              rows={rows}
              lang={lang}
              selected={selected}
              onPick={(f) => {
                setSelected(`${f.sheet}!${f.cell}`);
                goTo(f.sheet, f.cell);
              }}
            />
          )}
          {grid && renderPreview?.({ grid, findings: result.findings, selected, select: goTo })}
        </>
      )}
    </div>
  );
}
