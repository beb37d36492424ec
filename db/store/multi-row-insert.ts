// One INSERT statement for many rows (VALUES (…), (…), …): a bulk import spends much of
// its time entering and leaving single-row statements, and a multi-row statement pays
// that once for up to ROWS_PER_STATEMENT rows. Statements are prepared once per size.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-workspace';

const ROWS_PER_STATEMENT = 100;

export class MultiRowInsert {
  private readonly bySize = new Map<number, Statement>();

  /**
   * @param head the statement up to VALUES, e.g. "INSERT INTO t (a, b)"
   * @param tuple one row's placeholders, e.g. "(?, ?)"
   * @param perRow how many values one row binds
   */
  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly tuple: string,
    private readonly perRow: number,
  ) {}

  /** Inserts the rows whose values are laid end to end in `values`; returns the rows changed. */
  run(values: unknown[]): number {
    const rows = values.length / this.perRow;
    let changed = 0;
    for (let first = 0; first < rows; first += ROWS_PER_STATEMENT) {
      const n = Math.min(ROWS_PER_STATEMENT, rows - first);
      const part = n === rows ? values : values.slice(first * this.perRow, (first + n) * this.perRow);
      changed += this.statement(n).run(part).changes;
    }
    return changed;
  }

  private statement(rows: number): Statement {
    let s = this.bySize.get(rows);
    if (!s) {
      s = this.db.prepare(`${this.head} VALUES ${Array(rows).fill(this.tuple).join(', ')}`);
      this.bySize.set(rows, s);
    }
    return s;
  }
}
