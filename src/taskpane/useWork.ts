import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkOptions } from '../host/host';
import { CancelledError, EngineCallError } from '../worker/client';
import type { Progress } from '../worker/protocol';
import type { Lang } from '../core/lang';
import { XlsxReadError } from '../xlsx/errors';

export type WorkKind = 'open' | 'validate' | 'annotate' | 'clear' | 'selfEval' | 'download';

export interface Busy {
  kind: WorkKind;
  /** What is being done, in words. */
  text: string;
  progress: Progress | null;
  /** Whole seconds since it started (ticks while busy). */
  seconds: number;
  cancel(): void;
}

export interface StatusMessage {
  intent: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

/** What a piece of work answers: the message to show when it is done (null: none). */
export type WorkOutcome = StatusMessage | null;

export interface Work {
  busy: Busy | null;
  status: StatusMessage | null;
  /** The last thing said, for the live region (work started, done, failed, filters applied). */
  announcement: string;
  /**
   * Run one piece of work: every other action waits (buttons disabled), progress and elapsed time shown, a cancel
   * offered. `onCancel` words the message of a cancel; failures are shown in the pane's language.
   */
  run(
    kind: WorkKind,
    text: string,
    work: (options: WorkOptions) => Promise<WorkOutcome>,
    messages: { cancelled: string; failed: (reason: string) => string },
  ): Promise<void>;
  say(status: StatusMessage | null): void;
  announce(text: string): void;
}

/** A failure's reason in the pane's language. */
export function reasonOf(e: unknown, lang: Lang): string {
  if (e instanceof EngineCallError) return lang === 'zh' ? e.error.zh : e.error.en;
  if (e instanceof XlsxReadError) return lang === 'zh' ? e.zh : e.en;
  return e instanceof Error ? e.message : String(e);
}

/** The pane's one runner of long work: one thing at a time, said in words, cancellable. */
export function useWork(lang: Lang): Work {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const running = useRef(false);
  const langRef = useRef(lang);
  langRef.current = lang;

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
    if (s) setAnnouncement(s.text);
  }, []);

  const run = useCallback<Work['run']>(
    async (kind, text, work, messages) => {
      if (running.current) return;
      running.current = true;
      const controller = new AbortController();
      setStatus(null);
      setAnnouncement(text);
      setBusy({ kind, text, progress: null, seconds: 0, cancel: () => controller.abort() });
      try {
        const outcome = await work({
          signal: controller.signal,
          onProgress: (progress) => setBusy((b) => (b ? { ...b, progress } : b)),
        });
        say(outcome);
      } catch (e) {
        if (e instanceof CancelledError || controller.signal.aborted) say({ intent: 'info', text: messages.cancelled });
        else say({ intent: 'error', text: messages.failed(reasonOf(e, langRef.current)) });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [say],
  );

  return { busy, status, announcement, run, say, announce: setAnnouncement };
}
