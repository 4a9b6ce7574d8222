import { planAnnotations } from '../core/annotate/plan';
import type { CheckResult } from '../core/engine';
import type { Profile } from '../core/profile';
import { generateSelfEvalSheets } from '../core/selfeval/generate';
import { writeAnnotatedXlsx } from '../xlsx/annotate';
import { sniff } from '../xlsx/errors';
import { legacyAsXlsx } from '../xlsx/legacy';
import type { CheckOptions } from './checkFile';

/**
 * The annotated copy's bytes of a checked file (this module, and with it the writer, is loaded
 * only when a copy is asked for). A legacy `.xls`/`.et` is first converted to .xlsx: the writer
 * edits OOXML packages. Where the bytes go is the main thread's (src/cli/output.ts). Throws
 * XlsxWriteError.
 */
export async function makeCopy(
  bytes: Uint8Array,
  result: CheckResult,
  opts: CheckOptions,
  profile: Profile,
): Promise<Uint8Array> {
  const source = sniff(bytes) === 'cfb' ? legacyAsXlsx(bytes) : bytes;
  const extra = opts.selfEval ? generateSelfEvalSheets(result.model.projects, { profile, mode: opts.selfEval }) : [];
  return writeAnnotatedXlsx(source, planAnnotations(result.findings, opts.lang), extra);
}
