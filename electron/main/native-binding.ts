// better-sqlite3 is a native module and Electron needs a build for its own ABI, kept apart
// from the Node build in node_modules that the tests and the browser host use:
// - in a checkout it lives in .electron-native/ (made by npm run rebuild:electron);
// - a packaged app carries that same file as resources/native/better_sqlite3.node,
//   outside the asar so it can be loaded.
import fs from 'node:fs';
import path from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';
const CHECKOUT_BINDING = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const PACKAGED_BINDING = 'native/better_sqlite3.node';

export function electronNativeBindingPath(repoRoot: string): string {
  return path.join(repoRoot, ELECTRON_NATIVE_DIR, CHECKOUT_BINDING);
}

export function packagedBindingPath(resourcesPath: string): string {
  return path.join(resourcesPath, PACKAGED_BINDING);
}

/** The Electron-ABI binding to load, or undefined to fall back on better-sqlite3's default. */
export function findNativeBinding(options: {
  appRoot: string;
  isPackaged: boolean;
  resourcesPath: string;
}): string | undefined {
  const binding = options.isPackaged
    ? packagedBindingPath(options.resourcesPath)
    : electronNativeBindingPath(options.appRoot);
  return fs.existsSync(binding) ? binding : undefined;
}
