import type { SpecCell } from '../../core/sheetSpec';
import { attribute, startTags, type StartTag } from '../xml';
import { CONTENT_TYPE, escapeAttribute } from './opc';
import type { PackageEdit } from './packageEdit';
import { TextEdit } from './textEdit';
import { appendChild, childElements, childInsertionPoint, prefixOf, rootElement, setAttribute } from './xmlEdit';

/** Children of `<styleSheet>` in schema order (CT_Stylesheet). */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** What a container must hold before ours when a hand-made style sheet has none (Excel requires fills 0 and 1). */
const DEFAULTS: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
};

/** Number formats Excel has built in, by code: those our sheets use need no `<numFmt>`. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };
const LINK_COLOR = 'FF0563C1';
const INPUT_FILL = '#FFF2CC';

interface Container {
  tag: StartTag | null;
  /** Elements it holds (their markup), existing ones first. */
  items: string[];
  existing: number;
}

const STYLES_SKELETON = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}"></styleSheet>`;

/**
 * Styles we add to a workbook's style sheet, appended after the user's: a solid fill per
 * severity, a copy of each flagged cell's format with that fill, and the formats of our own
 * sheets. Existing indexes never move, so every cell of the user keeps its look.
 */
export class StyleSheetEdit {
  private readonly containers = new Map<string, Container>();
  private readonly memo = new Map<string, number>();
  private customFormatId = 163;

