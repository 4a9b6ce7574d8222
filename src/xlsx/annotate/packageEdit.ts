import { attribute, startTags } from '../xml';
import {
  escapeAttribute,
  PACKAGE_RELATIONSHIPS_NS,
  parseRelationships,
  relativeTarget,
  relsPartOf,
  type Namespaces,
  type Relationship,
} from './opc';
import { TextEdit, textHash, type UndoSplice } from './textEdit';
import { appendChild, rootElement } from './xmlEdit';
import type { ZipPackage } from './zipPackage';

/** What writing annotations changed in a package, kept in the copy so clearing gives the original back. */
export interface UndoRecord {
  /** Which run of ours on this package (1, 2, … when a copy is annotated again over annotations that were changed since). */
  run: number;
  /** Parts we added: removed when clearing. */
  added: string[];
  /** Parts we edited: length and hash of the text we wrote, and the splices that give the original back. */
  edited: { part: string; length: number; hash: string; undo: UndoSplice[] }[];
}

const CONTENT_TYPES_PART = '[Content_Types].xml';

/**
 * The changes to one package, collected before any is written: edits of existing parts as
 * splices (TextEdit), new parts whole, new relationships and content types. `finish` writes them
 * and returns the record that undoes them.
 */
export class PackageEdit {
  private readonly originals = new Map<string, string | undefined>();
  private readonly edits = new Map<string, TextEdit>();
  private readonly created = new Map<string, string>();
  /** Lower-cased names of the created parts: part names are case-insensitive. */
  private readonly createdKeys = new Map<string, string>();
  /** Where each freeName pattern left off: adding thousands of sheets stays linear. */
  private readonly nextFree = new Map<string, number>();
  private readonly existingRelationships = new Map<string, Relationship[]>();
  /** Relationship ids in use per source part, and the number to try next. */
  private readonly takenIds = new Map<string, Set<string>>();
  private readonly nextId = new Map<string, number>();
  private readonly newRelationships = new Map<string, Relationship[]>();
  private readonly overrides: [part: string, type: string][] = [];
  private readonly defaults = new Map<string, string>();

  constructor(
    readonly pkg: ZipPackage,
    readonly ns: Namespaces,
  ) {}

  /** A part's text as the original package has it (new parts: as created so far). */
  async text(part: string): Promise<string | undefined> {
    const created = this.createdName(part);
    if (created !== undefined) return this.created.get(created);
    const key = part.toLowerCase();
    if (!this.originals.has(key)) this.originals.set(key, await this.pkg.text(part));
    return this.originals.get(key);
  }

  /** Splices on an existing part; offsets are the original's. */
  async edit(part: string): Promise<TextEdit> {
    const stored = this.pkg.find(part);
    const original = stored === undefined ? undefined : await this.text(stored);
    if (stored === undefined || original === undefined) throw new Error(`no part ${part} to edit`);
    let edit = this.edits.get(stored);
    if (!edit) this.edits.set(stored, (edit = new TextEdit(original)));
    return edit;
  }

  /** Add a new part (or replace the text of one added earlier). */
  create(part: string, text: string): void {
    const name = this.createdName(part) ?? part;
    this.created.set(name, text);
    this.createdKeys.set(name.toLowerCase(), name);
  }

  private createdName(part: string): string | undefined {
    return this.createdKeys.get(part.toLowerCase());
  }

  exists(part: string): boolean {
    return this.pkg.has(part) || this.createdName(part) !== undefined;
  }

  /** The first name `make(1)`, `make(2)`, … that no part has. */
  freeName(make: (n: number) => string): string {
    const pattern = make(1);
    for (let n = this.nextFree.get(pattern) ?? 1; ; n++) {
      if (this.exists(make(n))) continue;
      this.nextFree.set(pattern, n + 1);
      return make(n);
    }
  }

  /** Relationships of a part: those it has and those added by this edit. */
  async relationships(source: string): Promise<Relationship[]> {
    return [...(await this.existing(source)), ...(this.newRelationships.get(source) ?? [])];
  }

  private async existing(source: string): Promise<Relationship[]> {
    let rels = this.existingRelationships.get(source);
    if (!rels) {
      const xml = await this.text(relsPartOf(source));
      rels = xml ? parseRelationships(xml, source) : [];
      this.existingRelationships.set(source, rels);
    }
    return rels;
  }

  /** Relate `source` to `target` by a relationship of type `typeSuffix` (`worksheet`, or a full URI); returns its id. */
  async relate(source: string, typeSuffix: string, target: string): Promise<string> {
    let taken = this.takenIds.get(source);
    if (!taken) this.takenIds.set(source, (taken = new Set((await this.existing(source)).map((r) => r.id))));
    let n = this.nextId.get(source) ?? taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    taken.add(`rId${n}`);
    this.nextId.set(source, n + 1);
    const type = typeSuffix.includes(':') ? typeSuffix : this.ns.relationshipType + typeSuffix;
    const rel = { id: `rId${n}`, type, target, external: false };
    const list = this.newRelationships.get(source);
    if (list) list.push(rel);
    else this.newRelationships.set(source, [rel]);
    return rel.id;
  }

  /** Give a new part its content type. */
  override(part: string, type: string): void {
    this.overrides.push([part, type]);
  }

  /** Content type for an extension, added only when the package has none for it. */
  defaultType(extension: string, type: string): void {
    this.defaults.set(extension.toLowerCase(), type);
  }

  /** Write every change into the package; the record undoes them. */
  async finish(run: number): Promise<UndoRecord> {
    for (const [source, rels] of this.newRelationships) await this.writeRelationships(source, rels);
    await this.writeContentTypes();
    const record: UndoRecord = { run, added: [...this.created.keys()], edited: [] };
    for (const [part, text] of this.created) this.pkg.write(part, text);
    for (const [part, edit] of this.edits) {
      if (!edit.changed) continue;
      const { text, undo } = edit.apply();
      this.pkg.write(part, text);
      record.edited.push({ part, length: text.length, hash: textHash(text), undo });
    }
    return record;
  }

  private async writeRelationships(source: string, rels: Relationship[]): Promise<void> {
    const relsPart = relsPartOf(source);
    const xml = rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(relativeTarget(source, r.target))}"/>`,
      )
      .join('');
    if (this.pkg.has(relsPart)) await this.insertBeforeClose(relsPart, xml);
    else
      this.create(
        relsPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">${xml}</Relationships>`,
      );
  }

  private async writeContentTypes(): Promise<void> {
    const xml = (await this.text(CONTENT_TYPES_PART)) ?? '';
    const known = new Set(startTags(xml, 'Default').map((t) => (attribute(t.attrs, 'Extension') ?? '').toLowerCase()));
    let add = '';
    for (const [ext, type] of this.defaults)
      if (!known.has(ext)) add += `<Default Extension="${escapeAttribute(ext)}" ContentType="${type}"/>`;
    for (const [part, type] of this.overrides)
      add += `<Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`;
    if (add) await this.insertBeforeClose(CONTENT_TYPES_PART, add);
  }

  /** Append markup to the children of a part's root element. */
  async insertBeforeClose(part: string, markup: string): Promise<void> {
    const edit = await this.edit(part);
    const root = rootElement(edit.original);
    if (!root) throw new Error(`${part} has no root element`);
    appendChild(edit, root, markup);
  }
}
