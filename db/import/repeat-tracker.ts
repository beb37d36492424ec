// Which shared records a batch looks up before writing. A shared record missing from the
// writer's cache may already be stored (imported before, or cached and since evicted),
// so it is looked up, except for mappings whose records almost never repeat: a firearm
// keyed by its serial in a sales log is new on nearly every row, and looking each one up
// costs more than the rare repeat, which the batch's external-id constraint catches anyway
// (the batch is then written again row by row). Nor are such records cached, where they
// would only push out the buyers and dealers that do repeat.

/** Shared records of a mapping seen before it can be judged. */
const MIN_SEEN = 2_000;
/** "Almost never": fewer than one repeat in twenty. */
const RARE = 20;

export class RepeatTracker {
  private readonly seen = new Map<string, { records: number; repeats: number }>();
  private batches = 0;
  private redone = 0;

  /** Counts a shared record of mapping `key`, found in the cache (repeated) or not. */
  count(key: string, repeated: boolean): void {
    let s = this.seen.get(key);
    if (!s) this.seen.set(key, (s = { records: 0, repeats: 0 }));
    s.records++;
    if (repeated) s.repeats++;
  }

  /** True when records of this mapping go unlooked-up and uncached. */
  rarelyRepeats(key: string): boolean {
    // When batches keep failing, the guess is wrong for this file: look everything up.
    if (this.redone * RARE > this.batches) return false;
    const s = this.seen.get(key);
    return s !== undefined && s.records >= MIN_SEEN && s.repeats * RARE < s.records;
  }

  batchWritten(redoneRowByRow: boolean): void {
    this.batches++;
    if (redoneRowByRow) this.redone++;
  }
}
