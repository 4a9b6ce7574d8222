import fc from 'fast-check';
import { checkWorkbook, type CheckResult } from '../../src/core/engine';
import type { WorkbookGrid } from '../../src/core/grid/grid';
import { XlsxReadError } from '../../src/xlsx/errors';
import { readXlsx } from '../../src/xlsx/read';
import { BAIYUN_LIST_ROWS } from '../../scripts/samples/data/baiyunList';
import { MAIN_NS, stringRow, workbookParts, zipParts } from '../helpers/packages';

/**
 * Hostile workbooks: damaged and hand-crafted packages that once made the reader scan
 * quadratically, run out of memory or read a damaged file as empty. Each must end within a
 * budget (far above what a linear reader needs on a loaded machine, far below what a quadratic one takes at these
 * sizes) with a report or a clear refusal.
 */
const TIME_BUDGET_MS = 5000;
const HEAP_BUDGET_MB = 400;

type Outcome = { read: WorkbookGrid; projects: number; model: CheckResult['model'] } | { refused: XlsxReadError };

/** Read and check within the budget; any other failure than an XlsxReadError fails the test. */
async function within(bytes: Uint8Array, budgetMs = TIME_BUDGET_MS): Promise<Outcome> {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    const read = await readXlsx(bytes);
    const { model } = checkWorkbook(read);
    outcome = { read, projects: model.projects.length, model };
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    outcome = { refused: e };
  }
  const ms = performance.now() - t0;
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  expect({ ms: ms < budgetMs ? 'within' : ms, heapMB: heapMB < HEAP_BUDGET_MB ? 'within' : heapMB }).toEqual({
    ms: 'within',
    heapMB: 'within',
  });
  return outcome;
}

async function refusal(bytes: Uint8Array): Promise<XlsxReadError> {
  const outcome = await within(bytes);
  if (!('refused' in outcome)) throw new Error('expected a refusal, the file was read');
  return outcome.refused;
}

/** The 白云区 list table as shared strings and rows: a real target table to read through each damage. */
function listTable(): { sheetData: string; strings: string[] } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (t: string) => {
    if (!index.has(t)) index.set(t, strings.push(t.replace(/&/g, '&amp;').replace(/</g, '&lt;')) - 1);
    return index.get(t)!;
  };
  const sheetData = BAIYUN_LIST_ROWS.map((row, r) =>
    stringRow(
      r + 1,
      row.map((t) => id(t)),
    ),
  ).join('');
  return { sheetData, strings };
}

const { sheetData, strings } = listTable();
const SHEET = 'xl/worksheets/sheet1.xml';

function withSheet(xml: string): Uint8Array {
  const parts = workbookParts(sheetData, strings);
  parts[SHEET] = `<worksheet xmlns="${MAIN_NS}"><sheetData>${xml}</sheetData></worksheet>`;
  return zipParts(parts);
}

