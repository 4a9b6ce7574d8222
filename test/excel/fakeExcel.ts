/**
 * An in-memory stand-in for the part of the Excel object model the adapter
 * uses. Loaded properties are readable only after context.sync(), as in
 * Office.js, so a missing sync fails the test; syncs and their payload are counted.
 */
import { address, parseAddress, parseRange, type CellRange } from '../../src/core/grid/address';

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill: string | null;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  protected: boolean;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  frozenRows?: number;
  columnWidths: Map<string, number>;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const key = (r: number, c: number) => `${r},${c}`;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  comments: { address: string; content: string }[] = [];
  active = 0;
  syncs = 0;
  maxPayload = 0;
  selected?: string;

  addSheet(name: string, rows: (string | number | null)[][] = [], merges: string[] = []): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      merges,
      protected: false,
      visibility: 'Visible',
      columnWidths: new Map(),
    };
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== '' && sheet.cells.set(key(r, c), { value: v, fill: null })),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** Snapshot of every cell of the user's sheets: value, formula, format and fill. */
  snapshot(names = this.sheets.map((s) => s.name)): string {
    return JSON.stringify(names.map((n) => [n, [...this.sheet(n).cells.entries()].sort()]));
  }

  /** An `Excel.run` over this workbook, with capabilities of the given API level. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

type Loadable = { resolve(): number };

class FakeContext {
  private pending: Loadable[] = [];
  readonly workbook: unknown;

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = {
      worksheets: new FakeSheets(this),
      comments: new FakeComments(this),
    };
  }

  track(l: Loadable): void {
    this.pending.push(l);
  }

  async sync(): Promise<void> {
    this.wb.syncs++;
    let payload = 0;
    for (const l of this.pending.splice(0)) payload += l.resolve();
    if (payload > PAYLOAD_LIMIT) throw new Error(`RequestPayloadSizeLimitExceeded: ${payload} bytes`);
    this.wb.maxPayload = Math.max(this.wb.maxPayload, payload);
  }
}

/** A property bag readable only after sync. */
class Loaded<T extends object> {
  private value?: T;
  constructor(
    private readonly read: () => T,
    private readonly size: (v: T) => number = (v) => JSON.stringify(v).length,
  ) {}
  resolve(): number {
    this.value = this.read();
    return this.size(this.value);
  }
  get(): T {
    if (!this.value) throw new Error('PropertyNotLoaded: call load() and context.sync() first');
    return this.value;
  }
}

class FakeSheets {
  private list?: Loaded<{ items: FakeWorksheet[] }>;
  constructor(private readonly ctx: FakeContext) {}
  load(): void {
    this.list = new Loaded(
      () => ({ items: this.ctx.wb.sheets.map((s) => new FakeWorksheet(this.ctx, s.name)) }),
      (v) => JSON.stringify(v.items.map((w) => w.name)).length,
    );
    this.ctx.track(this.list);
  }
  get items(): FakeWorksheet[] {
    return this.list!.get().items;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.wb.sheets[this.ctx.wb.active].name);
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.wb.sheet(name);
    return new FakeWorksheet(this.ctx, name);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.wb.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.ctx.wb.addSheet(name);
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet {
  private props?: Loaded<{ name: string }>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
  ) {}
  private get s(): FakeSheet {
    return this.ctx.wb.sheet(this.sheetName);
  }
  load(): void {
    this.props = new Loaded(() => ({ name: this.sheetName }));
    this.ctx.track(this.props);
  }
  get name(): string {
    return this.sheetName;
  }
  get visibility(): string {
    return this.s.visibility;
  }
  set visibility(v: string) {
    this.s.visibility = v as FakeSheet['visibility'];
  }
  get protection() {
    const sheet = this.s;
    const loaded = new Loaded(() => ({ protected: sheet.protected }));
    return {
      load: () => this.ctx.track(loaded),
      get protected() {
        return loaded.get().protected;
      },
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => (this.s.frozenRows = n) };
  }
  getRange(addr: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, parseRange(addr));
  }
  getUsedRange(): FakeRange {
    const used = usedRange(this.s);
    if (!used) throw new Error('ItemNotFound: empty sheet');
    return new FakeRange(this.ctx, this.sheetName, used);
  }
  getUsedRangeOrNullObject(): FakeRange {
    const used = usedRange(this.s);
    return used
      ? new FakeRange(this.ctx, this.sheetName, used)
      : Object.assign(new FakeRange(this.ctx, this.sheetName, { top: 0, left: 0, bottom: 0, right: 0 }), {
          isNullObject: true,
        });
  }
  delete(): void {
    this.ctx.wb.sheets = this.ctx.wb.sheets.filter((s) => s.name !== this.sheetName);
  }
  activate(): void {
    // Excel refuses to activate a hidden sheet.
    if (this.s.visibility !== 'Visible') throw new Error(`InvalidOperation: ${this.sheetName} is hidden`);
    this.ctx.wb.active = this.ctx.wb.sheets.findIndex((s) => s.name === this.sheetName);
  }
}

