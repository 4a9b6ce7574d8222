/**
 * Edits of one part's text as splices on the original, so that what we changed can be undone
 * exactly: every other character of the part stays as the original had it.
 */

/** A splice as recorded for undoing: where our text starts in the edited part, its length, and the original text it replaced. */
export type UndoSplice = [at: number, length: number, original: string];

interface Splice {
  at: number;
  removed: number;
  inserted: string;
  /** Order of recording: splices at one offset apply in the order they were made. */
  seq: number;
}

export class TextEdit {
  private readonly splices: Splice[] = [];

  constructor(readonly original: string) {}

  /** Insert `text` before the original's offset `at`. */
  insert(at: number, text: string): void {
    this.replace(at, 0, text);
  }

  /** Replace `length` characters of the original from `at` by `text`; splices never overlap. */
  replace(at: number, length: number, text: string): void {
    if (at < 0 || at + length > this.original.length) throw new RangeError(`splice ${at}+${length} outside the part`);
    this.splices.push({ at, removed: length, inserted: text, seq: this.splices.length });
  }

  get changed(): boolean {
    return this.splices.length > 0;
  }

  /** The edited text, and the splices that give the original back (see undoSplices). */
  apply(): { text: string; undo: UndoSplice[] } {
    const ordered = [...this.splices].sort((a, b) => a.at - b.at || a.seq - b.seq);
    const out: string[] = [];
    const undo: UndoSplice[] = [];
    let from = 0;
    let length = 0;
    for (const s of ordered) {
      if (s.at < from) throw new RangeError(`overlapping splices at ${s.at}`);
      const kept = this.original.slice(from, s.at);
      out.push(kept, s.inserted);
      length += kept.length;
      undo.push([length, s.inserted.length, this.original.slice(s.at, s.at + s.removed)]);
      length += s.inserted.length;
      from = s.at + s.removed;
    }
    out.push(this.original.slice(from));
    return { text: out.join(''), undo };
  }
}

/** The original text of a part edited by `undo` splices (as TextEdit.apply recorded them). */
export function undoSplices(text: string, undo: readonly UndoSplice[]): string {
  const out: string[] = [];
  let from = 0;
  for (const [at, length, original] of undo) {
    out.push(text.slice(from, at), original);
    from = at + length;
  }
  out.push(text.slice(from));
  return out.join('');
}

/** FNV-1a hash of a text, as 8 hex digits: tells whether a part is still the one we wrote. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
