// Finds the Electron binary without triggering the electron package's lazy downloader
// (require('electron') starts a download, which hangs or throws on an offline machine).
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './paths.mjs';

const PACKAGE_DIR = path.join(REPO, 'node_modules', 'electron');

export function electronVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** { path, version } of a runnable Electron, or { path: undefined, reason } saying what is missing. */
export function findElectronBinary() {
  const version = electronVersion();
  if (!version) return { path: undefined, reason: 'the electron package is not installed' };
  const pathFile = path.join(PACKAGE_DIR, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, executable || 'electron')
    : executable && path.join(PACKAGE_DIR, 'dist', executable);
  if (!candidate) return { path: undefined, reason: 'no Electron binary has been downloaded' };
  if (!fs.existsSync(candidate)) return { path: undefined, reason: `${candidate} does not exist` };
  return { path: candidate, version };
}