describe('hostile workbooks end within a budget with a report or a clear refusal', () => {
  let projects: number;
  beforeAll(async () => {
    const outcome = await within(zipParts(workbookParts(sheetData, strings)));
    if (!('read' in outcome)) throw outcome.refused;
    projects = outcome.projects;
    expect(projects).toBeGreaterThan(10);
  });

  it.each([
    ['<c>', '<c r="A1">'],
    ['<is>', '<c t="inlineStr"><is><t>x</t>'],
    ['<v>', '<c><v>1'],
    ['<f>', '<c><f>SUM(A1)'],
    ['<t>', '<c t="inlineStr"><is><t>甲'],
    ['<rPh>', '<c t="inlineStr"><is><t>甲</t><rPh sb="0"><t>フ</t>'],
  ])('unclosed %s repeated 20,000 times: refused as damaged, naming the part', async (_name, unit) => {
    const e = await refusal(withSheet(`<row r="1">${unit.repeat(20_000)}</row>`));
    expect(e.reason).toBe('corrupt');
    expect(e.detail).toMatch(/^xl\/worksheets\/sheet1\.xml: <.+> at character \d+ is never closed$/);
  });

  it("a run of 200,000 '<' in a sheet, or in a relationship's attribute: refused", async () => {
    expect((await refusal(withSheet(`<row r="1">${'<'.repeat(200_000)}</row>`))).reason).toBe('corrupt');
    const parts = workbookParts(sheetData, strings);
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      'Target="worksheets/sheet1.xml"',
      `Target="worksheets/sheet1.xml${'<'.repeat(200_000)}"`,
    );
    expect((await refusal(zipParts(parts))).detail).toMatch(/^xl\/_rels\/workbook\.xml\.rels: /);
  });

  it('a value in column XFD on 40,000 rows is read in memory proportional to the cells present', async () => {
    const rows = Array.from({ length: 40_000 }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>${r}</v></c></row>`);
    const outcome = await within(withSheet(rows.join('')));
    if (!('read' in outcome)) throw outcome.refused;
    const [sheet] = outcome.read.sheets;
    expect(sheet.rows).toHaveLength(40_000);
    expect(sheet.rows[39_999][16_383]).toEqual({ value: 39_999 });
  });

  it('a missing shared strings part, or cells that name strings the table lacks: refused, never read as empty', async () => {
    const missing = workbookParts(sheetData, strings);
    delete missing['xl/sharedStrings.xml'];
    expect((await refusal(zipParts(missing))).detail).toBe(
      'the shared strings part xl/sharedstrings.xml is missing from the package',
    );
    const noTable = workbookParts(sheetData, strings);
    noTable['xl/_rels/workbook.xml.rels'] = (noTable['xl/_rels/workbook.xml.rels'] as string).replace(
      /<Relationship Id="rId2"[^>]*>/,
      '',
    );
    expect((await refusal(zipParts(noTable))).detail).toMatch(/^xl\/worksheets\/sheet1\.xml: .*shared string 0 of 0/);
  });

  it("a part name damaged in the zip's directory, or a sheet part absent: refused as damaged", async () => {
    const bytes = zipParts(workbookParts(sheetData, strings));
    // Damage the directory's copy of the sheet's name only (the entry's own header keeps it).
    const name = new TextEncoder().encode(SHEET);
    const central = lastIndexOf(bytes, name);
    bytes[central + 14] = 'X'.charCodeAt(0);
    expect((await refusal(bytes)).detail).toMatch(/sheet1\.xml.*missing|differs/);
    const absent = workbookParts(sheetData, strings);
    delete absent[SHEET];
    expect((await refusal(zipParts(absent))).detail).toBe(
      'xl/workbook.xml: the part of sheet “目标表”, xl/worksheets/sheet1.xml, is missing from the package',
    );
  });

  it('a damaged byte in a part fails its CRC-32 check', async () => {
    const parts = workbookParts(sheetData, strings);
    const bytes = zipParts(parts, true);
    const at = indexOf(bytes, new TextEncoder().encode('<sheetData>'));
    bytes[at + 1] = 'S'.charCodeAt(0);
    expect((await refusal(bytes)).detail).toBe('xl/worksheets/sheet1.xml fails its CRC-32 check');
  });

  it('UTF-16 parts (with a byte-order mark, either byte order) read as their UTF-8 twins', async () => {
    for (const [bom, encode] of [
      [[0xff, 0xfe], (c: number) => [c & 0xff, c >> 8]],
      [[0xfe, 0xff], (c: number) => [c >> 8, c & 0xff]],
    ] as const) {
      const parts = workbookParts(sheetData, strings);
      for (const part of [SHEET, 'xl/sharedStrings.xml']) {
        const text = (parts[part] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
        const units = Array.from(text, (ch) => ch.charCodeAt(0)).flatMap((c) => encode(c));
        parts[part] = new Uint8Array([...bom, ...units]);
      }
      const outcome = await within(zipParts(parts));
      if (!('read' in outcome)) throw outcome.refused;
      expect(outcome.projects).toBe(projects);
    }
  });

  it('markup inside comments, CDATA and processing instructions is not read as data', async () => {
    const parts = workbookParts(sheetData, strings);
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace(
      '<sheets>',
      '<sheets><!-- <sheet name="幽灵" sheetId="9" r:id="rId1"/> --><?pi <sheet name="鬼" r:id="rId1"/>?>',
    );
    parts[SHEET] = (parts[SHEET] as string).replace(
      '</sheetData>',
      '<!-- <row r="900"><c r="A900" t="inlineStr"><is><t>幽灵项目</t></is></c></row> --><row r="901"><c r="A901" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c></row></sheetData>',
    );
    const outcome = await within(zipParts(parts));
    if (!('read' in outcome)) throw outcome.refused;
    expect(outcome.read.sheets.map((s) => s.name)).toEqual(['目标表']);
    expect(outcome.read.sheets[0].rows[899]).toEqual([]);
    expect(outcome.read.sheets[0].rows[900]).toEqual([{ value: 'a<b & c' }]);
    expect(outcome.projects).toBe(projects);
  });

  it('1,000 duplicate <sheet> entries for one part: refused, not read as 1,001 sheets', async () => {
    const parts = workbookParts(sheetData, strings);
    const entry = '<sheet name="目标表" sheetId="1" r:id="rId1"/>';
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace(entry, entry.repeat(1001));
    expect((await refusal(zipParts(parts))).detail).toMatch(/lists sheet “目标表”.*more than once/);
  });

  it('100,000 numbered items in one indicators cell are all read, not 99 with the rest glued to the last', async () => {
    const items = Array.from(
      { length: 100_000 },
      (_, i) => `${i + 1}、产出指标：数量指标：设备${i + 1}，年度指标值：${i + 1}台。`,
    );
    const rows = BAIYUN_LIST_ROWS.slice(0, 4).concat([
      ['合计', '10', '10', '', '', '', ''],
      ['某局（本级）', '10', '10', '', '', '', ''],
      ['设备购置', '10', '10', '', '', '购置设备', items.join('')],
    ]);
    const table: string[] = [];
    const index = new Map<string, number>();
    const id = (t: string) => {
      if (!index.has(t)) index.set(t, table.push(t) - 1);
      return index.get(t)!;
    };
    const data = rows.map((row, r) => stringRow(r + 1, row.map(id))).join('');
    // 100,000 indicators are real work (a 17,000-project list has as many): a budget of their own, still seconds.
    const outcome = await within(zipParts(workbookParts(data, table)), 30_000);
    if (!('read' in outcome)) throw outcome.refused;
    const project = outcome.model.projects.find((p) => p.name === '设备购置')!;
    expect(project.indicators).toHaveLength(100_000);
    expect(project.indicators.at(-1)).toMatchObject({ level3: '设备100000' });
  });

  it('a document type declaration (entity expansion) is refused', async () => {
    const parts = workbookParts(sheetData, strings);
    parts['xl/workbook.xml'] = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${parts['xl/workbook.xml']}`;
    expect((await refusal(zipParts(parts))).detail).toMatch(/DTD/);
  });
});

