// The store worker thread (bundled to dist-electron/store-worker.cjs): opens the workspace and
// runs dispatch, queries and jobs here, so a slow query never freezes the main process's
// menus, windows and dialogs. It answers the main process's messages one by one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { useBuiltWorkers } from '../../db/jobs/start-worker';
import { WorkbenchError, type CallError, type Result } from '../../shared/contract/result';
import type { StoreReply, StoreRequest, StoreWorkerData } from '../ipc/store-messages';
import { openWorkbench, type OpenWorkbench } from './open-workbench';
import { describeStartupError } from './startup-error';

const data = workerData as StoreWorkerData;
const port = parentPort;
if (!port) throw new Error('store-worker runs only as a worker thread');
const post = (reply: StoreReply) => port.postMessage(reply);

useBuiltWorkers(data.jobWorkers, { allowEnvOverride: data.allowEnvOverride });

openWorkbench({
  workspacePath: data.workspacePath,
  seedIfMissing: data.seedIfMissing,
  ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  emit: (event, payload) => post({ type: 'event', event, payload }),
}).then(
  (workbench) => {
    port.on('message', (request: StoreRequest) => void answer(workbench, request));
    post({
      type: 'ready',
      workspacePath: workbench.workspacePath,
      created: workbench.created,
      readOnly: workbench.db.readonly,
    });
  },
  (err: unknown) => {
    // Main ends this thread once it has the answer: exiting here could lose the message.
    post({ type: 'failed', error: asCallError(err, 'BAD_FILE') });
  },
);

async function answer(workbench: OpenWorkbench, request: StoreRequest): Promise<void> {
  if (request.type === 'close') {
    workbench.close();
    // A matching run or import undoes what it wrote before its thread exits (main waits 5 s).
    await workbench.runsEnded();
    process.exit(0);
  }
  const result =
    request.type === 'call'
      ? await workbench.dispatch(request.name, request.input)
      : await saveCopy(workbench, request.target);
  post({ type: 'answer', id: request.id, result });
}

/** A consistent copy through SQLite's backup API, written beside the target and renamed into place. */
async function saveCopy(workbench: OpenWorkbench, target: string): Promise<Result<unknown>> {
  try {
    if (path.resolve(target) === path.resolve(workbench.workspacePath)) {
      throw new WorkbenchError('CONFLICT', 'A copy cannot replace the workspace it is a copy of.');
    }
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomUUID()}.tmp`);
    try {
      await workbench.db.backup(temp);
      fs.renameSync(temp, target);
    } finally {
      fs.rmSync(temp, { force: true });
    }
    return { ok: true, value: { path: target } };
  } catch (err) {
    return { ok: false, error: asCallError(err, 'BAD_FILE') };
  }
}

function asCallError(err: unknown, fallback: CallError['code']): CallError {
  if (err instanceof WorkbenchError) {
    return { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
  }
  return { code: fallback, message: describeStartupError(err) };
}
