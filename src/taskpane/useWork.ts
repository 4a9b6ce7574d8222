import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/lang';
import type { WorkOptions } from '../host/host';
import { CancelledError, EngineCallError } from '../worker/client';
import type { Progress } from '../worker/protocol';
import { XlsxReadError } from '../xlsx/errors';
import type { Strings } from './i18n';

export type WorkKind = 'open' | 'validate' | 'annotate' | 'clear' | 'selfEval' | 'download';

/** Words made when shown, so that switching the language rewords what is already on screen. */
export type Words = (t: Strings, lang: Lang) => string;

export interface Busy {
  kind: WorkKind;
  /** What is being done. */
  words: Words;
  progress: Progress | null;
  /** Whole seconds since it started (ticks while busy). */
  seconds: number;
  cancel(): void;
}

export interface StatusMessage {
  intent: 'info' | 'success' | 'warning' | 'error';
  words: Words;
}

export interface Work {
  busy: Busy | null;
  status: StatusMessage | null;
  /** The last thing said, for the live region (work started, done, failed, filters applied). */
  announcement: Words | null;
  /**
   * Run one piece of work: every other action waits (buttons disabled), progress and elapsed time shown, a cancel
   * offered. It answers the message to show when done; a cancel or a failure is worded by `messages`.
   */
  run(
    kind: WorkKind,
    words: Words,
    work: (options: WorkOptions) => Promise<StatusMessage | null>,
    messages: { cancelled: Words; failed: (t: Strings) => (reason: string) => string },
  ): Promise<void>;
  say(status: StatusMessage | null): void;
  announce(words: Words): void;
}

/** A failure's reason in the pane's language. */
export function reasonOf(e: unknown, lang: Lang): string {
  if (e instanceof EngineCallError) return lang === 'zh' ? e.error.zh : e.error.en;
  if (e instanceof XlsxReadError) return lang === 'zh' ? e.zh : e.en;
  return e instanceof Error ? e.message : String(e);
}

/** The pane's one runner of long work: one thing at a time, said in words, cancellable. */
export function useWork(): Work {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [announcement, setAnnouncement] = useState<Words | null>(null);
  const running = useRef(false);

  // Elapsed seconds while busy: work that cannot count its steps (building the copy) still shows it is alive.
  const started = busy !== null;
  useEffect(() => {
    if (!started) return;
    const at = Date.now();
    const timer = setInterval(
      () => setBusy((b) => (b ? { ...b, seconds: Math.floor((Date.now() - at) / 1000) } : b)),
      1000,
    );
    return () => clearInterval(timer);
  }, [started]);

  const say = useCallback((s: StatusMessage | null) => {
    setStatus(s);
    if (s) setAnnouncement(() => s.words);
  }, []);
  const announce = useCallback((words: Words) => setAnnouncement(() => words), []);

  const run = useCallback<Work['run']>(
    async (kind, words, work, messages) => {
      if (running.current) return;
      running.current = true;
      const controller = new AbortController();
      setStatus(null);
      setAnnouncement(() => words);
      setBusy({ kind, words, progress: null, seconds: 0, cancel: () => controller.abort() });
      try {
        const outcome = await work({
          signal: controller.signal,
          onProgress: (progress) => setBusy((b) => (b ? { ...b, progress } : b)),
        });
        say(outcome);
      } catch (e) {
        if (e instanceof CancelledError || controller.signal.aborted)
          say({ intent: 'info', words: messages.cancelled });
        else say({ intent: 'error', words: (t, lang) => messages.failed(t)(reasonOf(e, lang)) });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [say],
  );

  return { busy, status, announcement, run, say, announce };
}
