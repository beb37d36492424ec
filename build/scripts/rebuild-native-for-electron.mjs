// `npm run rebuild:electron`: builds better-sqlite3 for Electron's ABI in .electron-native/,
// a copy beside the repo's node_modules, so the Node build the tests use is never replaced
// and the two never fight over one binary. The main process loads it via `nativeBinding`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronVersion } from './lib/electron-binary.mjs';
import { ELECTRON_NATIVE, REPO } from './lib/paths.mjs';

const SOURCE = path.join(REPO, 'node_modules', 'better-sqlite3');
const TARGET = path.join(ELECTRON_NATIVE, 'node_modules', 'better-sqlite3');
export const BINDING = path.join(TARGET, 'build', 'Release', 'better_sqlite3.node');
const STAMP = path.join(ELECTRON_NATIVE, 'electron-version');

/** True when .electron-native holds a build for the installed Electron. */
export function electronNativeIsCurrent() {
  const version = electronVersion();
  try {
    return fs.existsSync(BINDING) && fs.readFileSync(STAMP, 'utf8').trim() === version;
  } catch {
    return false;
  }
}

export async function rebuildNativeForElectron() {
  const version = electronVersion();
  if (!version) throw new Error('the electron package is not installed');
  fs.rmSync(ELECTRON_NATIVE, { recursive: true, force: true });
  // The Node-ABI build/ folder is left behind so a failed rebuild cannot pass for a good one.
  fs.cpSync(SOURCE, TARGET, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(SOURCE, 'build')),
  });
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(SOURCE, 'package.json'), 'utf8')).version;
  fs.writeFileSync(
    path.join(ELECTRON_NATIVE, 'package.json'),
    JSON.stringify({
      name: 'thorline-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': sqliteVersion },
    }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: ELECTRON_NATIVE,
    electronVersion: version,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  if (!fs.existsSync(BINDING)) throw new Error(`the rebuild finished but ${BINDING} is missing`);
  fs.writeFileSync(STAMP, version);
  return BINDING;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  rebuildNativeForElectron().then(
    (binding) =>
      console.log(`better-sqlite3 built for Electron ${electronVersion()}: ${path.relative(REPO, binding)}`),
    (err) => {
      console.error(`Could not build better-sqlite3 for Electron: ${err.message.split('\n')[0]}`);
      process.exit(1);
    },
  );
}
