// Reads a zip archive without trusting it: the entry count and the total size once
// uncompressed are capped while inflating (a zip bomb's declared sizes can lie), so a
// few kilobytes that expand to gigabytes are refused before they fill memory.
import { Unzip, UnzipInflate } from 'fflate';

export const MAX_ZIP_ENTRIES = 1000;
export const MAX_ZIP_UNCOMPRESSED = 256 * 2 ** 20;

export class ZipRefused extends Error {}

export const isZip = (data: Uint8Array) =>
  data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

export function safeUnzip(
  data: Uint8Array,
  limits = { maxEntries: MAX_ZIP_ENTRIES, maxBytes: MAX_ZIP_UNCOMPRESSED },
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array[]>();
  let entries = 0;
  let total = 0;
  let refusal: string | null = null;
  const unzip = new Unzip((file) => {
    if (refusal) return;
    if (++entries > limits.maxEntries) {
      refusal = `the archive has more than ${limits.maxEntries} entries`;
      return;
    }
    // An honest header saying it is too big is refused at once; a lying one is
    // caught below by counting what actually comes out.
    if ((file.originalSize ?? 0) > limits.maxBytes) {
      refusal = `entry ${file.name} declares ${Math.round((file.originalSize ?? 0) / 2 ** 20)} MB uncompressed; the limit is ${limits.maxBytes / 2 ** 20} MB (a zip bomb?)`;
      return;
    }
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    file.ondata = (err, chunk) => {
      if (refusal) return;
      if (err) {
        refusal = `entry ${file.name} is damaged: ${err.message}`;
        return;
      }
      total += chunk.length;
      if (total > limits.maxBytes) {
        refusal = `the archive expands to more than ${limits.maxBytes / 2 ** 20} MB (a zip bomb?)`;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Feed in slices so that a refusal stops the work early.
  const step = 1 << 16;
  for (let i = 0; i < data.length && !refusal; i += step) {
    try {
      unzip.push(data.subarray(i, i + step), i + step >= data.length);
    } catch (err) {
      refusal = `the archive cannot be read: ${(err as Error).message}`;
    }
  }
  if (refusal) throw new ZipRefused(refusal);
  const out = new Map<string, Uint8Array>();
  for (const [name, chunks] of files) out.set(name, Buffer.concat(chunks));
  return out;
}
