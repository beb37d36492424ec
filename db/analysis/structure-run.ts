// Runs key players and structure for a call. The backend reads the network (SQL, quick) and
// a worker thread measures it, so every other call is answered meanwhile; a run started with
// a runId pushes analysis.progress events and stops on analysis.cancel. Small networks are
// measured in place: a thread would cost more than the measures. Closing the workspace ends
// its runs (endWorkspaceRuns), so none keeps measuring, or reporting, for a workspace gone.
import type { NetworkStructure } from '../../shared/contract/analysis-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { HandlerContext } from '../api/context';
import { startWorkerRun, workersAlive } from '../jobs/worker-run';
import type { StructureWorkerInput, StructureWorkerMessage } from '../jobs/structure-messages';
import { graphOfCases } from '../queries/graph';
import { networkOf, type NetworkOptions } from './network';
import { caseNumbersOf, structureOf, type StructureProgress } from './structure';

/** Up to this many entities the measures take a few milliseconds: no thread. */
export const IN_PROCESS_LIMIT = 300;
const PROGRESS_EVERY_MS = 200;
/** Cancels that arrived before their run (two HTTP requests may cross): refused on arrival. */
const EARLY_CANCELS_KEPT = 100;

export interface StructureInput extends NetworkOptions {
  runId?: string;
}

const running = new Map<string, () => void>();
const earlyCancels: string[] = [];

export async function runStructure(
  ctx: HandlerContext,
  input: StructureInput,
  inProcessLimit = IN_PROCESS_LIMIT,
): Promise<NetworkStructure> {
  const { runId, ...options } = input;
  if (runId && running.has(runId))
    throw new WorkbenchError('CONFLICT', `A structure run ${runId} is already going on.`, { runId });
  if (runId && earlyCancels.includes(runId)) throw cancelled(runId);
  const workerInput: StructureWorkerInput = {
    data: graphOfCases(ctx.db, options.caseIds),
    options,
    caseNumbers: [...caseNumbersOf(ctx.db)],
  };
  const report = progressReporter(ctx, runId);
  if (workerInput.data.nodes.length <= inProcessLimit) {
    const graph = networkOf(workerInput.data, options);
    // Milliseconds: no progress to show.
    return structureOf(graph, new Map(workerInput.caseNumbers));
  }
  return inWorker(ctx, workerInput, report, runId);
}

/** Stops the run started with this runId; false when none is going on (it finished, or not yet begun). */
export function cancelStructure(runId: string): boolean {
  const cancel = running.get(runId);
  if (cancel) {
    cancel();
    return true;
  }
  earlyCancels.push(runId);
  if (earlyCancels.length > EARLY_CANCELS_KEPT) earlyCancels.shift();
  return false;
}

/** Structure worker threads of this process that have not exited yet (for tests and checks). */
export const structureWorkersAlive = (): number => workersAlive('structure-worker');

function inWorker(
  ctx: HandlerContext,
  input: StructureWorkerInput,
  report: (p: StructureProgress) => void,
  runId: string | undefined,
): Promise<NetworkStructure> {
  const run = startWorkerRun<StructureWorkerMessage, NetworkStructure>(ctx, {
    worker: 'structure-worker',
    envVar: 'THORLINE_STRUCTURE_WORKER',
    input,
    outcome: (m) => {
      if (m.kind === 'progress') return null;
      return m.kind === 'done' ? { answer: m.structure } : { error: new Error(m.message) };
    },
    progress: (m) => m.kind === 'progress' && report(m.progress),
    // Closing the workspace (endWorkspaceRuns) cancels it: nothing it posted later is reported.
    closed: () => cancelled(runId, CLOSED),
    stopped: 'the structure worker stopped unexpectedly',
  });
  if (!runId) return run.answer;
  running.set(runId, () => run.end(cancelled(runId)));
  const forget = () => running.delete(runId);
  run.answer.then(forget, forget);
  return run.answer;
}

/** Pushes progress for a run that has a runId, at most every PROGRESS_EVERY_MS and at the end. */
function progressReporter(ctx: HandlerContext, runId: string | undefined) {
  let last = 0;
  return (p: StructureProgress) => {
    if (!runId) return;
    const now = Date.now();
    if (p.done < p.total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    ctx.emit('analysis.progress', { runId, ...p });
  };
}

const CLOSED = 'Key players: the workspace was closed, so the measuring stopped; nothing was changed.';
const cancelled = (
  runId: string | undefined,
  why = 'Key players: the measuring was cancelled; nothing was changed.',
) => new WorkbenchError('CANCELLED', why, runId ? { runId } : undefined);
