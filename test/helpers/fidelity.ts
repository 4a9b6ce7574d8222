import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { BAIYUN_LIST_ROWS } from '../../scripts/samples/data/baiyunList';
import { typed, writeRows } from '../../scripts/samples/workbooks';
import { checkWorkbook } from '../../src/core/engine';
import { readXlsx } from '../../src/xlsx/read';
import { toBytes } from './workbooks';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'fidelity', 'make_workbooks.py');
export const TARGET_SHEET = '目标表';

/** A Python 3 with openpyxl and XlsxWriter (Debian: python3-openpyxl, python3-xlsxwriter), or undefined. */
function python(): string | undefined {
  return ['python3', '/usr/bin/python3'].find(
    (p) => spawnSync(p, ['-c', 'import openpyxl, xlsxwriter'], { stdio: 'ignore' }).status === 0,
  );
}

/** LibreOffice's command, or undefined. */
export function soffice(): string | undefined {
  return ['soffice', 'libreoffice'].find(
    (p) => spawnSync(p, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0,
  );
}

/** The rows of the target sheet the generated workbooks share, and which of its cells the check flags. */
async function spec(): Promise<{ rows: unknown[][]; flagged: string[]; plain: string }> {
  const rows = BAIYUN_LIST_ROWS.map((r) => r.map((v) => typed(v).value));
  const wb = new ExcelJS.Workbook();
  writeRows(wb.addWorksheet(TARGET_SHEET), BAIYUN_LIST_ROWS, 1, { merged: false });
  const { findings } = checkWorkbook(await readXlsx(await toBytes(wb)));
  const flagged = [...new Set(findings.filter((f) => f.sheet === TARGET_SHEET).map((f) => f.cell))];
  return { rows, flagged, plain: 'H2' };
}

export type Workbooks = { dir: string; files: string[]; flagged: string[]; plain: string } | { skip: string };

/**
 * The fidelity workbooks (scripts/fidelity/make_workbooks.py), made once per version of the
 * script into a cache folder; `skip` says why when Python or its packages are missing.
 */
export async function fidelityWorkbooks(): Promise<Workbooks> {
  const py = python();
  if (!py)
    return {
      skip: 'python3 with openpyxl and XlsxWriter not found (sudo bash scripts/setup-system.sh installs python3-openpyxl, python3-xlsxwriter)',
    };
  const s = await spec();
  const json = JSON.stringify(s);
  const key = createHash('sha256').update(readFileSync(SCRIPT)).update(json).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `jxb-fidelity-${key}`);
  if (!existsSync(dir)) {
    const work = `${dir}.${process.pid}`;
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'spec.json'), json);
    const res = spawnSync(py, [SCRIPT, work, join(work, 'spec.json')], { encoding: 'utf8', timeout: 120_000 });
    if (res.status !== 0) throw new Error(`make_workbooks.py failed: ${res.stderr}`);
    rmSync(join(work, 'spec.json'));
    if (!existsSync(dir)) renameSync(work, dir);
    else rmSync(work, { recursive: true });
  }
  const files = readdirSync(dir)
    .filter((f) => /\.xls[xm]$/.test(f))
    .sort();
  return { dir, files, flagged: s.flagged, plain: s.plain };
}

/** A LibreOffice profile that recalculates every formula when it loads a file (not only those without a cached value). */
function profile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return `file://${dir}`;
}

/** Every sheet of each file as CSV (UTF-8), `name-Sheet.csv` in `outDir`, through one LibreOffice run; returns its output. */
export function convertWithLibreOffice(
  office: string,
  files: string[],
  format: 'csv' | 'xlsx',
  outDir: string,
): string {
  const filter =
    format === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' : 'xlsx';
  const res = spawnSync(
    office,
    [
      '--headless',
      `-env:UserInstallation=${profile(join(outDir, '.profile'))}`,
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (res.status !== 0) throw new Error(`LibreOffice failed: ${res.stderr}`);
  return res.stdout;
}
