import * as nodeFs from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';

/** A copy that was not written, and why, for people. */
export class OutputRefusal extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'OutputRefusal';
  }
}

/** Where a copy went: its path, and what the reader should know about its name. */
export interface WrittenCopy {
  path: string;
  /** The name the copy would have had was taken (an earlier copy, another input's copy, the input itself). */
  insteadOf?: string;
  /** A legacy .xls (or WPS .et) input: its copy is an .xlsx. */
  fromXls: boolean;
}

/** The file operations the writer needs (tests put failing ones in: a full disk, a read-only folder). */
export type OutputFs = Pick<
  typeof nodeFs,
  | 'mkdirSync'
  | 'statSync'
  | 'realpathSync'
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'linkSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'existsSync'
>;

interface Identity {
  dev: number;
  ino: number;
  real: string;
}

/** File systems that cannot hard-link (FAT, exFAT, some network shares) answer with these. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/** Why a write failed, in plain words. */
function failure(path: string, e: unknown): OutputRefusal {
  const code = (e as NodeJS.ErrnoException)?.code;
  const detail = (e as Error)?.message ?? String(e);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputRefusal(`磁盘空间不足，未写入 ${path}`, `Disk full: ${path} was not written`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OutputRefusal(
        `没有写入权限（文件夹只读或受保护），未写入 ${path}`,
        `No permission to write (the folder is read-only or protected): ${path} was not written`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new OutputRefusal(
        `输出位置 ${dirname(path)} 不是文件夹，未写入 ${path}`,
        `${dirname(path)} is not a folder: ${path} was not written`,
      );
    default:
      return new OutputRefusal(`无法写入 ${path}：${detail}`, `Cannot write ${path}: ${detail}`);
  }
}

/** `book (2).xlsx` for `book.xlsx`, as file managers number copies. */
function numbered(path: string, n: number): string {
  const ext = extname(path);
  return n === 1 ? path : `${path.slice(0, path.length - ext.length)} (${n})${ext}`;
}

/** A legacy binary workbook by its name: Excel 97–2003 .xls, WPS .et. */
const LEGACY_NAME = /\.(xls|et)$/i;

/** The copy's file name: the input's (an .xlsm stays an .xlsm), a legacy .xls or .et becomes .xlsx. */
export function copyName(input: string): string {
  const name = basename(input);
  return LEGACY_NAME.test(name) ? name.replace(LEGACY_NAME, '.xlsx') : name;
}

/**
 * Writes annotated copies into one folder so that nothing is ever lost: never onto an input
 * (told by device and inode, and by real path, so no symbolic or hard link fools it), never
 * over an existing file unless `force` (else the copy takes a numbered name), never two copies
 * under one name in a run, and never half a file: each copy is written to a temporary file in
 * the target folder, flushed, then linked or renamed into place.
 */
export class CopyWriter {
  private readonly claimed = new Set<string>();
  private inputIds: Identity[] | undefined;
  private tempCount = 0;

  constructor(
    private readonly outDir: string,
    private readonly inputs: readonly string[],
    private readonly force: boolean,
    private readonly fs: OutputFs = nodeFs,
  ) {}

  private identity(path: string): Identity | undefined {
    try {
      const st = this.fs.statSync(path);
      return { dev: st.dev, ino: st.ino, real: this.fs.realpathSync(path) };
    } catch {
      return undefined;
    }
  }

  /** Whether `path` is (a link to) one of the inputs. */
  private isInput(path: string): boolean {
    this.inputIds ??= this.inputs.flatMap((f) => this.identity(f) ?? []);
    const id = this.identity(path);
    return id !== undefined && this.inputIds.some((i) => (i.dev === id.dev && i.ino === id.ino) || i.real === id.real);
  }

  /**
   * The folder and the missing ones above it, made one at a time from the nearest that exists: Node
   * 20's own recursive mkdir spins forever below some special folders (`/proc/nope`), where one
   * step at a time fails at once with the reason.
   */
  private makeFolder(dir: string): void {
    const missing: string[] = [];
    for (let d = dir; !this.fs.existsSync(d); d = dirname(d)) {
      missing.push(d);
      if (dirname(d) === d) break;
    }
    for (const d of missing.reverse()) this.fs.mkdirSync(d);
  }

  /** Write the copy of `input`; throws OutputRefusal with the reason when it cannot. */
  write(input: string, bytes: Uint8Array): WrittenCopy {
    try {
      this.makeFolder(resolve(this.outDir));
    } catch (e) {
      throw failure(join(this.outDir, copyName(input)), e);
    }
    const wanted = resolve(this.outDir, copyName(input));
    const temp = this.writeTemp(wanted, bytes);
    try {
      for (let n = 1; ; n++) {
        const path = numbered(wanted, n);
        if (this.claimed.has(path)) continue;
        const exists = this.fs.existsSync(path);
        if (exists && this.isInput(path)) {
          if (this.force)
            throw new OutputRefusal(
              `${path} 是原文件，--force 也不会覆盖原文件；请换一个 --out 文件夹`,
              `${path} is an input file; --force never overwrites an input: choose another --out folder`,
            );
          continue;
        }
        if (exists && !this.force) continue;
        if (!this.place(temp, path, exists)) continue;
        this.claimed.add(path);
        return { path, insteadOf: n > 1 ? wanted : undefined, fromXls: LEGACY_NAME.test(input) };
      }
    } catch (e) {
      this.remove(temp);
      throw e instanceof OutputRefusal ? e : failure(wanted, e);
    }
  }

  /** The bytes in a new temporary file beside the target, flushed to disk; nothing is left behind on failure. */
  private writeTemp(target: string, bytes: Uint8Array): string {
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${++this.tempCount}.tmp`);
    let fd: number | undefined;
    try {
      fd = this.fs.openSync(temp, 'wx');
      for (let at = 0; at < bytes.length;) at += this.fs.writeSync(fd, bytes, at, bytes.length - at);
      this.fs.fsyncSync(fd);
      this.fs.closeSync(fd);
      fd = undefined;
      return temp;
    } catch (e) {
      if (fd !== undefined) this.fs.closeSync(fd);
      this.remove(temp);
      throw failure(target, e);
    }
  }

  /**
   * Move the finished temporary file to `path`: a hard link creates the name only if it is free
   * (another process may have taken it since we looked), then the temporary name goes; `--force`
   * over an existing file renames, which replaces it in one step. Returns false when the name was
   * taken meanwhile.
   */
  private place(temp: string, path: string, replace: boolean): boolean {
    if (replace) {
      this.fs.renameSync(temp, path);
      return true;
    }
    try {
      this.fs.linkSync(temp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return false;
      if (!NO_LINKS.has(code)) throw e;
      if (this.fs.existsSync(path)) return false;
      this.fs.renameSync(temp, path);
      return true;
    }
    this.remove(temp);
    return true;
  }

  private remove(path: string): void {
    try {
      this.fs.unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
}
