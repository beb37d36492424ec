// A matching run that stops listening once it has written rows: the real engine (every
// compared pair kept, small batches), which at its first word while comparing with rows of
// its run in the file grows its run to LEFT_ROWS rows (copies of its own, committed, as a
// big workspace's run would hold), then takes the write lock, writes one row more, and hangs
// in that transaction ignoring any stop (THORLINE_TEST_STUCK=hang), or ends its thread on the
// spot (=crash). For the tests of what a host does with a run that never finished nor undid itself.
import { runMatching, type RunProgress } from '../../../../db/matching/engine';
import type { Db } from '../../../../db/store/open-workspace';

export type StuckWay = 'hang' | 'crash';

/** Rows the stuck run leaves: several of the host's clearing slices. */
export const LEFT_ROWS = 25_000;

const COPY_ROWS = `INSERT INTO match_candidates (run_id, record_a, record_b, type, score, weight, evidence)
  SELECT run_id, record_a, record_b, type, score, weight, evidence FROM match_candidates
  WHERE run_id = (SELECT max(id) FROM match_runs) LIMIT ?`;

export function runUntilStuck(
  db: Db,
  way: StuckWay,
  onStuck: () => void,
  onProgress?: (p: RunProgress) => void,
) {
  const rowsOfRun = db.prepare(
    `SELECT count(*) FROM match_candidates WHERE run_id = (SELECT max(id) FROM match_runs)`,
  );
  runMatching(db, {
    floor: 0,
    batchSize: 50,
    onProgress: (p) => {
      onProgress?.(p);
      if (p.phase !== 'comparing' || Number(rowsOfRun.pluck().get()) === 0) return;
      const copy = db.prepare(COPY_ROWS);
      for (let n = Number(rowsOfRun.pluck().get()); n < LEFT_ROWS; n = Number(rowsOfRun.pluck().get()))
        copy.run(Math.min(n, LEFT_ROWS - n));
      onStuck();
      if (way === 'crash') process.exit(70);
      db.exec('BEGIN IMMEDIATE');
      copy.run(1);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // forever, without a CPU
    },
  });
}
