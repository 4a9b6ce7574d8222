import { Button, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { BrowserHost } from '../browser/browserHost';
import type { Lang } from '../core/lang';
import { EngineClient } from '../worker/client';
import { App, type PaneContext } from './App';
import { SheetPreview } from './components/SheetPreview';

const useStyles = makeStyles({
  mode: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  drop: {
    display: 'grid',
    rowGap: '6px',
    width: '100%',
    boxSizing: 'border-box',
    padding: '20px 12px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: 'center',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  dropTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  dropHint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fileBar: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap', minWidth: 0 },
  fileName: { flex: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  downloadHint: { flexBasis: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Offer the annotated copy as a download under `name` (the opened file is never changed). */
function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as unknown as BlobPart], {
      type: /\.xlsm$/i.test(name)
        ? 'application/vnd.ms-excel.sheet.macroEnabled.12'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface BrowserShellProps {
  initialLang: Lang;
  /** Starts the engine's worker; null runs the engine in the page. */
  spawnWorker: (() => Worker) | null;
  /** Seconds office.js was waited for in vain, when it did not load (we may be in an Excel that is offline). */
  officeTimedOut?: number;
}

/** What the picker offers: Excel's workbooks, macro workbooks and templates, Excel 97–2003, WPS. */
const WORKBOOK_TYPES = '.xlsx,.xlsm,.xltx,.xltm,.xls,.et';

/** Standalone mode: open a workbook (button, Enter, or drag & drop), then the pane and the sheet. */
export function BrowserShell({ initialLang, spawnWorker, officeTimedOut }: BrowserShellProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [host, setHost] = useState<BrowserHost | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const engine = useMemo(() => new EngineClient(spawnWorker), [spawnWorker]);

  const open = async (file: File | undefined, ctx: PaneContext) => {
    if (!file || ctx.busy) return;
    const name = file.name;
    // Nothing of the previous workbook stays on screen, whether this one opens or not.
    setHost(null);
    let opened: BrowserHost | null = null;
    await ctx.work.run(
      'open',
      (t) => t.status.opening(name),
      async (options) => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        opened = await BrowserHost.open(file.name, bytes, engine, options);
        setHost(opened);
        const sheets = opened.sheets.length;
        return { intent: 'info', words: (t) => t.status.opened(name, sheets) };
      },
      {
        cancelled: (t) => t.status.openCancelled(name),
        failed: (t) => (reason) => t.status.openFailed(name, reason),
      },
    );
    if (opened) await ctx.validate(opened);
  };

  const loadSheet = useCallback(
    (name: string, rows: number, cols: number) => host!.sheetWindow(name, rows, cols),
    [host],
  );
  const onSheetChange = useCallback((name: string) => host?.setActiveSheet(name), [host]);

  const dropProps = (ctx: PaneContext) => ({
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      void open(e.dataTransfer.files[0], ctx);
    },
  });

  return (
    <App
      host={host}
      initialLang={lang}
      onLangChange={setLang}
      banner={({ t }) => (
        <div className={styles.mode} data-testid="mode">
          {t.title} · {t.browserMode}
          {officeTimedOut !== undefined && ` (${t.officeShort(officeTimedOut)})`}
        </div>
      )}
      fileZone={(ctx) => (
        <>
          <input
            ref={input}
            type="file"
            accept={WORKBOOK_TYPES}
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void open(file, ctx);
            }}
            data-testid="file"
          />
          {host ? (
            <div className={styles.fileBar} {...dropProps(ctx)} data-testid="file-bar">
              <DocumentTable20Regular aria-hidden />
              <span className={styles.fileName}>{host.fileName}</span>
              <Button size="small" disabled={ctx.busy} onClick={() => input.current?.click()} data-testid="open">
                {ctx.t.openAnother}
              </Button>
            </div>
          ) : (
            <button
              type="button"
              className={`${styles.drop} ${over ? styles.over : ''}`}
              disabled={ctx.busy}
              onClick={() => input.current?.click()}
              {...dropProps(ctx)}
              data-testid="drop"
            >
              <span className={styles.dropTitle}>{ctx.t.openFile}</span>
              <span className={styles.dropHint}>{ctx.t.dropHint}</span>
              <span className={styles.dropHint}>{ctx.t.browserModeNote}</span>
              {officeTimedOut !== undefined && (
                <span className={styles.dropHint} data-testid="office-note">
                  {ctx.t.officeTimeout(officeTimedOut)}
                </span>
              )}
            </button>
          )}
        </>
      )}
      extraActions={(ctx) => {
        if (!host) return null;
        const { annotations, sheets } = host.changes;
        const ready = annotations || sheets > 0;
        return (
          <>
            <Button
              appearance="primary"
              size="small"
              disabled={ctx.busy || !ready}
              aria-describedby={ready ? undefined : 'download-hint'}
              onClick={() =>
                ctx.work.run(
                  'download',
                  (t) => t.status.downloading,
                  async (options) => {
                    const name = host.copyFileName;
                    save(await host.annotatedCopy(options), name);
                    return { intent: 'success', words: (t) => t.status.downloaded(name) };
                  },
                  { cancelled: (t) => t.status.cancelled, failed: (t) => t.status.failed },
                )
              }
              data-testid="download"
            >
              {ctx.t.download}
            </Button>
            {!ready && (
              <span id="download-hint" className={styles.downloadHint} data-testid="download-hint">
                {ctx.t.downloadHintNothing}
              </span>
            )}
          </>
        );
      }}
      sheetPanel={(ctx) =>
        host && (
          <SheetPreview
            key={host.fileName + host.sheets.length}
            sheets={host.sheets}
            loadSheet={loadSheet}
            findings={ctx.outcome?.findings ?? []}
            selectedCell={ctx.selectedCell}
            onSelectCell={(sheet, cell) => void host.selectCell(sheet, cell)}
            onSheetChange={onSheetChange}
            focusRequest={ctx.cellFocusRequest}
            onEscape={ctx.backToFindings}
            fill={ctx.beside}
            t={ctx.t}
          />
        )
      }
    />
  );
}
