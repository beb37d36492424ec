// `npm run build:electron`: bundles the desktop host with esbuild into CommonJS files that
// Electron loads directly: dist-electron/main.cjs (main process, db/ and shared/ included)
// and dist-electron/preload.cjs (sandboxed preload: may only require 'electron').
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ELECTRON_OUT, REPO } from './lib/paths.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // better-sqlite3 is native: it stays in node_modules (unpacked from the asar when packaged).
  external: ['electron', 'better-sqlite3'],
  absWorkingDir: REPO,
  // Code written as ES modules resolves sibling files from import.meta.url; give it the bundle's URL.
  define: { 'import.meta.url': '__thorlineModuleUrl' },
  banner: { js: 'const __thorlineModuleUrl = require("url").pathToFileURL(__filename).href;' },
};

/** Worker-thread entries that run beside main.cjs (the main process points to them by env var). */
const WORKERS = [{ entry: 'db/jobs/matching-worker.ts', out: 'matching-worker.cjs' }].filter((w) =>
  fs.existsSync(path.join(REPO, w.entry)),
);

fs.rmSync(ELECTRON_OUT, { recursive: true, force: true });
const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: path.join(ELECTRON_OUT, 'main.cjs') }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(ELECTRON_OUT, 'preload.cjs'),
  }),
  ...WORKERS.map((w) =>
    build({ ...common, entryPoints: [w.entry], outfile: path.join(ELECTRON_OUT, w.out) }),
  ),
]);
console.log(`Bundled the Electron host into dist-electron/ in ${Date.now() - started} ms.`);
