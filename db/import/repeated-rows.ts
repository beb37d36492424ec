// Which rows of one file claim a row id (the external-id column's value) an earlier row
// of the same file already claimed. Every record and link of a row is named after that
// id, so a second row with the same id but other cells would be dropped by the writer as
// "already present": a lost row. Such a row is an invalid row instead; a row equal to
// the earlier one cell for cell adds nothing and is only noted.
//
// Rows are remembered as 64-bit hashes of their id and of their cells in one flat,
// open-addressed table (20 bytes a slot, at most half full): a million rows take tens
// of MB, where a Map of id strings would take several times that and could keep whole
// chunks of the file alive through sliced strings.
export type Repeat =
  | { kind: 'first' }
  /** Every cell (trimmed) equals the earlier row's. */
  | { kind: 'identical'; firstRow: number }
  | { kind: 'conflict'; firstRow: number };

/** Slot layout: id hash (2 words), cells hash (2 words), row number (0 = empty slot). */
const WORDS = 5;
const INITIAL_SLOTS = 1 << 12;

/**
 * A 64-bit hash in two 32-bit lanes (cyrb53's mixing, kept to 64 bits), fed string by
 * string. Not sha1: this runs on every row, and a JavaScript loop over the characters
 * costs a tenth of a crypto digest per row. Two different ids collide once in about
 * 10^19 pairs.
 */
class Hash64 {
  h1 = 0;
  h2 = 0;

  start(): this {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
    return this;
  }

  add(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    this.h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    this.h2 = Math.imul(h2 ^ 0x1f, 1597334677);
    return this;
  }

  finish(): this {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.h1 = h1 >>> 0;
    this.h2 = h2 >>> 0;
    return this;
  }
}

export class RepeatedRows {
  private table = new Uint32Array(INITIAL_SLOTS * WORDS);
  private slots = INITIAL_SLOTS;
  private used = 0;
  private readonly hash = new Hash64();

  /** Remembers the row's id unless an earlier row claimed it; says how the two compare. */
  check(id: string, cells: string[], row: number): Repeat {
    const { h1: a, h2: b } = this.hash.start().add(id).finish();
    this.hash.start();
    for (const cell of cells) this.hash.add(cell.trim());
    const { h1: c, h2: d } = this.hash.finish();
    const t = this.table;
    const mask = this.slots - 1;
    for (let i = (a ^ b) & mask; ; i = (i + 1) & mask) {
      const at = i * WORDS;
      if (t[at + 4] === 0) {
        t.set([a, b, c, d, row], at);
        if (++this.used * 2 > this.slots) this.grow();
        return { kind: 'first' };
      }
      if (t[at] === a && t[at + 1] === b) {
        const same = t[at + 2] === c && t[at + 3] === d;
        return { kind: same ? 'identical' : 'conflict', firstRow: t[at + 4]! };
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.slots *= 2;
    this.table = new Uint32Array(this.slots * WORDS);
    const mask = this.slots - 1;
    for (let at = 0; at < old.length; at += WORDS) {
      if (old[at + 4] === 0) continue;
      let i = (old[at]! ^ old[at + 1]!) & mask;
      while (this.table[i * WORDS + 4] !== 0) i = (i + 1) & mask;
      this.table.set(old.subarray(at, at + WORDS), i * WORDS);
    }
  }
}
