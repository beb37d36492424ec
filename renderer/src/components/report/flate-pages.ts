// What jsPDF's FlateEncode does to a stream, byte for byte: each character's low byte,
// zlib-compressed by the same fflate, returned as a string of bytes. Run in the report's
// writer worker, so the page contents are compressed off the page's main thread.
import { zlibSync } from 'fflate';

const CHUNK = 0x8000;

export function flateEncode(data: string): string {
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  const packed = zlibSync(bytes);
  let out = '';
  for (let i = 0; i < packed.length; i += CHUNK) out += String.fromCharCode(...packed.subarray(i, i + CHUNK));
  return out;
}
