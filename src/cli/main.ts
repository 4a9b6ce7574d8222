#!/usr/bin/env node
/** Command line: check .xlsx workbooks, print a text or JSON report, optionally write annotated copies. */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { planAnnotations } from '../core/annotate/plan';
import { checkWorkbook } from '../core/engine';
import { DEFAULT_PROFILE, ProfileSchema, type Profile } from '../core/profile';
import { fileJson, unreadableFileJson, type JsonFile } from '../core/report/json';
import { reportText } from '../core/report/text';
import { generateSelfEvalSheets } from '../core/selfeval/generate';
import { readXlsx, XlsxReadError } from '../xlsx/read';
import { writeAnnotatedXlsx } from '../xlsx/annotate';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { expandInputs, outputPath } from './files';

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

/** Check one file; write its annotated copy when asked. Unreadable files become an error entry. */
async function checkFile(file: string, opts: CliOptions, profile: Profile): Promise<JsonFile> {
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
  if (opts.out) {
    mkdirSync(opts.out, { recursive: true });
    const extra = opts.selfEval ? generateSelfEvalSheets(result.model.projects, { profile, mode: opts.selfEval }) : [];
    const annotated = await writeAnnotatedXlsx(bytes, planAnnotations(result.findings, opts.lang), extra);
    writeFileSync(outputPath(file, opts.out), annotated);
  }
  return fileJson(file, result);
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
  const files: JsonFile[] = [];
  for (const file of expandInputs(opts.files)) {
    try {
      files.push(await checkFile(file, opts, profile));
    } catch (e) {
      files.push(unreadableFileJson(file, (e as Error).message, (e as Error).message));
    }
  }
  for (const f of files) if (f.error) err(`${f.file}: ${f.error.message} / ${f.error.messageEn}`);
  out(opts.format === 'json' ? JSON.stringify({ files }, null, 2) : reportText(files, opts.lang));
  if (files.some((f) => f.error)) return EXIT_UNUSABLE;
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
