// Reads a PNG of any size without holding its pixels: the IDAT stream is inflated as a
// stream and unfiltered row by row, keeping only the pixels asked for. A 20,000-px-square
// picture is 1.6 GB of RGBA, more than a test should hold to look at a few pixels.
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface PngProbe {
  width: number;
  height: number;
  /** RGBA of each asked pixel, in the order asked. */
  pixels: [number, number, number, number][];
}

export function pngSize(file: string): { width: number; height: number } {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 24, 0);
  fs.closeSync(fd);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function idatOf(png: Buffer): { ihdr: Buffer; idat: Buffer[] } {
  let at = 8;
  let ihdr: Buffer | null = null;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  if (!ihdr) throw new Error('not a PNG: no IHDR');
  return { ihdr, idat };
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Pixels of an 8-bit RGBA, non-interlaced PNG (what the workbench writes). */
export async function probePng(file: string, points: { x: number; y: number }[]): Promise<PngProbe> {
  const { ihdr, idat } = idatOf(fs.readFileSync(file));
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  if (ihdr[8] !== 8 || ihdr[9] !== 6 || ihdr[12] !== 0) throw new Error('probePng reads 8-bit RGBA only');
  const stride = width * 4;
  let prev = Buffer.alloc(stride);
  let row = Buffer.alloc(stride);
  let pending: Buffer = Buffer.alloc(0);
  let y = 0;
  const pixels: PngProbe['pixels'] = points.map(() => [0, 0, 0, 0]);
  const take = () => {
    for (const [i, p] of points.entries()) {
      if (p.y === y) pixels[i] = [row[p.x * 4]!, row[p.x * 4 + 1]!, row[p.x * 4 + 2]!, row[p.x * 4 + 3]!];
    }
  };
  const unfilter = (line: Buffer) => {
    const filter = line[0]!;
    for (let i = 0; i < stride; i++) {
      const raw = line[i + 1]!;
      const a = i >= 4 ? row[i - 4]! : 0;
      const b = prev[i]!;
      const c = i >= 4 ? prev[i - 4]! : 0;
      const add = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (add === undefined) throw new Error(`bad filter ${filter} on row ${y}`);
      row[i] = (raw + add) & 0xff;
    }
    take();
    [prev, row] = [row, prev];
    y++;
  };
  const inflate = zlib.createInflate();
  await new Promise<void>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let at = 0;
      while (pending.length - at >= stride + 1) {
        unfilter(pending.subarray(at, at + stride + 1));
        at += stride + 1;
      }
      pending = pending.subarray(at);
    });
    inflate.on('end', resolve);
    inflate.on('error', reject);
    for (const d of idat) inflate.write(d);
    inflate.end();
  });
  if (y !== height) throw new Error(`PNG holds ${y} of ${height} rows`);
  return { width, height, pixels };
}
