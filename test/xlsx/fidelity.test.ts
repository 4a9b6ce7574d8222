import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { planAnnotations } from '../../src/core/annotate/plan';
import { COMMENT_MARKER, REPORT_SHEET_NAME } from '../../src/core/annotate/types';
import { checkWorkbook } from '../../src/core/engine';
import { generateSelfEvalSheets } from '../../src/core/selfeval/generate';
import { clearAnnotatedXlsx, writeAnnotatedXlsx } from '../../src/xlsx/annotate';
import { parseRelationships, relsPartOf } from '../../src/xlsx/annotate/opc';
import { readXlsx } from '../../src/xlsx/read';
import { attribute, startTags } from '../../src/xlsx/xml';
import { convertWithLibreOffice, fidelityWorkbooks, soffice, TARGET_SHEET, type Workbooks } from '../helpers/fidelity';

/**
 * The annotated copy keeps everything the user had: for workbooks that each carry one feature
 * (scripts/fidelity/make_workbooks.py, plus LibreOffice-saved ones), every part the annotations
 * do not need is byte for byte the original's, the user's sheets read the same, clearing gives
 * every part back, and LibreOffice opens the copy and recalculates the user's sheets to the same
 * values.
 */

type Parts = Record<string, Uint8Array>;

const parts = (bytes: Uint8Array): Parts => unzipSync(bytes);
const text = (p: Parts, name: string) => (p[name] ? strFromU8(p[name]) : '');

/** The parts annotations may change: package index, workbook, its relationships and styles, and each annotated sheet with its notes. */
function editableParts(original: Parts, annotatedSheets: Set<string>): Set<string> {
  const root = parseRelationships(text(original, '_rels/.rels'), '');
  const workbook = root.find((r) => r.type.endsWith('/officeDocument'))!.target;
  const rels = parseRelationships(text(original, relsPartOf(workbook)), workbook);
  const out = new Set(['[Content_Types].xml', workbook, relsPartOf(workbook)]);
  for (const r of rels) if (r.type.endsWith('/styles')) out.add(r.target);
  for (const { attrs } of startTags(text(original, workbook), 'sheet')) {
    if (!annotatedSheets.has(attribute(attrs, 'name') ?? '')) continue;
    const sheet = rels.find((r) => r.id === attribute(attrs, 'id'))!.target;
    out.add(sheet).add(relsPartOf(sheet));
    for (const r of parseRelationships(text(original, relsPartOf(sheet)), sheet))
      if (/\/(comments|vmlDrawing)$/.test(r.type)) out.add(r.target);
  }
  return out;
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

interface Case {
  name: string;
  bytes: Uint8Array;
  /** Made by make_workbooks.py, whose target sheet the check flags. */
  generated?: boolean;
}

/** The project's own fixtures (published tables, samples): workbooks the suite holds without any generator. */
function fixtureCases(): Case[] {
  const root = join(__dirname, '..', '..');
  const out: Case[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.xls[xm]$/.test(e.name))
        out.push({ name: join(dir, e.name).slice(root.length + 1), bytes: readFileSync(join(dir, e.name)) });
    }
  };
  walk(join(root, 'test', 'fixtures'));
  walk(join(root, 'assets', 'samples'));
  return out;
}

let workbooks: Workbooks;
const cases: Case[] = [];
const office = soffice();
const work = mkdtempSync(join(tmpdir(), 'jxb-fidelity-run-'));

beforeAll(async () => {
  cases.push(...fixtureCases());
  workbooks = await fidelityWorkbooks();
  if ('skip' in workbooks) {
    console.warn(`fidelity suite skipped: ${workbooks.skip}`);
    return;
  }
  const { dir, files } = workbooks;
  for (const f of files) cases.push({ name: f, bytes: readFileSync(join(dir, f)), generated: true });
  if (!office) {
    console.warn(
      'LibreOffice not found (sudo bash scripts/setup-system.sh installs libreoffice-calc-nogui): its checks are skipped',
    );
    return;
  }
  // Files as LibreOffice saves them: a few of the generated ones opened and saved again by it.
  const saved = join(work, 'libreoffice-saved');
  const picked = [
    'notes.xlsx',
    'protection-legacy-hash.xlsx',
    'conditional-formats.xlsx',
    'defined-names.xlsx',
    'chart.xlsx',
    'pivot.xlsx',
  ];
  convertWithLibreOffice(
    office,
    picked.map((f) => join(dir, f)),
    'xlsx',
    saved,
  );
  for (const f of picked)
    cases.push({ name: `libreoffice-${f}`, bytes: readFileSync(join(saved, f)), generated: true });
}, 300_000);

