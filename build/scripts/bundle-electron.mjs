// `npm run build:electron`: bundles the desktop host with esbuild into dist-electron/:
// main.cjs (main process, db/ and shared/ included), preload.cjs (sandboxed preload: may
// only require 'electron') and the worker-thread entries the main process starts.
import fs from 'node:fs';
import path from 'node:path';
import { bundleEntry } from './lib/electron-bundle.mjs';
import { ELECTRON_OUT, REPO } from './lib/paths.mjs';

const ENTRIES = [
  { entry: 'electron/main/index.ts', out: 'main.cjs' },
  { entry: 'electron/preload/index.ts', out: 'preload.cjs' },
  // The main process points the job registry at this file (THORLINE_MATCHING_WORKER).
  { entry: 'db/jobs/matching-worker.ts', out: 'matching-worker.cjs' },
  // Table imports from the UI (import.start) run here (THORLINE_IMPORT_WORKER).
  { entry: 'db/jobs/import-worker.ts', out: 'import-worker.cjs' },
].filter((e) => fs.existsSync(path.join(REPO, e.entry)));

fs.rmSync(ELECTRON_OUT, { recursive: true, force: true });
const started = Date.now();
await Promise.all(ENTRIES.map((e) => bundleEntry(e.entry, path.join(ELECTRON_OUT, e.out))));
console.log(`Bundled the Electron host into dist-electron/ in ${Date.now() - started} ms.`);
