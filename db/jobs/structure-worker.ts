// Worker thread of one key-players-and-structure run: builds the network from the data the
// backend read and measures it, reporting progress. Cancel ends the thread from outside.
import { parentPort, workerData } from 'node:worker_threads';
import { networkOf } from '../analysis/network';
import { structureOf } from '../analysis/structure';
import type { StructureWorkerInput, StructureWorkerMessage } from './structure-messages';

const input = workerData as StructureWorkerInput;
const post = (m: StructureWorkerMessage) => parentPort?.postMessage(m);

try {
  const graph = networkOf(input.data, input.options);
  const structure = structureOf(graph, new Map(input.caseNumbers), (progress) =>
    post({ kind: 'progress', progress }),
  );
  post({ kind: 'done', structure });
} catch (err) {
  post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
}
