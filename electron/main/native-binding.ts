// better-sqlite3 is a native module and Electron needs a build for its own ABI. In a
// checkout that build lives in .electron-native/ (made by npm run rebuild:electron), so the
// Node build in node_modules stays intact for the tests. A packaged app ships the right one.
import fs from 'node:fs';
import path from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';
const BINDING = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

export function electronNativeBindingPath(repoRoot: string): string {
  return path.join(repoRoot, ELECTRON_NATIVE_DIR, BINDING);
}

/** The Electron-ABI binding to load, or undefined to use better-sqlite3's default. */
export function findNativeBinding(repoRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const binding = electronNativeBindingPath(repoRoot);
  return fs.existsSync(binding) ? binding : undefined;
}
