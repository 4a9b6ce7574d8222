import * as fs from 'fs';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/main';
import { CopyWriter, OutputRefusal, type OutputFs } from '../../src/cli/output';
import { JsonReportSchema } from '../../src/core/report/json';
import { clearAnnotatedXlsx } from '../../src/xlsx/annotate';
import { sampleBytes } from '../helpers/workbooks';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    (s) => (out += `${s}\n`),
    (s) => (err += `${s}\n`),
  );
  return { code, out, err };
}

const BYTES = new Uint8Array([1, 2, 3, 4]);

/** The file system with one operation failing as `code` would (a full disk, a read-only folder). */
function failing(op: keyof OutputFs, code: string, after = 0): OutputFs {
  let calls = 0;
  return new Proxy(fs, {
    get(target, name) {
      const real = target[name as keyof typeof fs];
      if (name !== op) return real;
      return (...args: unknown[]) => {
        if (calls++ >= after) throw Object.assign(new Error(`${code}: simulated`), { code });
        return (real as (...a: unknown[]) => unknown)(...args);
      };
    },
  }) as OutputFs;
}

describe('CopyWriter: output that never hurts the input or earlier work', () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jxb-out-'));
    mkdirSync(join(dir, 'in'));
    input = join(dir, 'in', 'book.xlsx');
    writeFileSync(input, 'ORIGINAL');
  });
  const files = (d: string) => readdirSync(d).sort();

  it('writes the copy under the input’s name, leaving no temporary file', () => {
    const copy = new CopyWriter(join(dir, 'out'), [input], false).write(input, BYTES);
    expect(copy).toEqual({ path: join(dir, 'out', 'book.xlsx'), insteadOf: undefined, fromXls: false });
    expect(readFileSync(copy.path)).toEqual(Buffer.from(BYTES));
    expect(files(join(dir, 'out'))).toEqual(['book.xlsx']);
  });

  it('never overwrites an existing file: the copy takes a numbered name, unless --force', () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'book.xlsx'), 'REVIEWER EDITS');
    const copy = new CopyWriter(join(dir, 'out'), [input], false).write(input, BYTES);
    expect(copy.path).toBe(join(dir, 'out', 'book (2).xlsx'));
    expect(copy.insteadOf).toBe(join(dir, 'out', 'book.xlsx'));
    expect(readFileSync(join(dir, 'out', 'book.xlsx'), 'utf8')).toBe('REVIEWER EDITS');
    const forced = new CopyWriter(join(dir, 'out'), [input], true).write(input, BYTES);
    expect(forced.path).toBe(join(dir, 'out', 'book.xlsx'));
    expect(readFileSync(forced.path)).toEqual(Buffer.from(BYTES));
  });

  it('two inputs of one name from different folders get two copies', () => {
    mkdirSync(join(dir, 'other'));
    const twin = join(dir, 'other', 'book.xlsx');
    writeFileSync(twin, 'TWIN');
    const writer = new CopyWriter(join(dir, 'out'), [input, twin], true);
    expect(writer.write(input, BYTES).path).toBe(join(dir, 'out', 'book.xlsx'));
    expect(writer.write(twin, BYTES).path).toBe(join(dir, 'out', 'book (2).xlsx'));
  });

  it('--out in the input’s folder, through a symbolic link, or holding a hard link to the input never writes the input', () => {
    symlinkSync(join(dir, 'in'), join(dir, 'alias'));
    mkdirSync(join(dir, 'hard'));
    linkSync(input, join(dir, 'hard', 'book.xlsx'));
    for (const out of [join(dir, 'in'), join(dir, 'alias'), join(dir, 'hard')]) {
      const copy = new CopyWriter(out, [input], false).write(input, BYTES);
      expect(copy.path).toMatch(/book \(\d\)\.xlsx$/);
      expect(() => new CopyWriter(out, [input], true).write(input, BYTES)).toThrow(OutputRefusal);
      expect(readFileSync(input, 'utf8')).toBe('ORIGINAL');
    }
    symlinkSync(input, join(dir, 'link.xlsx'));
    const viaLink = join(dir, 'link.xlsx');
    expect(() => new CopyWriter(dir, [viaLink], true).write(viaLink, BYTES)).toThrow(/is an input file/);
    expect(readFileSync(input, 'utf8')).toBe('ORIGINAL');
  });

  it('a full disk or a read-only folder: a plain refusal, no half-written copy and no temporary file left', () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const full = new CopyWriter(out, [input], false, failing('writeSync', 'ENOSPC'));
    expect(() => full.write(input, BYTES)).toThrow(`Disk full: ${join(out, 'book.xlsx')} was not written`);
    expect(files(out)).toEqual([]);
    const readOnly = new CopyWriter(out, [input], false, failing('openSync', 'EACCES'));
    expect(() => readOnly.write(input, BYTES)).toThrow(/No permission to write/);
    const noFlush = new CopyWriter(out, [input], false, failing('fsyncSync', 'EIO'));
    expect(() => noFlush.write(input, BYTES)).toThrow(OutputRefusal);
    expect(files(out)).toEqual([]);
  });

  // Root may write anywhere: there the simulated refusal above stands for it.
  (process.getuid?.() === 0 ? it.skip : it)('a read-only folder for real', () => {
    const out = join(dir, 'locked');
    mkdirSync(out, { mode: 0o555 });
    expect(() => new CopyWriter(out, [input], false).write(input, BYTES)).toThrow(/No permission to write/);
  });

  it('a file system without hard links: the copy is renamed into place', () => {
    const out = join(dir, 'out');
    const copy = new CopyWriter(out, [input], false, failing('linkSync', 'EPERM')).write(input, BYTES);
    expect(copy.path).toBe(join(out, 'book.xlsx'));
    expect(files(out)).toEqual(['book.xlsx']);
  });

  it('keeps .xlsm; a legacy .xls gets an .xlsx copy and says so', () => {
    const writer = new CopyWriter(join(dir, 'out'), [], false);
    expect(writer.write(join(dir, 'm.xlsm'), BYTES).path).toBe(join(dir, 'out', 'm.xlsm'));
    expect(writer.write(join(dir, 'old.xls'), BYTES)).toMatchObject({
      path: join(dir, 'out', 'old.xlsx'),
      fromXls: true,
    });
  });
});