describe('property: generated hostile XML in any part ends within the budget with a report or a refusal', () => {
  /** Pieces of markup, broken and whole, that hostile files are made of. */
  const PIECES = [
    '<',
    '>',
    '/>',
    '</',
    '<c r="A1">',
    '<c r="XFD1048576" t="s">',
    '<c t="inlineStr">',
    '</c>',
    '<v>',
    '</v>',
    '<f t="shared" si="0">',
    '</f>',
    '<is>',
    '</is>',
    '<t>',
    '</t>',
    '<rPh>',
    '</rPh>',
    '<row r="7">',
    '<row>',
    '</row>',
    '<si>',
    '</si>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?x',
    '?>',
    '"',
    "'",
    '=',
    ' r="B2"',
    '&amp;',
    '&#x10FFFF;',
    '&#99999999;',
    '_x000D_',
    '&',
    '项目名称',
    '1、产出指标：数量，年度指标值：5台。',
    '0',
    '<sheet name="x" r:id="rId1"/>',
    '<Relationship Id="rId1" Type="x" Target="../../a"/>',
    '<mergeCell ref="A1:XFD1048576"/>',
    '<xf numFmtId="14"/>',
  ];
  const PARTS = [SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

  it('a random mix of pieces, repeated to ~200 KB, in a random part', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PARTS),
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }),
        fc.nat({ max: 100 }),
        async (part, pieces, cut) => {
          const unit = pieces.join('');
          const hostile = unit.repeat(Math.ceil(200_000 / unit.length));
          const parts = workbookParts(sheetData, strings);
          const text = parts[part] as string;
          // Inserted at some point of the part: before, inside or after its own markup.
          const at = Math.floor((text.length * cut) / 100);
          parts[part] = text.slice(0, at) + hostile + text.slice(at);
          await within(zipParts(parts));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a real sheet and string table mutated as a fuzzer does (spans cut, repeated, swapped in)', async () => {
    const base = workbookParts(sheetData, strings);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml'),
        fc.array(fc.tuple(fc.constantFrom('cut', 'repeat', 'insert'), fc.nat(), fc.nat({ max: 400 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (part, edits) => {
          let text = base[part] as string;
          for (const [edit, start, length] of edits) {
            const at = start % text.length;
            const span = text.slice(at, at + length);
            if (edit === 'cut') text = text.slice(0, at) + text.slice(at + length);
            else if (edit === 'repeat')
              text = text.slice(0, at) + span.repeat(Math.ceil(50_000 / (span.length + 1))) + text.slice(at);
            else text = text.slice(0, at) + PIECES[length % PIECES.length] + text.slice(at);
          }
          await within(zipParts({ ...base, [part]: text }));
        },
      ),
      { numRuns: 100 },
    );
  });
});

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  let last = -1;
  for (let i = indexOf(bytes, needle); i >= 0; i = indexOf(bytes, needle, i + 1)) last = i;
  return last;
}
