import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { XlsxWriteError } from './errors';

const BOM = [0xef, 0xbb, 0xbf];
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ENCODER = new TextEncoder();

/**
 * Deflate level of the parts we write: the fastest. Our parts are repetitive markup (the report
 * of a district list is tens of MB of it) that level 1 already packs ten to one; parts we leave
 * alone keep their own bytes.
 */
const LEVEL = 1;

/**
 * An .xlsx/.xlsm package as its zip holds it. Parts we do not write keep their compressed bytes
 * (JSZip reuses them when saving), so everything we leave alone is copied exactly. Part names
 * are case-insensitive in a package (OPC): lookups go through lower-cased names.
 */
export class ZipPackage {
  private readonly names = new Map<string, string>();
  private readonly bom = new Set<string>();

  private constructor(private readonly zip: JSZip) {
    for (const f of Object.values(zip.files)) if (!f.dir) this.names.set(f.name.toLowerCase(), f.name);
  }

  /** Throws XlsxWriteError when JSZip cannot read the zip structure. */
  static async open(bytes: Uint8Array): Promise<ZipPackage> {
    try {
      const zip = await JSZip.loadAsync(bytes);
      keepCompression(zip, bytes);
      return new ZipPackage(zip);
    } catch (e) {
      throw new XlsxWriteError('unreadable-package', e instanceof Error ? e.message : String(e));
    }
  }

  /** The stored name of a part (`XL/Workbook.xml` for `xl/workbook.xml`), undefined when absent. */
  find(name: string): string | undefined {
    return this.names.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  /** Every part name, as stored. */
  parts(): string[] {
    return [...this.names.values()];
  }

  /** A part's text (UTF-8, a byte-order mark remembered for writing back); undefined when absent. */
  async text(name: string): Promise<string | undefined> {
    const stored = this.find(name);
    if (!stored) return undefined;
    const bytes = await this.zip.file(stored)!.async('uint8array');
    const hasBom = BOM.every((b, i) => bytes[i] === b);
    if (hasBom) this.bom.add(stored);
    try {
      return UTF8.decode(hasBom ? bytes.subarray(3) : bytes);
    } catch {
      throw new XlsxWriteError('text-encoding', stored);
    }
  }

  /** Write (or add) a part's text. */
  write(name: string, text: string): void {
    const stored = this.find(name) ?? name;
    const body = ENCODER.encode(text);
    let bytes = body;
    if (this.bom.has(stored)) {
      bytes = new Uint8Array(body.length + 3);
      bytes.set(BOM);
      bytes.set(body, 3);
    }
    this.zip.file(stored, bytes, {
      binary: true,
      createFolders: false,
      compression: 'DEFLATE',
      compressionOptions: { level: LEVEL },
    });
    this.names.set(stored.toLowerCase(), stored);
  }

  remove(name: string): void {
    const stored = this.find(name);
    if (!stored) return;
    this.zip.remove(stored);
    this.names.delete(stored.toLowerCase());
  }

  /** The package's bytes. Parts not written are not recompressed. */
  save(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}

/**
 * Give each loaded entry its own compression method as the one to save with: JSZip copies an
 * entry's compressed bytes only when the method to save with is the one it has. The methods come
 * from the central directory (fflate's filter sees each entry without inflating any).
 */
function keepCompression(zip: JSZip, bytes: Uint8Array): void {
  unzipSync(bytes, {
    filter: (f) => {
      const entry = zip.files[f.name];
      if (entry) entry.options.compression = f.compression === 0 ? 'STORE' : 'DEFLATE';
      return false;
    },
  });
}
