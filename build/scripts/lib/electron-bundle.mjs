// esbuild settings for the desktop host: CommonJS files Electron loads directly, with
// electron and the native better-sqlite3 left to require() at run time.
import { build } from 'esbuild';
import path from 'node:path';
import { REPO } from './paths.mjs';

const COMMON = {
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

/** Bundles one entry (a path relative to the repository) into outfile. */
export function bundleEntry(entry, outfile) {
  return build({ ...COMMON, entryPoints: [path.join(REPO, entry)], outfile });
}
