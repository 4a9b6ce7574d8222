import { Button, makeStyles, MessageBar, MessageBarBody, shorthands, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState, type DragEvent } from 'react';
import { BrowserHost } from '../browser/browserHost';
import { writeFailure } from '../xlsx/annotate';
import type { Lang } from '../core/lang';
import { XlsxReadError } from '../xlsx/errors';
import { App } from './App';
import { SheetPreview } from './components/SheetPreview';
import { strings } from './i18n';

const useStyles = makeStyles({
  drop: {
    margin: '12px',
    padding: '24px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: '8px',
    textAlign: 'center',
    cursor: 'pointer',
    display: 'block',
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  mode: { padding: '4px 12px', color: tokens.colorNeutralForeground3 },
});

/** Offer the annotated copy as a download (the opened file is never changed). */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as unknown as BlobPart], {
      type: /\.xlsm$/i.test(fileName)
        ? 'application/vnd.ms-excel.sheet.macroEnabled.12'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Standalone mode: open an .xlsx (picker or drag & drop), then the same pane plus a sheet preview. */
export function BrowserShell({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [host, setHost] = useState<BrowserHost | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [sheet, setSheet] = useState('');
  const t = strings(lang);

  // The preview follows the selection (a clicked finding) to its sheet.
  useEffect(() => {
    let off: (() => void) | undefined;
    void host?.onSelectionChanged((s) => setSheet(s)).then((u) => (off = u));
    return () => off?.();
  }, [host]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setDownloadError(null);
    try {
      const h = await BrowserHost.open(file.name, new Uint8Array(await file.arrayBuffer()));
      setHost(h);
      setSheet(h.grid.sheets[0]?.name ?? '');
    } catch (e) {
      setError(e instanceof XlsxReadError ? (lang === 'zh' ? e.zh : e.en) : (e as Error).message);
    }
  };

  const onDrop = (e: DragEvent<HTMLLabelElement>) => {
    e.preventDefault();
    setOver(false);
    void open(e.dataTransfer.files[0]);
  };

  return (
    <div>
      <div className={styles.mode}>
        <Text size={200}>
          {t.title} · {t.browserMode}
          {host ? ` · ${host.fileName}` : ''}
        </Text>
      </div>
      <label
        className={`${styles.drop} ${over ? styles.over : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop"
      >
        <Text weight="semibold">{t.openFile}</Text>
        <br />
        <Text size={200}>{t.dropHint}</Text>
        <input
          type="file"
          accept=".xlsx,.xlsm"
          hidden
          onChange={(e) => void open(e.target.files?.[0])}
          data-testid="file"
        />
      </label>
      {error && (
        <MessageBar intent="error" data-testid="open-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {downloadError && (
        <MessageBar intent="error" data-testid="download-error">
          <MessageBarBody>{downloadError}</MessageBarBody>
        </MessageBar>
      )}
      {host && (
        <App
          key={host.fileName + host.grid.sheets.length}
          host={host}
          initialLang={lang}
          onLangChange={setLang}
          extraActions={(l, changes) => (
            <Button
              appearance="primary"
              disabled={changes === 0}
              onClick={async () => {
                setDownloadError(null);
                try {
                  download(await host.annotatedCopy(), host.copyFileName);
                } catch (e) {
                  const { zh, en } = writeFailure(e);
                  setDownloadError(l === 'zh' ? zh : en);
                }
              }}
              data-testid="download"
            >
              {strings(l).download}
            </Button>
          )}
          renderPreview={({ grid, findings, selected, select }) => (
            <SheetPreview
              sheets={grid.sheets}
              sheet={sheet}
              findings={findings}
              selected={selected}
              onSelectSheet={setSheet}
              onSelectCell={select}
            />
          )}
        />
      )}
    </div>
  );
}
