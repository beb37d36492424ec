// Shared helpers for import and exchange tests: a dispatch on a fresh workspace,
// fixture files, and a snapshot of every table to prove a rejected import wrote nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDispatch } from '../../../db/api/dispatch';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { ImportSpecInput } from '../../../shared/contract/import-spec';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
export const sampleSpec = () =>
  JSON.parse(fixture('purchases.spec.json').toString('utf8')) as ImportSpecInput;

export function workbench(db: Db = openWorkspace(':memory:')) {
  const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => undefined });
  /** Calls and unwraps; a failed call throws with its code and message. */
  async function call<T = unknown>(name: string, input: unknown): Promise<T> {
    const r = await dispatch(name, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  }
  return { db, dispatch, call };
}

export const upload = (name: string, content: Buffer | string) => ({
  name,
  base64: (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64'),
});

/**
 * Row counts and a content hash of every table: equal snapshots mean nothing was written.
 * The case map's derived tables (migration 8) are left out: they follow the member rows
 * (case-pairs.test proves them equal to a fresh aggregate after every kind of write).
 */
export function snapshot(db: Db): Record<string, string> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'record_search_%' AND name NOT LIKE 'case_map_%' AND name <> 'case_pairs' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all();
    out[t] = `${rows.length}:${createHash('sha1').update(JSON.stringify(rows)).digest('hex')}`;
  }
  return out;
}

export const count = (db: Db, table: string, where = '1') =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;

/** A pending candidate between two records, in a finished run (as matching leaves it); its id. */
export function candidate(db: Db, a: number, b: number): number {
  const run = db
    .prepare("INSERT INTO match_runs (state, started_at) VALUES ('done', '2026-01-01T00:00:00Z')")
    .run().lastInsertRowid;
  const [x, y] = [a, b].sort((p, q) => p - q);
  return Number(
    db
      .prepare(
        `INSERT INTO match_candidates (run_id, record_a, record_b, type, score, weight) VALUES (?, ?, ?, 'person', 0.97, 9.1)`,
      )
      .run(run, x, y).lastInsertRowid,
  );
}
