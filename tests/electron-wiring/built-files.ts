// The files Electron loads, as built by the real build script (npm run build:electron). Tests
// use these, not the TypeScript sources: when they are missing or older than any source, they
// are rebuilt first, once, under a lock so that parallel test files do not build at the same time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
export const DIST_ELECTRON = path.join(REPO, 'dist-electron');
export const BUILT = [
  'main.cjs',
  'preload.cjs',
  'store-worker.cjs',
  'matching-worker.cjs',
  'import-worker.cjs',
  'structure-worker.cjs',
  'indicators-worker.cjs',
];
const SOURCES = ['electron', 'db', 'shared', 'build/scripts/bundle-electron.mjs', 'build/scripts/lib'];
const LOCK = path.join(REPO, '.dist-electron.lock');

export function builtFile(name: string): string {
  return path.join(DIST_ELECTRON, name);
}

/** Builds dist-electron/ with the build script when it is missing or stale. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  withLock(() => {
    if (isFresh()) return;
    execFileSync(process.execPath, [path.join(REPO, 'build/scripts/bundle-electron.mjs')], {
      cwd: REPO,
      stdio: 'pipe',
    });
  });
}

function isFresh(): boolean {
  const built = BUILT.map((name) => mtime(builtFile(name)));
  if (built.some((t) => t === undefined)) return false;
  const oldestBuilt = Math.min(...(built as number[]));
  return SOURCES.every((source) => newest(path.join(REPO, source)) <= oldestBuilt);
}

function newest(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

function mtime(file: string): number | undefined {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** mkdir is atomic: whoever creates the folder builds; the others wait for it to go. */
function withLock(build: () => void): void {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) fs.rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    build();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