function usedRange(s: FakeSheet): CellRange | null {
  let r: CellRange | null = null;
  for (const [k, c] of s.cells) {
    if (c.value === undefined && c.formula === undefined) continue;
    const [row, col] = k.split(',').map(Number);
    r = r
      ? {
          top: Math.min(r.top, row),
          left: Math.min(r.left, col),
          bottom: Math.max(r.bottom, row),
          right: Math.max(r.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

class FakeRange {
  isNullObject = false;
  private data?: Loaded<{ values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; address: string }>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly range: CellRange,
  ) {}
  private get s(): FakeSheet {
    return this.ctx.wb.sheet(this.sheetName);
  }
  private cellsOf<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.range.top; r <= this.range.bottom; r++) {
      const row: T[] = [];
      for (let c = this.range.left; c <= this.range.right; c++) row.push(f(this.s.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }
  private cell(r = this.range.top, c = this.range.left): FakeCell {
    const k = key(r, c);
    let cell = this.s.cells.get(k);
    if (!cell) this.s.cells.set(k, (cell = { fill: null }));
    return cell;
  }
  /** Loads only the properties asked for, as Office.js does (the payload counts just those). */
  load(props = 'values,formulas,numberFormat,address'): void {
    const want = new Set(props.split(',').map((p) => p.trim()));
    const a = `${this.sheetName}!${address(this.range.top, this.range.left)}:${address(this.range.bottom, this.range.right)}`;
    this.data = new Loaded<{ values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; address: string }>(
      () => ({
        address: a,
        values: want.has('values') ? this.cellsOf((c) => c?.value ?? '') : [],
        formulas: want.has('formulas')
          ? this.cellsOf((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')))
          : [],
        numberFormat: want.has('numberFormat') ? this.cellsOf((c) => c?.numberFormat ?? 'General') : [],
      }),
    );
    this.ctx.track(this.data);
  }
  get address() {
    return this.data!.get().address;
  }
  get values() {
    return this.data!.get().values;
  }
  set values(v: unknown[][]) {
    v.forEach((row, i) =>
      row.forEach((x, j) =>
        Object.assign(this.cell(this.range.top + i, this.range.left + j), { value: x, formula: undefined }),
      ),
    );
  }
  get formulas() {
    return this.data!.get().formulas;
  }
  set formulas(v: unknown[][]) {
    v.forEach((row, i) =>
      row.forEach((x, j) => {
        const cell = this.cell(this.range.top + i, this.range.left + j);
        if (typeof x === 'string' && x.startsWith('=')) Object.assign(cell, { formula: x.slice(1), value: undefined });
        else Object.assign(cell, { value: x, formula: undefined });
      }),
    );
  }
  get numberFormat() {
    return this.data!.get().numberFormat;
  }
  set numberFormat(v: unknown[][]) {
    this.cell().numberFormat = String(v[0][0]);
  }
  get format() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the returned object's getters read this range
    const self = this;
    const fillLoaded = new Loaded(() => ({ color: self.cell().fill ?? '#FFFFFF' }));
    return {
      fill: {
        load: () => self.ctx.track(fillLoaded),
        get color() {
          return fillLoaded.get().color;
        },
        set color(c: string) {
          self.cell().fill = c;
        },
        clear: () => {
          self.cell().fill = null;
        },
      },
      font: { set bold(_: boolean) {} },
      set wrapText(_: boolean) {},
      set columnWidth(w: number) {
        self.s.columnWidths.set(address(self.range.top, self.range.left), w);
      },
    };
  }
  get dataValidation() {
    return { set rule(_: unknown) {} };
  }
  merge(): void {
    this.s.merges.push(`${address(this.range.top, this.range.left)}:${address(this.range.bottom, this.range.right)}`);
  }
  select(): void {
    this.ctx.wb.selected = `${this.sheetName}!${address(this.range.top, this.range.left)}`;
  }
  getMergedAreasOrNullObject() {
    const s = this.s;
    const loaded = new Loaded(() => ({ address: s.merges.map((m) => `${s.name}!${m}`).join(', ') }));
    return {
      load: () => this.ctx.track(loaded),
      get isNullObject() {
        return s.merges.length === 0;
      },
      get address() {
        return loaded.get().address;
      },
    };
  }
}

class FakeComments {
  private loaded?: Loaded<{ items: { content: string; delete(): void }[] }>;
  constructor(private readonly ctx: FakeContext) {}
  add(addr: string, content: string): void {
    parseAddress(addr.split('!').pop()!);
    this.ctx.wb.comments.push({ address: addr, content });
  }
  load(): void {
    this.loaded = new Loaded<{ items: { content: string; delete(): void }[] }>(
      () => ({
        items: this.ctx.wb.comments.map((c) => ({
          content: c.content,
          delete: () => (this.ctx.wb.comments = this.ctx.wb.comments.filter((x) => x !== c)),
        })),
      }),
      (v) => JSON.stringify(v.items.map((c) => c.content)).length,
    );
    this.ctx.track(this.loaded);
  }
  get items() {
    return this.loaded!.get().items;
  }
}

/** Office.js enums the adapter reads at run time. */
export function installExcelGlobals(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  };
}
