// Worker thread of one trafficking-indicators run: opens the workspace file read-only and
// reads the thresholds and every record they need in one read transaction, so the answer is
// of one state of the workspace even while the host writes. Ended from outside when stale.
import { parentPort, workerData } from 'node:worker_threads';
import { indicatorsAtThresholds } from '../analysis/indicator-settings';
import { openWorkspace } from '../store/open-workspace';
import type { IndicatorsWorkerInput, IndicatorsWorkerMessage } from './indicators-messages';

const input = workerData as IndicatorsWorkerInput;
const post = (m: IndicatorsWorkerMessage) => parentPort?.postMessage(m);

try {
  const db = openWorkspace(input.path, {
    create: false,
    check: false, // the host checked the file when it opened it
    readOnly: true,
    ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
  });
  try {
    post({ kind: 'done', answer: db.transaction(() => indicatorsAtThresholds(db))() });
  } finally {
    db.close();
  }
} catch (err) {
  post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
}
