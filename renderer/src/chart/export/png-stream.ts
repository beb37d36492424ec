// A PNG written row band by row band: no PNG library streams in a browser (fast-png and
// UPNG want the whole picture in memory, 1.6 GB at 20,000 px square), so the rows go through
// fflate's streaming zlib into IDAT chunks as they come. Memory holds the compressed file
// and one band. Pure (no DOM), so it runs in the export worker and in unit tests.
import { Zlib } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const p of parts) for (let i = 0; i < p.length; i++) c = CRC_TABLE[(c ^ p[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const name = new TextEncoder().encode(type);
  out.set(name, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([name, data]));
  return out;
}

const SCRATCH_BYTES = 1 << 20;
const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

export class PngStreamWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly zlib: Zlib;
  private rowsWritten = 0;
  private readonly scratch: Uint8Array;
  private used = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const ihdr = new Uint8Array(13);
    const view = new DataView(ihdr.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
    this.parts.push(SIGNATURE, chunk('IHDR', ihdr));
    const rowBytes = width * 4 + 1;
    this.scratch = new Uint8Array(Math.max(1, Math.floor(SCRATCH_BYTES / rowBytes)) * rowBytes);
    this.zlib = new Zlib({ level: 6 }, (data) => {
      if (data.length) this.parts.push(chunk('IDAT', data));
    });
  }

  /** Appends whole rows of RGBA pixels (a multiple of width × 4 bytes), top to bottom. */
  writeRows(rgba: Uint8Array): void {
    const rowBytes = this.width * 4;
    if (rgba.length % rowBytes !== 0) throw new Error(`PNG rows: ${rgba.length} bytes is not whole rows`);
    const rows = rgba.length / rowBytes;
    if (this.rowsWritten + rows > this.height) throw new Error('PNG rows: more rows than the picture holds');
    for (let r = 0; r < rows; r++) {
      // Filter byte 0 (none): the picture is mostly flat background, which deflate handles well.
      this.scratch[this.used] = 0;
      this.scratch.set(rgba.subarray(r * rowBytes, (r + 1) * rowBytes), this.used + 1);
      this.used += rowBytes + 1;
      if (this.used + rowBytes + 1 > this.scratch.length) this.flush();
    }
    this.rowsWritten += rows;
  }

  /** fflate copies what it is given, so one scratch buffer of about 1 MB serves every row. */
  private flush() {
    if (this.used) this.zlib.push(this.scratch.subarray(0, this.used), false);
    this.used = 0;
  }

  /** Ends the picture and returns the file's parts (join them, or hand them to a Blob). */
  finish(): Uint8Array[] {
    if (this.rowsWritten !== this.height) {
      throw new Error(`PNG rows: ${this.rowsWritten} of ${this.height} rows written`);
    }
    this.flush();
    this.zlib.push(new Uint8Array(0), true);
    this.parts.push(chunk('IEND', new Uint8Array(0)));
    return this.parts;
  }
}
