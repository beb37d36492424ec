// Text encodings of table files: UTF-8 (with or without BOM) and Latin-1/Windows-1252,
// detected from the first bytes (jschardet) unless the specification names one.
// Invalid UTF-8 is reported, never silently replaced with "?" characters.
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export type TextEncoding = 'utf-8' | 'windows-1252';
export type EncodingHint = 'auto' | 'utf-8' | 'latin1' | 'windows-1252';

export class EncodingError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function isValidUtf8Prefix(sample: Buffer): boolean {
  try {
    // stream: true tolerates a character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decides the encoding from the first bytes of a file (64 KB is plenty). */
export function detectEncoding(sample: Buffer, hint: EncodingHint): TextEncoding {
  if (sample[0] === 0xff && sample[1] === 0xfe)
    throw new EncodingError('the file is UTF-16; save it as UTF-8 (CSV UTF-8) and import it again');
  if (sample[0] === 0xfe && sample[1] === 0xff)
    throw new EncodingError('the file is UTF-16; save it as UTF-8 (CSV UTF-8) and import it again');
  const nul = sample.indexOf(0);
  if (nul >= 0)
    throw new EncodingError(
      `the file holds binary data (a zero byte at offset ${nul}); it is not a text table`,
    );
  if (hint === 'latin1' || hint === 'windows-1252') return 'windows-1252';
  if (UTF8_BOM.every((b, i) => sample[i] === b)) return 'utf-8';
  if (hint === 'utf-8') {
    if (!isValidUtf8Prefix(sample)) throw new EncodingError(utf8Message(sample));
    return 'utf-8';
  }
  if (isValidUtf8Prefix(sample)) return 'utf-8';
  const guess = jschardet.detect(sample.subarray(0, 65536));
  if (/8859|1252|ascii/i.test(guess.encoding ?? '')) return 'windows-1252';
  // jschardet guesses among many legacy encodings on short samples; single-byte
  // Western text is what our analysts' systems export, so Windows-1252 is the fallback.
  return 'windows-1252';
}

/** Offset of the first byte that makes the prefix invalid (binary search: validity is monotonic). */
function firstBadUtf8(buf: Buffer): number {
  if (isValidUtf8Prefix(buf)) return -1;
  let lo = 0;
  let hi = buf.length; // prefix of length hi is invalid, of length lo valid
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (isValidUtf8Prefix(buf.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  // The decoder fails on the byte after a cut-short sequence; report where it began.
  const at = hi - 1;
  for (let k = 1; k <= 3 && at - k >= 0; k++) {
    const b = buf[at - k]!;
    if (b >= 0xc0) return at - k;
    if (b < 0x80) break;
  }
  return at;
}

function utf8Message(buf: Buffer): string {
  const at = firstBadUtf8(buf);
  const line = at >= 0 ? buf.subarray(0, at).toString('latin1').split('\n').length : 0;
  return `the file is not valid UTF-8 (byte 0x${(buf[at] ?? 0).toString(16)} at offset ${at}, line ${line}); it looks like Latin-1/Windows-1252: set the encoding to "latin1" or "auto"`;
}

/** A chunk decoder for a stream of bytes; call with last=true on the final chunk. */
export function makeDecoder(encoding: TextEncoding): (chunk: Buffer, last?: boolean) => string {
  if (encoding === 'windows-1252') return (chunk) => iconv.decode(chunk, 'windows-1252', { stripBOM: false });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let offset = 0;
  return (chunk, last = false) => {
    try {
      const text = decoder.decode(chunk, { stream: !last });
      offset += chunk.length;
      return text;
    } catch {
      const at = firstBadUtf8(chunk);
      throw new EncodingError(
        `the file is not valid UTF-8 (byte 0x${(chunk[at] ?? 0).toString(16)} at offset ${offset + at}); set the encoding to "latin1" or "auto"`,
      );
    }
  };
}

export function decodeWhole(buffer: Buffer, hint: EncodingHint): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(buffer.subarray(0, 65536), hint);
  return { text: makeDecoder(encoding)(buffer, true), encoding };
}