/** What the CLI writes for a file: its findings as annotations, with or without 自评表. */
async function annotate(bytes: Uint8Array, selfEval: boolean) {
  const { findings, model } = checkWorkbook(await readXlsx(bytes));
  const plan = planAnnotations(findings);
  const extra = selfEval ? generateSelfEvalSheets(model.projects) : [];
  return { plan, copy: await writeAnnotatedXlsx(bytes, plan, extra), extra };
}

describe('annotated copy fidelity', () => {
  it('has a workbook for every feature', () => {
    if ('skip' in workbooks) return;
    expect(cases.filter((c) => c.generated).length).toBeGreaterThanOrEqual(36);
  });

  for (const selfEval of [false, true]) {
    it(`${selfEval ? '--out --self-eval' : '--out'}: parts byte for byte except the annotations; same user sheets; clearing gives the original back`, async () => {
      for (const c of cases) {
        const { plan, copy, extra } = await annotate(c.bytes, selfEval);
        if (c.generated)
          expect({ file: c.name, flagged: plan.cells.some((a) => a.sheet === TARGET_SHEET) }).toEqual({
            file: c.name,
            flagged: true,
          });
        const before = parts(c.bytes);
        const after = parts(copy);
        const editable = editableParts(before, new Set(plan.cells.map((a) => a.sheet)));
        const changed = Object.keys(before).filter((p) => !same(before[p], after[p]));
        expect({ file: c.name, changed: changed.filter((p) => !editable.has(p)) }).toEqual({
          file: c.name,
          changed: [],
        });
        const added = Object.keys(after).filter((p) => !(p in before));
        expect({
          file: c.name,
          added: added.filter(
            (p) =>
              !/^(xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|customXml\/item\d+\.xml)$/.test(
                p,
              ),
          ),
        }).toEqual({ file: c.name, added: [] });

        const grid = await readXlsx(c.bytes);
        const copyGrid = await readXlsx(copy);
        expect(copyGrid.sheets.slice(0, grid.sheets.length)).toEqual(grid.sheets);
        expect(copyGrid.sheets.slice(grid.sheets.length).map((s) => s.name)).toEqual([
          REPORT_SHEET_NAME,
          ...extra.map((s) => s.name),
        ]);

        const cleared = parts(await clearAnnotatedXlsx(copy));
        expect({ file: c.name, parts: Object.keys(cleared).sort() }).toEqual({
          file: c.name,
          parts: Object.keys(before).sort(),
        });
        expect({ file: c.name, differ: Object.keys(before).filter((p) => !same(before[p], cleared[p])) }).toEqual({
          file: c.name,
          differ: [],
        });
      }
    });
  }

  it('keeps a user note on a flagged cell whole with ours below a marker; a threaded comment is left alone', async () => {
    if ('skip' in workbooks) return;
    const [flagged] = workbooks.flagged;
    for (const name of ['notes.xlsx', 'openpyxl-notes.xlsx', 'threaded-comments.xlsx', 'libreoffice-notes.xlsx']) {
      const c = cases.find((x) => x.name === name);
      if (!c) continue;
      const { copy } = await annotate(c.bytes, false);
      const all = parts(copy);
      const comments = Object.keys(all).filter((p) => /comments?\d*\.xml$/i.test(p) && !p.includes('threaded'));
      const commentXml = comments.map((p) => text(all, p)).join('');
      const originalXml = Object.keys(parts(c.bytes))
        .filter((p) => /comments?\d*\.xml$/i.test(p) && !p.includes('threaded'))
        .map((p) => text(parts(c.bytes), p))
        .join('');
      const userNote = new RegExp(`<comment ref="${flagged}"[\\s\\S]*?</comment>`).exec(originalXml)?.[0];
      expect({ name, userNote: userNote !== undefined }).toEqual({ name, userNote: true });
      const copyNote = new RegExp(`<comment ref="${flagged}"[\\s\\S]*?</comment>`).exec(commentXml)![0];
      const userText = userNote!.slice(0, userNote!.lastIndexOf('</text>'));
      expect(copyNote.startsWith(userText)).toBe(true);
      if (name === 'threaded-comments.xlsx') expect(copyNote).toBe(userNote);
      else expect(copyNote.slice(userText.length)).toContain(`\n${COMMENT_MARKER}\n[`);
      expect(commentXml).toContain(`<comment ref="${workbooks.plain}"`);
    }
  });

  it('LibreOffice opens each copy and recalculates the user sheets to the same values', async () => {
    if ('skip' in workbooks || !office) return;
    const originals = join(work, 'originals');
    const copies = join(work, 'copies');
    mkdirSync(originals);
    mkdirSync(copies);
    const names: { base: string; generated?: boolean }[] = [];
    for (const [i, c] of cases.entries()) {
      // Numbered names: LibreOffice names each sheet's CSV `file-sheet.csv`, and no base may prefix another.
      const base = `f${i}`;
      writeFileSync(join(originals, `${base}${c.name.slice(-5)}`), c.bytes);
      writeFileSync(join(copies, `${base}.out${c.name.slice(-5)}`), (await annotate(c.bytes, false)).copy);
      // With 自评表 for the feature workbooks; the fixtures once (the suite stays within its time).
      if (c.generated)
        writeFileSync(join(copies, `${base}.self${c.name.slice(-5)}`), (await annotate(c.bytes, true)).copy);
      names.push({ base, generated: c.generated });
    }
    const csv = join(work, 'csv');
    convertWithLibreOffice(
      office,
      [...readdirSync(originals).map((f) => join(originals, f)), ...readdirSync(copies).map((f) => join(copies, f))],
      'csv',
      csv,
    );
    const files = readdirSync(csv);
    // LibreOffice reads our notes, and the user's note on a flagged cell with ours below it: its own save of the copies shows them.
    const withNotes = cases.flatMap((c, i) =>
      /notes/.test(c.name) ? [join(copies, `f${i}.out${c.name.slice(-5)}`)] : [],
    );
    const resaved = join(work, 'resaved');
    convertWithLibreOffice(office, withNotes, 'xlsx', resaved);
    const resavedFiles = readdirSync(resaved).filter((x) => x.endsWith('.xlsx'));
    expect(resavedFiles).toHaveLength(withNotes.length);
    for (const f of resavedFiles) {
      const saved = parts(readFileSync(join(resaved, f)));
      const notes = Object.keys(saved)
        .filter((p) => /comments\d*\.xml$/.test(p))
        .map((p) => text(saved, p))
        .join('');
      expect({ f, ours: notes.includes(COMMENT_MARKER), user: /用户批注|另一/.test(notes) }).toEqual({
        f,
        ours: true,
        user: true,
      });
    }
    for (const { base, generated } of names) {
      const sheetsOf = (prefix: string) =>
        files.filter((f) => f.startsWith(`${prefix}-`)).map((f) => f.slice(prefix.length + 1));
      const userSheets = sheetsOf(base);
      expect({ base, sheets: userSheets.length > 0 }).toEqual({ base, sheets: true });
      if (generated) expect(userSheets).toContain(`${TARGET_SHEET}.csv`);
      for (const variant of generated ? [`${base}.out`, `${base}.self`] : [`${base}.out`]) {
        const copySheets = sheetsOf(variant);
        expect({ variant, report: copySheets.includes(`${REPORT_SHEET_NAME}.csv`) }).toEqual({
          variant,
          report: true,
        });
        for (const s of userSheets)
          expect({ variant, s, csv: readFileSync(join(csv, `${variant}-${s}`), 'utf8') }).toEqual({
            variant,
            s,
            csv: readFileSync(join(csv, `${base}-${s}`), 'utf8'),
          });
      }
    }
  }, 300_000);
});
