// Fetches the Electron binary with the electron package's own installer, but only when the
// download host answers within a few seconds, so an offline machine is never left waiting.
import { spawnSync } from 'node:child_process';
import https from 'node:https';
import path from 'node:path';
import { REPO } from './paths.mjs';

const PROBE_TIMEOUT_MS = 5000;
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

function downloadHost() {
  const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror;
  try {
    return new URL(mirror || 'https://github.com/').origin;
  } catch {
    return 'https://github.com';
  }
}

/** Resolves true when the download host answers an HTTPS request in time. */
export function canReachDownloadHost() {
  return new Promise((resolve) => {
    const req = https.request(downloadHost(), { method: 'HEAD', timeout: PROBE_TIMEOUT_MS }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** Runs node_modules/electron/install.js; true when it succeeded. */
export function downloadElectron() {
  console.log('Downloading the Electron binary (first start only)...');
  const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules/electron/install.js')], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  return result.status === 0;
}
