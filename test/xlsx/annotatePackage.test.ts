import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { AnnotationPlan, CellAnnotation } from '../../src/core/annotate/types';
import { planAnnotations, reportSheet } from '../../src/core/annotate/plan';
import { COMMENT_MARKER } from '../../src/core/annotate/types';
import { checkWorkbook } from '../../src/core/engine';
import { clearAnnotatedXlsx, writeAnnotatedXlsx, XlsxWriteError } from '../../src/xlsx/annotate';
import { readXlsx } from '../../src/xlsx/read';
import { sampleBytes } from '../helpers/workbooks';

/**
 * The package editor on packages as other writers make them: namespace prefixes, omitted `r`,
 * cells and rows the sheet does not have, row and column formats, no style sheet at all,
 * threaded comments, copies changed after annotating; and on damaged ones.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function pkg(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

function workbook(sheetXml: string, extra: Record<string, string> = {}, styles = true): Record<string, string> {
  return {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="表" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : ''}</Relationships>`,
    ...(styles
      ? {
          'xl/styles.xml': `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="宋体"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/><x:xf numFmtId="4" borderId="0"><x:alignment wrapText="1"/></x:xf></x:cellXfs></x:styleSheet>`,
        }
      : {}),
    'xl/worksheets/sheet1.xml': sheetXml,
    ...extra,
  };
}

const SHEET = `<x:worksheet xmlns:x="${MAIN}"><x:cols><x:col min="4" max="4" style="2"/></x:cols><x:sheetData><x:row r="2"><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c s="1"><x:v>45000</x:v></x:c></x:row><x:row r="5" s="1" customFormat="1"><x:c r="C5"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;

const note = (cell: string, fill = '#F8CBAD'): CellAnnotation => ({
  sheet: '表',
  cell,
  severity: 'error',
  fill,
  comment: `[CODE] 说明 ${cell}`,
  findings: [],
});

const plan = (cells: CellAnnotation[]): AnnotationPlan => ({ cells, reportSheet: reportSheet([], 'zh') });

function part(bytes: Uint8Array, name: string): string {
  return strFromU8(unzipSync(bytes)[name]);
}

describe('package editor', () => {
  it('fills r-less, missing and new-row cells in order, each a copy of its own, row or column format', async () => {
    const original = pkg(workbook(SHEET));
    const copy = await writeAnnotatedXlsx(
      original,
      plan([note('A2'), note('B2', '#FFE699'), note('D2'), note('A5'), note('D7'), note('A1')]),
    );
    const sheet = part(copy, 'xl/worksheets/sheet1.xml');
    expect(sheet).toBe(
      `<x:worksheet xmlns:x="${MAIN}"><x:cols><x:col min="4" max="4" style="2"/></x:cols><x:sheetData>` +
        `<x:row r="1"><x:c r="A1" s="3"/></x:row>` +
        `<x:row r="2"><x:c s="3" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c s="4"><x:v>45000</x:v></x:c><x:c r="D2" s="5"/></x:row>` +
        `<x:row r="5" s="1" customFormat="1"><x:c r="A5" s="6"/><x:c r="C5"><x:v>3</x:v></x:c></x:row>` +
        `<x:row r="7"><x:c r="D7" s="5"/></x:row>` +
        `</x:sheetData><legacyDrawing xmlns:r="${REL}" r:id="rId2"/></x:worksheet>`.replace(
          '<legacyDrawing',
          '<x:legacyDrawing',
        ),
    );
    const styles = part(copy, 'xl/styles.xml');
    expect(styles).toContain(
      '<x:cellXfs count="8"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/><x:xf numFmtId="4" borderId="0"><x:alignment wrapText="1"/></x:xf>' +
        '<x:xf fillId="2" applyFill="1" numFmtId="0"/><x:xf fillId="3" applyFill="1" numFmtId="14" applyNumberFormat="1"/>' +
        '<x:xf fillId="2" applyFill="1" numFmtId="4" borderId="0"><x:alignment wrapText="1"/></x:xf><x:xf fillId="2" applyFill="1" numFmtId="14" applyNumberFormat="1"/>' +
        // The report's header: bold on grey.
        '<x:xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1"/></x:cellXfs>',
    );
    expect(styles).toContain('<x:fills count="5">');
    const grid = await readXlsx(copy);
    expect(grid.sheets[0].rows[1]).toEqual((await readXlsx(original)).sheets[0].rows[1]);
    expect(part(await clearAnnotatedXlsx(copy), 'xl/worksheets/sheet1.xml')).toBe(SHEET);
  });

  it('makes a style sheet when the workbook has none', async () => {
    const copy = await writeAnnotatedXlsx(pkg(workbook(SHEET, {}, false)), plan([note('A2')]));
    const files = unzipSync(copy);
    const stylesPart = Object.keys(files).find((p) => /styles/.test(p))!;
    expect(strFromU8(files[stylesPart])).toContain('<fills count="4">');
    expect(part(copy, 'xl/_rels/workbook.xml.rels')).toContain('/styles');
    expect(Object.keys(unzipSync(await clearAnnotatedXlsx(copy)))).not.toContain(stylesPart);
  });

  it('leaves a cell with a threaded comment without our note; its legacy note and the thread stay as they were', async () => {
    const legacy = `<comments xmlns="${MAIN}"><authors><author>tc={1}</author></authors><commentList><comment ref="A2" authorId="0" shapeId="0"><text><t>[Threaded comment] 请补充</t></text></comment></commentList></comments>`;
    const original = pkg(
      workbook(SHEET, {
        'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/t1.xml"/></Relationships>`,
        'xl/comments1.xml': legacy,
        'xl/threadedComments/t1.xml': `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A2" id="{1}"><text>请补充</text></threadedComment></ThreadedComments>`,
      }),
    );
    const copy = await writeAnnotatedXlsx(original, plan([note('A2'), note('C5')]));
    const comments = part(copy, 'xl/comments1.xml');
    expect(comments).toContain(
      '<comment ref="A2" authorId="0" shapeId="0"><text><t>[Threaded comment] 请补充</t></text></comment>',
    );
    expect(comments).toContain(`<comment ref="C5" authorId="1" shapeId="0"><text><r><rPr><b/>`);
    expect(comments).toContain(`<author>tc={1}</author><author>绩效表校验</author>`);
    expect(part(copy, 'xl/threadedComments/t1.xml')).toBe(part(original, 'xl/threadedComments/t1.xml'));
  });

  it('a copy changed after annotating (saved again elsewhere): clear refuses plainly, annotating again keeps both', async () => {
    const first = await writeAnnotatedXlsx(pkg(workbook(SHEET)), plan([note('A2')]));
    const parts = unzipSync(first);
    parts['xl/worksheets/sheet1.xml'] = strToU8(part(first, 'xl/worksheets/sheet1.xml').replace('甲', '乙'));
    const edited = zipSync(parts);
    await expect(clearAnnotatedXlsx(edited)).rejects.toThrow(XlsxWriteError);
    await expect(clearAnnotatedXlsx(edited)).rejects.toMatchObject({ zh: expect.stringContaining('已被修改') });
    const again = await writeAnnotatedXlsx(edited, plan([note('C5')]));
    expect((await readXlsx(again)).sheets.map((s) => s.name)).toEqual(['表', '校验报告', '校验报告(2)']);
    const cleared = await clearAnnotatedXlsx(again);
    expect((await readXlsx(cleared)).sheets.map((s) => s.name)).toEqual(['表', '校验报告']);
  });

  it('a user note on a flagged cell is kept whole, ours below a marker line; clearing restores it exactly', async () => {
    const user = `<comments xmlns="${MAIN}"><authors><author>审核人</author></authors><commentList><comment ref="C5" authorId="0"><text><r><t>用户：</t></r><r><rPr><b/></rPr><t>核对</t></r><rPh sb="0" eb="1"><t>ヨ</t></rPh></text></comment></commentList></comments>`;
    const original = pkg(
      workbook(SHEET, {
        'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
        'xl/comments1.xml': user,
      }),
    );
    const copy = await writeAnnotatedXlsx(original, plan([note('C5')]));
    expect(part(copy, 'xl/comments1.xml')).toContain(
      `<comment ref="C5" authorId="0"><text><r><t>用户：</t></r><r><rPr><b/></rPr><t>核对</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n${COMMENT_MARKER}\n[CODE] 说明 C5</t></r><rPh sb="0" eb="1">`,
    );
    expect(part(await clearAnnotatedXlsx(copy), 'xl/comments1.xml')).toBe(user);
  });

  it('keeps cells that name a format past the style sheet as they read: ours are placed after it', async () => {
    const base = unzipSync(await sampleBytes('gaoxin-forms.xlsx'));
    const styles = strFromU8(base['xl/styles.xml']);
    // The property test below found it (seed -159998497): 20 characters cut from the first cell format
    // merge it with the second, so the sheet's last format index points past the style sheet's end.
    const at = styles.indexOf('<cellXfs');
    const first = styles.indexOf('borderId="0"', at) + 'bord'.length;
    const damaged = styles.slice(0, first) + styles.slice(first + 20);
    expect(damaged.slice(first - 40, first + 30)).toContain('bordxf numFmtId');
    const bytes = zipSync({ ...base, 'xl/styles.xml': strToU8(damaged) });
    const grid = await readXlsx(bytes);
    const copy = await writeAnnotatedXlsx(bytes, planAnnotations(checkWorkbook(grid).findings));
    expect((await readXlsx(copy)).sheets.slice(0, grid.sheets.length)).toEqual(grid.sheets);
  });

  it('every workbook the reader reads gets its copy or a plain refusal (mutated packages)', async () => {
    const base = unzipSync(await sampleBytes('gaoxin-forms.xlsx'));
    const names = Object.keys(base).filter((p) => /\.(xml|rels)$/.test(p));
    const mutation = fc.record({
      part: fc.constantFrom(...names),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.constantFrom(
        '',
        '<mergeCell ref="A1:XFD1048576"/>',
        '<row r="99999999"><c r="A99999999"><v>1</v></c></row>',
        '<c r="B3" s="999"/>',
        '<comment ref="A1"><text/></comment>',
        '"',
        '<x:c r="ZZZ1">',
        '&#1;',
      ),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ part: name, at, cut, insert }) => {
        const text = strFromU8(base[name]);
        const i = at % (text.length + 1);
        const bytes = zipSync({ ...base, [name]: strToU8(text.slice(0, i) + insert + text.slice(i + cut)) });
        let grid;
        try {
          grid = await readXlsx(bytes);
        } catch {
          return; // Not read: the check reports the file as unreadable, no copy is asked for.
        }
        let copy;
        try {
          copy = await writeAnnotatedXlsx(bytes, planAnnotations(checkWorkbook(grid).findings));
        } catch (e) {
          expect(e).toBeInstanceOf(XlsxWriteError);
          return;
        }
        expect((await readXlsx(copy)).sheets.slice(0, grid.sheets.length)).toEqual(grid.sheets);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
