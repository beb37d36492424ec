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
import { createHash } from 'node:crypto';

export type Repeat =
  | { kind: 'first' }
  /** Every cell (trimmed) equals the earlier row's. */
  | { kind: 'identical'; firstRow: number }
  | { kind: 'conflict'; firstRow: number };

/** Slot layout: id hash (2 words), cells hash (2 words), row number (0 = empty slot). */
const WORDS = 5;
const INITIAL_SLOTS = 1 << 12;

/** Two 32-bit words of a sha1, as unsigned numbers. */
function hash64(text: string): [number, number] {
  const d = createHash('sha1').update(text).digest();
  return [d.readUInt32LE(0), d.readUInt32LE(4)];
}

export class RepeatedRows {
  private table = new Uint32Array(INITIAL_SLOTS * WORDS);
  private slots = INITIAL_SLOTS;
  private used = 0;

  /** Remembers the row's id unless an earlier row claimed it; says how the two compare. */
  check(id: string, cells: string[], row: number): Repeat {
    const [a, b] = hash64(id);
    const [c, d] = hash64(cells.map((s) => s.trim()).join('\u001f'));
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