describe('command line output', () => {
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jxb-cli-out-'));
    book = join(dir, 'book.xlsx');
    writeFileSync(book, await sampleBytes('gaoxin-forms.xlsx'));
  });

  it('reports each copy written, numbers a second one, and --clear gives the original back', async () => {
    const out = join(dir, 'out');
    const first = await cli(book, '--out', out, '--format', 'json');
    expect(first.err).toContain(`已写入 ${join(out, 'book.xlsx')}`);
    const [file] = JsonReportSchema.parse(JSON.parse(first.out)).files;
    expect(file.copy).toEqual({ path: join(out, 'book.xlsx') });
    const second = await cli(book, '--out', out, '--lang', 'en');
    expect(second.err).toContain(`Written: ${join(out, 'book (2).xlsx')} (${join(out, 'book.xlsx')} exists`);
    const cleared = join(dir, 'cleared');
    const clear = await cli(join(out, 'book.xlsx'), '--clear', '--out', cleared);
    expect(clear.code).toBe(0);
    expect(readFileSync(join(cleared, 'book.xlsx'))).toEqual(
      Buffer.from(await clearAnnotatedXlsx(readFileSync(join(out, 'book.xlsx')))),
    );
    const notOurs = await cli(book, '--clear', '--out', join(dir, 'cleared2'));
    expect(notOurs.code).toBe(2);
    expect(notOurs.err).toContain('没有本工具写入的批注');
  });

  it('a refused copy still reports the file’s findings, with the reason in plain words (exit 2)', async () => {
    const before = readFileSync(book);
    const res = await cli(book, '--out', dir, '--force', '--format', 'json');
    expect(res.code).toBe(2);
    const [file] = JsonReportSchema.parse(JSON.parse(res.out)).files;
    expect(file.findings.length).toBeGreaterThan(0);
    expect(file.copy?.refused?.message).toContain('--force 也不会覆盖原文件');
    // Said once, in the chosen language (the JSON carries both).
    expect(res.err).toContain('--force 也不会覆盖原文件');
    expect(file.copy?.refused?.messageEn).toContain('--force never overwrites an input');
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});
