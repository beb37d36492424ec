// Worker thread of a table import: opens its own connection to the workspace file, so the
// import's one transaction never takes in writes of other calls, and streams the file
// through importTableFile. A 'cancel' message aborts it; nothing is then written.
import { parentPort, workerData } from 'node:worker_threads';
import { importTableFile } from '../import/run-import';
import { resolveSpec } from '../import/specs-store';
import { openWorkspace } from '../store/open-workspace';
import type { ImportWorkerCancel, ImportWorkerInput, ImportWorkerMessage } from './import-messages';

const input = workerData as ImportWorkerInput;
const controller = new AbortController();
const post = (m: ImportWorkerMessage) => parentPort?.postMessage(m);
const onMessage = (m: ImportWorkerCancel) => {
  if (m?.kind === 'cancel') controller.abort();
};

async function main(): Promise<void> {
  parentPort?.on('message', onMessage);
  const db = openWorkspace(input.path, {
    create: false,
    check: false, // the host checked the file when it opened it
    nativeBinding: input.nativeBinding,
  });
  try {
    const report = await importTableFile(db, {
      file: { name: input.fileName, path: input.filePath },
      spec: resolveSpec(db, input.spec),
      target: input.target,
      skipInvalidRows: input.skipInvalidRows,
      onProgress: (rowsRead) => post({ kind: 'progress', rowsRead }),
      signal: controller.signal,
    });
    post({ kind: 'done', report });
  } catch (err) {
    if (controller.signal.aborted) post({ kind: 'cancelled' });
    else post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
    // Without the listener nothing keeps the thread alive: it ends once the posts are out.
    parentPort?.off('message', onMessage);
  }
}

void main();
