// esbuild settings for the desktop host: CommonJS files Electron loads directly, with
// electron and the native better-sqlite3 left to require() at run time.
import { build } from 'esbuild';
import path from 'node:path';
import { REPO } from './paths.mjs';

// Main process and worker threads: full Node, so the banner may read __filename.
const NODE = {
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

// The sandboxed preload runs in a wrapper that has no __filename, __dirname or Node built-ins
// beyond electron, events, timers and url: no banner, and a browser platform so that any
// other built-in fails the build instead of the window.
const SANDBOXED_PRELOAD = {
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'chrome130',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron'],
  absWorkingDir: REPO,
};

/** Bundles one entry (a path relative to the repository) into outfile. */
export function bundleEntry(entry, outfile, options = {}) {
  const settings = options.sandboxedPreload ? SANDBOXED_PRELOAD : NODE;
  return build({ ...settings, entryPoints: [path.join(REPO, entry)], outfile });
}
