import { strToU8, zipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/engine';
import { readXlsx } from '../../src/xlsx/read';
import { slideFormula } from '../../src/xlsx/sharedFormula';

/**
 * Packages as other writers make them (Open XML SDK, WPS, older Excel), which exceljs never
 * produces: namespace prefixes, omitted `r`, inline strings, shared formulas, phonetic guides,
 * the 1904 date system, chart sheets, absolute relationship targets, case-varying part names.
 */

const NS =
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

function pkg(parts: Record<string, string>): Uint8Array {
  const all = { '[Content_Types].xml': CONTENT_TYPES, ...parts };
  return zipSync(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, strToU8(v)])));
}

const root = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/XL/Workbook.xml"/></Relationships>`;

function workbook(date1904: boolean): Record<string, string> {
  return {
    '_rels/.rels': root,
    'XL/Workbook.xml': `<x:workbook ${NS}><x:workbookPr date1904='${date1904 ? 1 : 0}'/><x:sheets><x:sheet name="图表" sheetId="2" r:id="rId9"/><x:sheet name="目标&amp;表" sheetId="1" state="hidden" r:id="rId1"/></x:sheets></x:workbook>`,
    'XL/_rels/Workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/s1.xml"/><Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/c1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="strings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/chartsheets/c1.xml': `<x:chartsheet ${NS}/>`,
    'xl/strings.xml': `<x:sst ${NS}><x:si><x:t>产出指标</x:t></x:si><x:si><x:r><x:t>≥</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">95% </x:t></x:r><x:rPh sb="0" eb="1"><x:t>フリガナ</x:t></x:rPh></x:si><x:si><x:t>第一行_x000D_\n第二行</x:t></x:si></x:sst>`,
    'xl/styles.xml': `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="176" formatCode="0.00&quot;万元&quot;"/></x:numFmts><x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="176"/><x:xf numFmtId="31"/></x:cellXfs></x:styleSheet>`,
    'xl/worksheets/s1.xml': `<x:worksheet ${NS}><x:sheetData>
      <x:row r="2"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>按时&lt;完成&gt;</x:t></x:is></x:c></x:row>
      <x:row><x:c r="A3" s="1"><x:v>45291</x:v></x:c><x:c r="B3" s="2"><x:v>1594.68</x:v></x:c><x:c r="C3" s="3"><x:v>45291</x:v></x:c><x:c r="D3" t="s"><x:v>2</x:v></x:c></x:row>
      <x:row r="5"><x:c r="A5"><x:f t="shared" ref="A5:C5" si="0">SUM(A$1:A4)+$B2</x:f><x:v>3</x:v></x:c><x:c r="B5"><x:f t="shared" si="0"/><x:v>4</x:v></x:c><x:c r="C5" t="e"><x:f t="shared" si="0"/><x:v>#REF!</x:v></x:c><x:c r="D5" t="b"><x:v>1</x:v></x:c><x:c r="E5" t="str"><x:f>A5&amp;"万"</x:f><x:v>3万</x:v></x:c></x:row>
      <x:row r="6"><x:c r="A6"><x:f>A5-A5</x:f><x:v>0</x:v></x:c></x:row>
    </x:sheetData><x:sheetProtection sheet="true"/><x:mergeCells><x:mergeCell ref="A2:A2"/><x:mergeCell ref="F5:G6"/><x:mergeCell ref="bad"/><x:mergeCell ref="A1:A1048577"/></x:mergeCells></x:worksheet>`,
  };
}

describe('readXlsx on hand-made packages', () => {
  it('finds parts through relationships and reads prefixed, r-less, inline, shared and phonetic markup', async () => {
    const grid = await readXlsx(pkg(workbook(false)));
    expect(grid.sheets.map((s) => [s.name, s.hidden, s.protected])).toEqual([['目标&表', true, true]]);
    const [sheet] = grid.sheets;
    expect(sheet.rows[0]).toEqual([]);
    expect(sheet.rows[1]).toEqual([{ value: '产出指标' }, { value: '≥95% ' }, { value: '按时<完成>' }]);
    expect(sheet.rows[2]).toEqual([
      { value: '2023-12-31', numberFormat: 'mm-dd-yy' },
      { value: 1594.68, numberFormat: '0.00"万元"' },
      { value: '2023-12-31', numberFormat: 'yyyy"年"m"月"d"日"' },
      { value: '第一行\r\n第二行' },
    ]);
    expect(sheet.rows[4]).toEqual([
      { value: 3, formula: 'SUM(A$1:A4)+$B2' },
      { value: 4, formula: 'SUM(B$1:B4)+$B2' },
      { value: '#REF!', formula: 'SUM(C$1:C4)+$B2' },
      { value: true },
      { value: '3万', formula: 'A5&"万"' },
    ]);
    // A formula whose cached result is 0 shows 0 (exceljs's own load would drop it).
    expect(sheet.rows[5]).toEqual([{ value: 0, formula: 'A5-A5' }]);
    expect(sheet.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 0 },
      { top: 4, left: 5, bottom: 5, right: 6 },
    ]);
  });

  it('reads dates of the 1904 system (serial 0 = 1904-01-01, 1,462 days after the 1900 system)', async () => {
    const grid = await readXlsx(pkg(workbook(true)));
    expect(grid.sheets[0].rows[2][0]).toEqual({ value: '2028-01-01', numberFormat: 'mm-dd-yy' });
  });

  it('a zip without a workbook part is corrupt; a workbook of only chart sheets is empty', async () => {
    await expect(readXlsx(pkg({ 'hello.txt': 'x' }))).rejects.toMatchObject({ reason: 'corrupt' });
    const charts = workbook(false);
    charts['XL/Workbook.xml'] = charts['XL/Workbook.xml'].replace(/<x:sheet name="目标[^>]*>/, '');
    await expect(readXlsx(pkg(charts))).rejects.toMatchObject({ reason: 'empty' });
  });
  it("drops cells whose address lies past Excel's sheet size instead of making millions of empty rows", async () => {
    const parts = workbook(false);
    parts['xl/worksheets/s1.xml'] = `<x:worksheet ${NS}><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>
      <x:row r="99999999"><x:c r="A99999999" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>
      <x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const [sheet] = (await readXlsx(pkg(parts))).sheets;
    expect(sheet.rows).toEqual([[{ value: '产出指标' }], [undefined, { value: '产出指标' }]]);
    // …and the check says what it left out.
    expect(sheet.truncated).toEqual({ used: 'A1:B99999999', read: 'A1:XFD1048576' });
    expect(checkWorkbook({ sheets: [sheet] }).findings.map((f) => f.code)).toContain('SHEET_TRUNCATED');
  });
});

describe('slideFormula', () => {
  it.each([
    ['A1+B2', 1, 0, 'A2+B3'],
    ['$A1+A$1+$A$1', 2, 3, '$A3+D$1+$A$1'],
    ['SUM(A1:A9)/LOG10(B1)', 0, 1, 'SUM(B1:B9)/LOG10(C1)'],
    ['IF(A1="B2",Sheet2!C3,"")', 1, 1, 'IF(B2="B2",Sheet2!D4,"")'],
    ['Z1+AZ1', 0, 1, 'AA1+BA1'],
  ])('%s moved by (%i, %i) is %s', (formula, rows, cols, expected) => {
    expect(slideFormula(formula, rows, cols)).toBe(expected);
  });
});
