// Builds the renderer with Vite when dist/renderer is missing or older than its sources,
// so `npm run demo` and `npm start` always serve what is in the checkout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, RENDERER_OUT } from './paths.mjs';

/** Folders and files whose changes make a new renderer build necessary. */
const SOURCES = ['renderer', 'shared', 'package.json'];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function rendererIsStale() {
  const index = path.join(RENDERER_OUT, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(REPO, source)) > built);
}

/** Returns true when dist/renderer is up to date (built now or already). */
export function ensureRendererBuilt({ force = false } = {}) {
  if (!force && !rendererIsStale()) return true;
  console.log('Building the renderer (vite build)...');
  const vite = path.join(REPO, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    { cwd: REPO, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('Building the renderer failed (see the messages above).');
    return false;
  }
  return true;
}
