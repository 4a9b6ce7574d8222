import { elements, nextStartTag } from '../../src/xlsx/xml';

describe('the SpreadsheetML tag scanner', () => {
  it('finds elements by local name, with or without a prefix, attributes or content', () => {
    const xml =
      '<sst><si><t>甲</t></si><x:si a="1"><x:t>乙</x:t></x:si><si/><sib>no</sib><x:sid>no</x:sid><si\n>丙</si></sst>';
    expect(elements(xml, 'si')).toEqual(['<t>甲</t>', '<x:t>乙</x:t>', '', '丙']);
  });

  it('gives a start tag its names, attribute text and emptiness', () => {
    const xml = '<row r="2"><x:c r="A2" t="s"/><c r="B2"><v>1</v></c></row>';
    const row = nextStartTag(xml, 0, ['row', 'c']);
    expect(row).toMatchObject({ local: 'row', qualified: 'row', attrs: ' r="2"', empty: false });
    const a2 = nextStartTag(xml, row!.gt, ['row', 'c']);
    expect(a2).toMatchObject({ local: 'c', qualified: 'x:c', attrs: ' r="A2" t="s"', empty: true });
    const b2 = nextStartTag(xml, a2!.gt, ['row', 'c']);
    expect(b2).toMatchObject({ local: 'c', attrs: ' r="B2"', empty: false });
    expect(nextStartTag(xml, b2!.gt, ['row', 'c'])).toBeNull();
  });

  it('refuses markup whose element or start tag never ends, naming it', () => {
    expect(() => elements('<si><t>甲</t></si><si', 'si')).toThrow('<si> at character 17 is never closed');
    expect(() => elements('<si><t>甲</t>', 'si')).toThrow('<si> at character 0 is never closed');
    expect(() => elements('<si a="<"><t>甲</t></si>', 'si')).toThrow('never closed');
  });
});
