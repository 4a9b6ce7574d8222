import { crc32, inflateRawSync } from 'zlib';
import { zipCodec } from '../xlsx/zip';

/**
 * The reader's zip codec on Node's native zlib: inflating and CRC-32 several times faster than
 * the portable fflate and crc-32 the browser uses. The output is capped at the size the zip
 * states, as the portable inflater's is (past it zlib throws, and the part is reported damaged).
 */
export function useNodeZip(): void {
  zipCodec.inflateRaw = (packed, size) => inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) });
  // zlib.crc32 came in Node 20.15 and 22.2: older Nodes keep the portable one.
  if (typeof crc32 === 'function') zipCodec.crc32 = (data) => crc32(data);
}
