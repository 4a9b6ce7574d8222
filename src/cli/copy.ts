import { mkdirSync, writeFileSync } from 'fs';
import { extname } from 'path';
import { planAnnotations } from '../core/annotate/plan';
import type { CheckResult } from '../core/engine';
import type { Profile } from '../core/profile';
import { generateSelfEvalSheets } from '../core/selfeval/generate';
import { sniff } from '../xlsx/errors';
import { legacyAsXlsx } from '../xlsx/legacy';
import { writeAnnotatedXlsx } from '../xlsx/write';
import type { CheckOptions, FileOutcome } from './checkFile';
import { outputPath } from './files';

/**
 * Write the annotated copy of a checked file into `outDir` (this module, and with it the writer,
 * is loaded only when a copy is asked for). A legacy `.xls`/`.et` is copied as `.xlsx`: the
 * writer edits OOXML packages only. Returns where the copy went.
 */
export async function writeCopy(
  file: string,
  bytes: Uint8Array,
  result: CheckResult,
  outDir: string,
  opts: CheckOptions,
  profile: Profile,
): Promise<NonNullable<FileOutcome['copy']>> {
  const legacy = sniff(bytes) === 'cfb';
  const source = legacy ? legacyAsXlsx(bytes) : bytes;
  const extra = opts.selfEval ? generateSelfEvalSheets(result.model.projects, { profile, mode: opts.selfEval }) : [];
  const annotated = await writeAnnotatedXlsx(source, planAnnotations(result.findings, opts.lang), extra);
  const target = outputPath(file, outDir, legacy ? '.xlsx' : undefined);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, annotated);
  return legacy ? { path: target, convertedFrom: extname(file).toLowerCase() || '.xls' } : { path: target };
}
