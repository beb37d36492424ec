import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { clampSide, pagePixels } from '../../../renderer/src/chart/export/page';
import { placeTile, planTiles } from '../../../renderer/src/chart/export/tiles';
import { PngStreamWriter } from '../../../renderer/src/chart/export/png-stream';

describe('page sizes at a DPI', () => {
  it('gives the printer pixel size of Letter, A4 and A3 in both orientations', () => {
    expect(pagePixels('letter', 300, 'portrait')).toEqual({ width: 2550, height: 3300 });
    expect(pagePixels('letter', 150, 'landscape')).toEqual({ width: 1650, height: 1275 });
    // A4 is 210 × 297 mm: 8.27 × 11.69 in.
    expect(pagePixels('a4', 300, 'portrait')).toEqual({ width: 2480, height: 3508 });
    expect(pagePixels('a4', 150, 'landscape')).toEqual({ width: 1754, height: 1240 });
    expect(pagePixels('a3', 300, 'landscape')).toEqual({ width: 4961, height: 3508 });
  });

  it('keeps a typed size whole and within bounds', () => {
    expect(clampSide(1999.6)).toBe(2000);
    expect(clampSide(0)).toBe(1);
    expect(clampSide(Number.NaN)).toBe(1);
    expect(clampSide(1e9)).toBe(40_000);
  });
});

describe('tiling plan', () => {
  it('covers a 20,000-px-wide picture with bands of tiles no wider than 4,096 px, without gaps or overlap', () => {
    const bands = planTiles(20_000, 1_100);
    expect(bands.map((b) => [b.y, b.height])).toEqual([
      [0, 512],
      [512, 512],
      [1024, 76],
    ]);
    const xs = bands[0]!.tiles.map((t) => [t.x, t.width]);
    expect(xs).toEqual([
      [0, 4096],
      [4096, 4096],
      [8192, 4096],
      [12288, 4096],
      [16384, 3616],
    ]);
    const area = bands.flatMap((b) => b.tiles).reduce((s, t) => s + t.width * t.height, 0);
    expect(area).toBe(20_000 * 1_100);
  });
});

/** A tile filled with a colour that encodes its position, so a misplaced pixel shows. */
function syntheticTile(t: { x: number; y: number; width: number; height: number }) {
  const px = new Uint8ClampedArray(t.width * t.height * 4);
  for (let r = 0; r < t.height; r++)
    for (let c = 0; c < t.width; c++) {
      const i = (r * t.width + c) * 4;
      px.set([(t.x + c) % 251, (t.y + r) % 241, ((t.x + c) * 7 + (t.y + r) * 3) % 256, 255], i);
    }
  return px;
}

describe('stitching tiles into a streamed PNG', () => {
  it.each([
    [37, 29, 10, 8],
    // Wide enough that the writer hands its rows to zlib in several pieces.
    [3000, 200, 1024, 64],
  ])(
    'writes exactly the pixels of every tile of %i x %i, band by band (read back with pngjs)',
    (width, height, tileW, bandH) => {
      const writer = new PngStreamWriter(width, height);
      for (const band of planTiles(width, height, tileW, bandH)) {
        const buffer = new Uint8Array(width * band.height * 4);
        for (const tile of band.tiles) placeTile(buffer, width, tile, syntheticTile(tile));
        writer.writeRows(buffer);
      }
      const png = PNG.sync.read(Buffer.concat(writer.finish()));
      expect([png.width, png.height]).toEqual([width, height]);
      const expected = Buffer.from(syntheticTile({ x: 0, y: 0, width, height }));
      const firstWrong = png.data.findIndex((v, i) => v !== expected[i]);
      expect(firstWrong, 'index of the first wrong byte').toBe(-1);
    },
  );

  it('refuses a short picture and rows that are not whole', () => {
    const writer = new PngStreamWriter(4, 3);
    expect(() => writer.writeRows(new Uint8Array(10))).toThrow(/not whole rows/);
    writer.writeRows(new Uint8Array(16));
    expect(() => writer.finish()).toThrow(/1 of 3 rows/);
  });
});
