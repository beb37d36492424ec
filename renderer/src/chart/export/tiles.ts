// The tiling plan of a large PNG: the picture is drawn band by band (full width, a few
// hundred rows), each band in tiles no wider than a canvas can safely be, so memory holds
// one band at a time however large the picture.

export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Band {
  y: number;
  height: number;
  tiles: Tile[];
}

/** Tiles of at most 4,096 px: every browser draws a canvas that size. */
export const TILE_WIDTH = 4096;
/** 512 rows: a 20,000-px-wide band is 40 MB of RGBA. */
export const BAND_HEIGHT = 512;

export function planTiles(width: number, height: number, tileWidth = TILE_WIDTH, bandHeight = BAND_HEIGHT) {
  const bands: Band[] = [];
  for (let y = 0; y < height; y += bandHeight) {
    const h = Math.min(bandHeight, height - y);
    const tiles: Tile[] = [];
    for (let x = 0; x < width; x += tileWidth) {
      tiles.push({ x, y, width: Math.min(tileWidth, width - x), height: h });
    }
    bands.push({ y, height: h, tiles });
  }
  return bands;
}

/** Copies a tile's RGBA pixels into the band buffer (full picture width) at the tile's column. */
export function placeTile(
  band: Uint8Array,
  bandWidth: number,
  tile: Tile,
  pixels: Uint8Array | Uint8ClampedArray,
) {
  const rowBytes = tile.width * 4;
  for (let row = 0; row < tile.height; row++) {
    const from = row * rowBytes;
    band.set(pixels.subarray(from, from + rowBytes), (row * bandWidth + tile.x) * 4);
  }
}
