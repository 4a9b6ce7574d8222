import CRC32 from 'crc-32';
import { inflateSync } from 'fflate';
import { XlsxReadError } from './errors';

/**
 * The zip container of an OOXML package, read from its central directory and checked the way a
 * careful reader must (APPNOTE 6.3): each entry's local header agrees with the directory (name,
 * method), it inflates to exactly its stated size, and its CRC-32 matches. fflate inflates; it
 * checks none of this, so a damaged part would otherwise read as short or empty.
 */
export interface ZipEntry {
  /** Name as stored (OPC part names are case-insensitive: callers compare lower-cased). */
  name: string;
  /** The name's bytes as the directory stores them, to compare with the entry's own header. */
  rawName: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/**
 * How deflated data is inflated (to at most `size` bytes) and a CRC-32 computed: fflate and
 * crc-32 in every host; Node's native zlib, several times faster, where the host sets it
 * (src/cli/nodeZip.ts). Either must stop at `size`, so a lying size cannot inflate without bound.
 */
export const zipCodec = {
  inflateRaw: (packed: Uint8Array, size: number): Uint8Array => inflateSync(packed, { out: new Uint8Array(size) }),
  crc32: (data: Uint8Array): number => CRC32.buf(data) >>> 0,
};

/** Entries a package may list: Excel's largest have a few thousand parts. */
const MAX_ENTRIES = 100_000;

const corrupt = (detail: string) => new XlsxReadError('corrupt', detail);
const utf8 = new TextDecoder();
/** Names not flagged UTF-8 are CP437 in the zip format; OOXML part names are ASCII in either. */
const legacy = new TextDecoder('latin1');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-central-directory record: searched backwards over at most the 64 KB comment. */
function findEnd(bytes: Uint8Array, v: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (v.getUint32(at, true) === EOCD) return at;
  throw corrupt('no zip directory (end record missing)');
}

/** Where the central directory starts and how many entries it lists, zip64 records included. */
function directory(bytes: Uint8Array, v: DataView): { offset: number; count: number } {
  const end = findEnd(bytes, v);
  let count = v.getUint16(end + 10, true);
  let offset = v.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || v.getUint32(locator, true) !== EOCD64_LOCATOR) throw corrupt('zip64 locator missing');
    const at = Number(v.getBigUint64(locator + 8, true));
    if (at + 56 > bytes.length || v.getUint32(at, true) !== EOCD64) throw corrupt('zip64 end record missing');
    count = Number(v.getBigUint64(at + 32, true));
    offset = Number(v.getBigUint64(at + 48, true));
  }
  if (count > MAX_ENTRIES) throw corrupt(`zip directory lists ${count} entries`);
  return { offset, count };
}

/** Sizes and offset that do not fit 32 bits are in the zip64 extra field (id 1), in this order. */
function zip64(v: DataView, extra: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = v.getUint16(at, true);
    const length = v.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + length) throw corrupt(`zip64 field of ${entry.name} too short`);
        const n = Number(v.getBigUint64(p, true));
        p += 8;
        return n;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the central directory, in its order. Throws XlsxReadError('corrupt'). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw corrupt('too short for a zip file');
  const v = view(bytes);
  const { offset, count } = directory(bytes, v);
  const out: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) throw corrupt(`zip directory entry ${i} damaged`);
    const flags = v.getUint16(at + 8, true);
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: (flags & 0x800 ? utf8 : legacy).decode(nameBytes),
      rawName: nameBytes,
      method: v.getUint16(at + 10, true),
      flags,
      crc: v.getUint32(at + 16, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
    };
    zip64(v, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    out.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The entry's unpacked bytes, checked: its local header names the same part with the same method,
 * it inflates to exactly `size` bytes, and the CRC-32 matches. Throws XlsxReadError: 'encrypted'
 * for an encrypted entry, 'corrupt' for any mismatch.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new XlsxReadError('encrypted', entry.name);
  const v = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) throw corrupt(`local header of ${entry.name} missing`);
  const nameLength = v.getUint16(at + 26, true);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  if (!sameBytes(localName, entry.rawName) || v.getUint16(at + 8, true) !== entry.method)
    throw corrupt(`part name or method of ${entry.name} differs between the zip directory and its entry`);
  const start = at + 30 + nameLength + v.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(`${entry.name} runs past the end of the file`);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === STORED) data = packed;
  else if (entry.method === DEFLATED) {
    try {
      data = zipCodec.inflateRaw(packed, entry.size);
    } catch (e) {
      throw corrupt(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  if (data.length !== entry.size) throw corrupt(`${entry.name} unpacks to ${data.length} bytes, not ${entry.size}`);
  if (zipCodec.crc32(data) !== entry.crc) throw corrupt(`${entry.name} fails its CRC-32 check`);
  return data;
}
