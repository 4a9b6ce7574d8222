import { readFileSync, readdirSync } from 'fs';
import { basename, join } from 'path';
import { checkWorkbook } from '../../src/core/engine';
import type { WorkbookGrid } from '../../src/core/grid/grid';
import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../../src/xlsx/read';

/**
 * Legacy binary workbooks (test/fixtures/legacy: the bundled samples saved as Excel 97–2003 .xls
 * by LibreOffice, see scripts/make-legacy-fixtures.sh; the .et is one of them under WPS's name)
 * read into the grid their .xlsx gives, and so into the same findings.
 */
const ROOT = join(__dirname, '..', '..');
const LEGACY = join(ROOT, 'test', 'fixtures', 'legacy');
const fixtures = readdirSync(LEGACY).filter((f) => /\.(xls|et)$/.test(f));

/** What a check reports, without the grid's incidental differences. */
function outcome(grid: WorkbookGrid) {
  const { model, findings } = checkWorkbook(grid);
  return {
    sheets: grid.sheets.map((s) => [s.name, Boolean(s.hidden)]),
    projects: model.projects.map((p) => [p.sheet, p.cell, p.name, p.indicators.length]),
    selfEvaluations: model.selfEvaluations.length,
    findings: findings.map((f) => [f.code, f.sheet, f.cell, f.message]),
  };
}

describe('legacy .xls and WPS .et workbooks', () => {
  it('the fixtures are there', () => expect(fixtures.length).toBeGreaterThanOrEqual(9));

  it.each(fixtures)('%s gives the findings of its .xlsx', async (file) => {
    const xlsx = join(ROOT, 'assets', 'samples', `${basename(file).replace(/\.(xls|et)$/, '')}.xlsx`);
    const legacy = await readWorkbook(readFileSync(join(LEGACY, file)));
    const modern = await readWorkbook(readFileSync(xlsx));
    expect(outcome(legacy)).toEqual(outcome(modern));
    expect(outcome(legacy).projects.length + outcome(legacy).selfEvaluations).toBeGreaterThan(0);
  });
});

describe('compound files that are no readable workbook', () => {
  async function reason(bytes: Uint8Array): Promise<string> {
    return readWorkbook(bytes).then(
      () => 'read',
      (e: { reason?: string }) => e.reason ?? String(e),
    );
  }

  it('an encrypted package (an .xlsx with an open password is a compound file) is "encrypted"', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(100));
    expect(await reason(new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]))).toBe('encrypted');
  });

  it('a cut or damaged .xls is "corrupt"', async () => {
    const bytes = readFileSync(join(LEGACY, 'sample.xls'));
    expect(await reason(bytes.subarray(0, 12))).toBe('corrupt');
    expect(await reason(bytes.subarray(0, 2000))).toBe('corrupt');
  });
});
