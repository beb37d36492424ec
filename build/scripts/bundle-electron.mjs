// `npm run build:electron`: bundles the desktop host with esbuild into dist-electron/:
// main.cjs (main process: windows, menus, dialogs, message routing), store-worker.cjs (the
// worker thread that owns the workspace: dispatch, queries and jobs, db/ and shared/ included),
// preload.cjs (sandboxed preload: may only require 'electron') and the job worker threads.
import fs from 'node:fs';
import path from 'node:path';
import { bundleEntry } from './lib/electron-bundle.mjs';
import { ELECTRON_OUT, REPO } from './lib/paths.mjs';

const ENTRIES = [
  { entry: 'electron/main/index.ts', out: 'main.cjs' },
  { entry: 'electron/preload/index.ts', out: 'preload.cjs', sandboxedPreload: true },
  { entry: 'electron/workspace/store-worker.ts', out: 'store-worker.cjs' },
  // The store worker hands these to the job registry (db/jobs/start-worker.ts).
  { entry: 'db/jobs/matching-worker.ts', out: 'matching-worker.cjs' },
  // Table imports from the UI (import.start) run here.
  { entry: 'db/jobs/import-worker.ts', out: 'import-worker.cjs' },
  // Key players and structure of big networks (analysis.structure) are measured here.
  { entry: 'db/jobs/structure-worker.ts', out: 'structure-worker.cjs' },
  // The whole workspace's trafficking indicators (analysis.indicators) are read here.
  { entry: 'db/jobs/indicators-worker.ts', out: 'indicators-worker.cjs' },
].filter((e) => fs.existsSync(path.join(REPO, e.entry)));

fs.rmSync(ELECTRON_OUT, { recursive: true, force: true });
const started = Date.now();
await Promise.all(
  ENTRIES.map((e) =>
    bundleEntry(e.entry, path.join(ELECTRON_OUT, e.out), { sandboxedPreload: Boolean(e.sandboxedPreload) }),
  ),
);
console.log(`Bundled the Electron host into dist-electron/ in ${Date.now() - started} ms.`);
