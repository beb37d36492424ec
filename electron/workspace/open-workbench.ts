// Opens the workspace a host was asked for and builds the one dispatch both hosts adapt.
// The default workspace is created and seeded with the training scenario on first run,
// written to a temporary file and renamed into place so a crash never leaves half a file.
import fs from 'node:fs';
import path from 'node:path';
import { createDispatch, type Dispatch } from '../../db/api/dispatch';
import type { HandlerContext } from '../../db/api/context';
import { endWorkspaceRuns } from '../../db/jobs/workspace-runs';
import { clearInterruptedRuns } from '../../db/matching/run-cleanup';
import { openWorkspace, type Db } from '../../db/store/open-workspace';

// The main process reads startup errors without loading the store; kept here for existing imports.
export { describeStartupError } from './startup-error';

export interface WorkbenchOptions {
  workspacePath: string;
  /** Create the file seeded with the training scenario when it does not exist. */
  seedIfMissing?: boolean;
  /** better-sqlite3 build to load (Electron passes its own ABI build). */
  nativeBinding?: string;
  emit: HandlerContext['emit'];
}

export interface OpenWorkbench {
  db: Db;
  dispatch: Dispatch;
  workspacePath: string;
  /** What happened to the file on the way in. */
  created: 'seeded' | 'empty' | false;
  close(): void;
  /** After close: settles once the threads of its runs have exited (writing ones undo first). */
  runsEnded(): Promise<void>;
}

export async function openWorkbench(options: WorkbenchOptions): Promise<OpenWorkbench> {
  const { workspacePath, nativeBinding } = options;
  let created: OpenWorkbench['created'] = false;
  if (!fs.existsSync(workspacePath)) {
    fs.mkdirSync(path.dirname(workspacePath), { recursive: true });
    if (options.seedIfMissing) {
      await createSeededWorkspace(workspacePath, nativeBinding);
      created = 'seeded';
    } else {
      created = 'empty';
    }
  }
  const db = openWorkspace(workspacePath, nativeBinding ? { nativeBinding } : {});
  // A matching run left by a process that was killed (power cut) is marked and cleared now;
  // its rows were never visible. Should this fail, the next matching run clears them.
  clearInterruptedRuns(db).catch(() => {});
  let closed = false;
  let runsEnded: Promise<unknown> = Promise.resolve();
  // Once closed, nothing of this workspace reaches the renderer: it may show another one by then.
  const emit: HandlerContext['emit'] = (event, payload) => {
    if (!closed) options.emit(event, payload);
  };
  const ctx: HandlerContext = { db, workspacePath, emit };
  if (nativeBinding) ctx.nativeBinding = nativeBinding;
  const close = () => {
    closed = true;
    // Key players, indicators, matching and imports run in threads of their own: end them with it.
    runsEnded = endWorkspaceRuns(ctx);
    db.close();
  };
  const ended = () => runsEnded.then(() => undefined);
  return { db, dispatch: createDispatch(ctx), workspacePath, created, close, runsEnded: ended };
}

/** The scenario module is loaded only on first run, when there is a workspace to seed. */
async function createSeededWorkspace(target: string, nativeBinding: string | undefined): Promise<void> {
  const { createScenarioWorkspace } = await import('../../db/scenario');
  createScenarioWorkspace(target, nativeBinding ? { nativeBinding } : {});
}
