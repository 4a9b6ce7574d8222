#!/usr/bin/env node
/** Command line: check .xlsx workbooks, print a text or JSON report, optionally write annotated copies. */
import { readFileSync } from 'fs';
import { planAnnotations } from '../core/annotate/plan';
import { checkWorkbook } from '../core/engine';
import { DEFAULT_PROFILE, ProfileSchema, type Profile } from '../core/profile';
import { fileJson, unreadableFileJson, type JsonFile } from '../core/report/json';
import { reportText } from '../core/report/text';
import { generateSelfEvalSheets } from '../core/selfeval/generate';
import { readXlsx, XlsxReadError } from '../xlsx/read';
import { clearAnnotatedXlsx, writeAnnotatedXlsx, writeFailure, XlsxWriteError } from '../xlsx/annotate';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { expandInputs } from './files';
import { CopyWriter, OutputRefusal, type WrittenCopy } from './output';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNUSABLE = 2;

function loadProfile(path: string | undefined): Profile {
  if (!path) return DEFAULT_PROFILE;
  return ProfileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

function describeReadFailure(e: unknown): { message: string; messageEn: string } {
  if (e instanceof XlsxReadError) return { message: e.zh, messageEn: e.en };
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return { message: '文件不存在', messageEn: 'File not found' };
  if (err?.code === 'EISDIR') return { message: '是目录而不是文件', messageEn: 'Is a folder, not a file' };
  return { message: `无法读取：${String(err?.message ?? e)}`, messageEn: `Cannot read: ${String(err?.message ?? e)}` };
}

/** A copy that could not be made or written, in both languages. */
function copyFailure(e: unknown): { message: string; messageEn: string } {
  const { zh, en } = e instanceof OutputRefusal ? e : writeFailure(e);
  return { message: zh, messageEn: en };
}

/** The line that tells where a copy went. */
function writtenLine(copy: WrittenCopy, lang: CliOptions['lang']): string {
  const notes: string[] = [];
  if (copy.insteadOf)
    notes.push(lang === 'zh' ? `${copy.insteadOf} 已存在，另存为此名` : `${copy.insteadOf} exists, so this name`);
  if (copy.fromXls)
    notes.push(lang === 'zh' ? '原文件为旧版 .xls，副本为 .xlsx' : 'the input is a legacy .xls; its copy is an .xlsx');
  const head = lang === 'zh' ? `已写入 ${copy.path}` : `Written: ${copy.path}`;
  if (notes.length === 0) return head;
  return lang === 'zh' ? `${head}（${notes.join('；')}）` : `${head} (${notes.join('; ')})`;
}

interface Output {
  writer: CopyWriter;
  log: (s: string) => void;
}

/** Check one file; write its annotated copy when asked. Unreadable files become an error entry; a copy refused keeps the findings. */
async function checkFile(file: string, opts: CliOptions, profile: Profile, output?: Output): Promise<JsonFile> {
  let bytes: Uint8Array;
  let grid;
  try {
    bytes = readFileSync(file);
    grid = await readXlsx(bytes);
  } catch (e) {
    const d = describeReadFailure(e);
    return unreadableFileJson(file, d.message, d.messageEn);
  }
  const result = checkWorkbook(grid, profile);
  const json = fileJson(file, result);
  if (output) {
    try {
      const extra = opts.selfEval
        ? generateSelfEvalSheets(result.model.projects, { profile, mode: opts.selfEval })
        : [];
      const annotated = await writeAnnotatedXlsx(bytes, planAnnotations(result.findings, opts.lang), extra);
      const copy = output.writer.write(file, annotated);
      output.log(writtenLine(copy, opts.lang));
      json.copy = { path: copy.path };
    } catch (e) {
      json.copy = { refused: copyFailure(e) };
    }
  }
  return json;
}

/** --clear: each input written to --out without our annotations. Returns the exit code. */
async function clearFiles(
  files: string[],
  opts: CliOptions,
  output: Output,
  err: (s: string) => void,
): Promise<number> {
  let failed = false;
  for (const file of files) {
    try {
      output.log(writtenLine(output.writer.write(file, await clearAnnotatedXlsx(readFileSync(file))), opts.lang));
    } catch (e) {
      const d = e instanceof XlsxWriteError || e instanceof OutputRefusal ? copyFailure(e) : describeReadFailure(e);
      err(`${file}: ${d.message} / ${d.messageEn}`);
      failed = true;
    }
  }
  return failed ? EXIT_UNUSABLE : EXIT_OK;
}

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let opts: CliOptions;
  let profile: Profile;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      out(USAGE);
      return EXIT_OK;
    }
    profile = loadProfile(opts.profile);
  } catch (e) {
    err(
      e instanceof UsageError ? `${e.message}\n\n${USAGE}` : `配置文件无效 / invalid profile: ${(e as Error).message}`,
    );
    return EXIT_UNUSABLE;
  }
  const inputs = expandInputs(opts.files);
  // Where each copy went goes to stderr: stdout carries only the report (one JSON document with --format json).
  const output = opts.out ? { writer: new CopyWriter(opts.out, inputs, opts.force), log: err } : undefined;
  if (opts.clear && output) return clearFiles(inputs, opts, output, err);
  const files: JsonFile[] = [];
  for (const file of inputs) {
    try {
      files.push(await checkFile(file, opts, profile, output));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      files.push(unreadableFileJson(file, `内部错误：${detail}`, `Internal error: ${detail}`));
    }
  }
  for (const f of files) if (f.error) err(`${f.file}: ${f.error.message} / ${f.error.messageEn}`);
  for (const f of files) if (f.copy?.refused) err(`${f.file}: ${f.copy.refused.message} / ${f.copy.refused.messageEn}`);
  out(opts.format === 'json' ? JSON.stringify({ files }, null, 2) : reportText(files, opts.lang));
  if (files.some((f) => f.error || f.copy?.refused)) return EXIT_UNUSABLE;
  return files.some((f) => f.summary.error > 0) ? EXIT_ERRORS : EXIT_OK;
}

if (require.main === module) {
  run(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`内部错误 / internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
