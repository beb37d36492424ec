// The whole workspace's trafficking indicators (seconds at a million records) are read in a
// worker thread of their own, from the workspace file opened read-only, so the host answers
// every other call meanwhile. The answer is kept until anything is written (changeStamp);
// asks for the same state share one run; a run overtaken by a write is ended, or its answer
// thrown away, and asked again; closing the workspace ends it (endWorkspaceRuns).
import type { IndicatorHit, IndicatorThresholds } from '../../shared/contract/analysis-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { HandlerContext } from '../api/context';
import type { IndicatorsWorkerInput, IndicatorsWorkerMessage } from '../jobs/indicators-messages';
import { startWorkerRun, workersAlive } from '../jobs/worker-run';
import { changeStamp } from '../queries/casemap';
import type { Db } from '../store/open-workspace';
import { indicatorsAtThresholds } from './indicator-settings';

export interface Indicators {
  thresholds: IndicatorThresholds;
  hits: IndicatorHit[];
}

/** Up to this many records the indicators take a few milliseconds: no thread. */
export const IN_PROCESS_RECORDS = 5000;
/** Runs overtaken by writes in a row before the ask gives up (the workspace keeps changing). */
const MOST_OVERTAKEN = 3;

interface Run {
  stamp: string;
  answer: Promise<Indicators>;
  /** Ends the thread: its askers ask again, for the workspace as it is now. */
  overtake(): void;
}

const kept = new WeakMap<Db, { stamp: string; answer: Indicators }>();
const runs = new WeakMap<Db, Run>();
/** Indicators worker threads of this process that have not exited yet (for tests and checks). */
export const indicatorWorkersAlive = (): number => workersAlive('indicators-worker');

export async function workspaceIndicators(
  ctx: HandlerContext,
  inProcessRecords = IN_PROCESS_RECORDS,
): Promise<Indicators> {
  for (let overtaken = 0; overtaken < MOST_OVERTAKEN; overtaken++) {
    const stamp = changeStamp(ctx.db);
    const hit = kept.get(ctx.db);
    if (hit?.stamp === stamp) return hit.answer;
    if (ctx.workspacePath === ':memory:' || recordsOf(ctx.db) <= inProcessRecords) {
      const answer = indicatorsAtThresholds(ctx.db);
      kept.set(ctx.db, { stamp, answer });
      return answer;
    }
    const answer = await sharedRun(ctx, stamp).catch((err: unknown) => {
      if (err instanceof Overtaken) return null;
      throw err;
    });
    // Something was written while the thread read: its answer is of a state that is gone.
    if (!answer || changeStamp(ctx.db) !== stamp) continue;
    kept.set(ctx.db, { stamp, answer });
    return answer;
  }
  throw new WorkbenchError(
    'BUSY',
    `Trafficking indicators: the workspace changed ${MOST_OVERTAKEN} times while they were read. Ask again once the changes have finished.`,
  );
}

/** The highest record id: a bound on the record count that costs nothing at a million. */
function recordsOf(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS n FROM records').get() as { n: number }).n;
}

/** The run reading this state of the workspace, joined if one is going on; an older one is ended. */
function sharedRun(ctx: HandlerContext, stamp: string): Promise<Indicators> {
  const current = runs.get(ctx.db);
  if (current?.stamp === stamp) return current.answer;
  current?.overtake();
  const run = startRun(ctx, stamp);
  runs.set(ctx.db, run);
  const forget = () => runs.get(ctx.db) === run && runs.delete(ctx.db);
  run.answer.then(forget, forget);
  return run.answer;
}

function startRun(ctx: HandlerContext, stamp: string): Run {
  const input: IndicatorsWorkerInput = { path: ctx.workspacePath };
  if (ctx.nativeBinding) input.nativeBinding = ctx.nativeBinding;
  const run = startWorkerRun<IndicatorsWorkerMessage, Indicators>(ctx, {
    worker: 'indicators-worker',
    envVar: 'THORLINE_INDICATORS_WORKER',
    input,
    outcome: (m) => (m.kind === 'done' ? { answer: m.answer } : { error: new Error(m.message) }),
    closed,
    stopped: 'the indicators worker stopped unexpectedly',
  });
  return { stamp, answer: run.answer, overtake: () => run.end(new Overtaken()) };
}

class Overtaken extends Error {}

const closed = () =>
  new WorkbenchError(
    'CANCELLED',
    'Trafficking indicators: the workspace was closed, so the reading stopped; nothing was changed.',
  );