  private constructor(
    private readonly xml: string,
    private readonly root: StartTag,
    private readonly part: string,
  ) {
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      const tag = startTags(xml, name)[0] ?? null;
      const items = tag ? childElements(xml, tag).map((c) => xml.slice(c.start, c.end)) : [];
      const defaults = tag || name === 'numFmts' ? [] : DEFAULTS[name];
      this.containers.set(name, { tag, items: [...items, ...defaults], existing: items.length });
    }
    for (const { attrs } of startTags(xml, 'numFmt'))
      this.customFormatId = Math.max(this.customFormatId, Number(attribute(attrs, 'numFmtId')) || 0);
  }

  /** The style sheet of a workbook (a new part when it has none). */
  static async open(edit: PackageEdit, workbookPart: string): Promise<StyleSheetEdit> {
    const rel = (await edit.relationships(workbookPart)).find((r) => r.type.endsWith('/styles'));
    let part = rel?.target;
    if (!part || !edit.pkg.has(part)) {
      part = edit.freeName((n) => `xl/styles${n === 1 ? '' : n}.xml`);
      edit.create(part, STYLES_SKELETON(edit.ns.main));
      edit.override(part, CONTENT_TYPE.styles);
      await edit.relate(workbookPart, 'styles', part);
    }
    const xml = (await edit.text(part)) ?? '';
    const root = rootElement(xml);
    if (!root) throw new Error('style sheet without a root element');
    return new StyleSheetEdit(xml, root, part);
  }

  /**
   * Make room for cell formats the sheets name but the style sheet lacks (a damaged or missing one):
   * plain formats up to index `count - 1`, so that ours, appended after, never take their place and
   * those cells read and look as they did (Excel shows a missing format as the plain one).
   */
  reserveCellFormats(count: number): void {
    const xfs = this.containers.get('cellXfs')!;
    while (xfs.items.length < count)
      this.add('cellXfs', `<${this.el('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  }

  private add(container: string, markup: string): number {
    const c = this.containers.get(container)!;
    c.items.push(markup);
    return c.items.length - 1;
  }

  private memoized(key: string, make: () => number): number {
    let id = this.memo.get(key);
    if (id === undefined) this.memo.set(key, (id = make()));
    return id;
  }

  private el(name: string): string {
    return prefixOf(this.root) + name;
  }

  private fill(hex: string): number {
    const rgb = `FF${hex.replace('#', '').toUpperCase()}`;
    return this.memoized(`fill ${rgb}`, () =>
      this.add(
        'fills',
        `<${this.el('fill')}><${this.el('patternFill')} patternType="solid"><${this.el('fgColor')} rgb="${rgb}"/><${this.el('bgColor')} indexed="64"/></${this.el('patternFill')}></${this.el('fill')}>`,
      ),
    );
  }

  /** Index of a cell format: cell format `base` (the cell's own) with a solid fill of colour `hex` (#RRGGBB). */
  filled(base: number, hex: string): number {
    const xfs = this.containers.get('cellXfs')!;
    const from = base >= 0 && base < xfs.items.length ? base : 0;
    return this.memoized(`xf ${from} ${hex}`, () => {
      const xf = new TextEdit(xfs.items[from]);
      const tag = rootElement(xf.original)!;
      setAttribute(xf, tag, 'fillId', String(this.fill(hex)));
      setAttribute(xf, tag, 'applyFill', '1');
      return this.add('cellXfs', xf.apply().text);
    });
  }

  private numberFormat(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    return this.memoized(`numFmt ${code}`, () => {
      const id = ++this.customFormatId;
      this.add('numFmts', `<${this.el('numFmt')} numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
      return id;
    });
  }

  /** The workbook's default font, bold or as a link (underlined, blue). */
  private font(kind: 'bold' | 'link'): number {
    return this.memoized(`font ${kind}`, () => {
      const base = this.containers.get('fonts')!.items[0];
      const m = /^<([^\s/>]+)([^>]*?)(\/?)>([\s\S]*?)(?:<\/[^>]+>)?$/.exec(base)!;
      const [, qualified, attrs, empty, body] = m;
      const inner = empty ? '' : body;
      const kept =
        kind === 'bold'
          ? `<${this.el('b')}/>${inner.replace(/<(?:[\w.-]+:)?b(?:\s[^>]*)?\/>/g, '')}`
          : `<${this.el('u')}/>${inner.replace(/<(?:[\w.-]+:)?(?:u|color)(?:\s[^>]*)?\/>/g, '')}<${this.el('color')} rgb="${LINK_COLOR}"/>`;
      return this.add('fonts', `<${qualified}${attrs}>${kept}</${qualified}>`);
    });
  }

  /** Index of the cell format a cell of our own sheets needs. */
  specStyle(cell: SpecCell): number {
    const fill = cell.fill ?? (cell.input ? INPUT_FILL : undefined);
    const format = cell.numberFormat === 'General' ? undefined : cell.numberFormat;
    const fontKind = cell.link ? 'link' : cell.bold ? 'bold' : undefined;
    if (!fill && !format && !fontKind && !cell.wrap && !cell.input) return 0;
    return this.memoized(`spec ${format}|${fontKind}|${fill}|${cell.wrap}|${cell.input}`, () => {
      const numFmtId = this.numberFormat(format);
      const fontId = fontKind ? this.font(fontKind) : 0;
      const fillId = fill ? this.fill(fill) : 0;
      const children =
        (cell.wrap ? `<${this.el('alignment')} wrapText="1" vertical="top"/>` : '') +
        (cell.input ? `<${this.el('protection')} locked="0"/>` : '');
      const attrs =
        `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
        (numFmtId ? ' applyNumberFormat="1"' : '') +
        (fontId ? ' applyFont="1"' : '') +
        (fillId ? ' applyFill="1"' : '') +
        (cell.wrap ? ' applyAlignment="1"' : '') +
        (cell.input ? ' applyProtection="1"' : '');
      const xf = this.el('xf');
      return this.add('cellXfs', children ? `<${xf} ${attrs}>${children}</${xf}>` : `<${xf} ${attrs}/>`);
    });
  }

  /** Write what was added: appended to each container, its count updated; missing containers made in schema order. */
  async finish(edit: PackageEdit): Promise<void> {
    const created = !edit.pkg.has(this.part);
    const text = created ? new TextEdit(this.xml) : await edit.edit(this.part);
    for (const [name, c] of this.containers) {
      if (c.items.length === c.existing) continue;
      const added = c.items.slice(c.existing).join('');
      if (c.tag) {
        appendChild(text, c.tag, added);
        if (attribute(c.tag.attrs, 'count') !== undefined) setAttribute(text, c.tag, 'count', String(c.items.length));
      } else {
        const at = childInsertionPoint(this.xml, this.root, ORDER, name);
        const markup = `<${this.el(name)} count="${c.items.length}">${added}</${this.el(name)}>`;
        if (at >= 0) text.insert(at, markup);
        else appendChild(text, this.root, markup);
      }
    }
    if (created) edit.create(this.part, text.apply().text);
  }
}
