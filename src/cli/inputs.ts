import { readdirSync, statSync } from 'fs';
import { join, resolve } from 'path';

/** The bundled sample the CLI checks when given no file (resolved from the repo, not the cwd; the bundle sits as deep as src/cli). */
export const DEFAULT_SAMPLE = resolve(__dirname, '..', '..', 'assets', 'samples', 'sample.xlsx');

/**
 * Names of workbooks a folder is searched for: Excel's workbook, macro workbook and template
 * (.xlsx .xlsm .xltx .xltm), legacy Excel 97–2003 (.xls) and WPS (.et). A file named on the
 * command line is checked whatever its name: the reader goes by its content.
 */
export const WORKBOOK_NAME = /\.(xlsx|xlsm|xltx|xltm|xls|et)$/i;

/** Why a path given or found was not checked. */
export type SkipReason = 'not-workbook' | 'lock-file' | 'subfolder' | 'empty-folder';

export interface Inputs {
  /** Files to check, in the order given; a folder's files sorted by name. */
  files: string[];
  skipped: { path: string; reason: SkipReason }[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files to check: each argument as a file, or the workbooks in it when it is a folder (its
 * subfolders too with `recursive`). Nothing is left out silently: other files, Excel lock files
 * (`~$…`), subfolders without `recursive` and folders without any workbook come back as skipped,
 * with the reason. A file argument that does not exist is kept: checking it says so.
 */
export function expandInputs(inputs: string[], recursive = false): Inputs {
  const out: Inputs = { files: [], skipped: [] };
  if (inputs.length === 0) return { files: [DEFAULT_SAMPLE], skipped: [] };
  for (const input of inputs) {
    if (!isFolder(input)) out.files.push(input);
    else if (walk(input, recursive, out) === 0) out.skipped.push({ path: input, reason: 'empty-folder' });
  }
  return out;
}

/** Add a folder's workbooks and skips; returns how many workbooks it (and its subfolders) held. */
function walk(folder: string, recursive: boolean, out: Inputs): number {
  let found = 0;
  // An explicit stack, not recursion: a deep tree must not grow the call stack.
  const stack = [folder];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    const names = readdirSync(dir).sort();
    const subfolders: string[] = [];
    for (const name of names) {
      const path = join(dir, name);
      if (isFolder(path)) {
        if (recursive) subfolders.push(path);
        else out.skipped.push({ path, reason: 'subfolder' });
      } else if (name.startsWith('~$')) out.skipped.push({ path, reason: 'lock-file' });
      else if (!WORKBOOK_NAME.test(name)) out.skipped.push({ path, reason: 'not-workbook' });
      else {
        out.files.push(path);
        found++;
      }
    }
    // Subfolders in name order: pushed reversed so the first is taken first.
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]);
  }
  return found;
}
