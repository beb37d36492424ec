// `npm start [-- --workspace FILE] [-- --browser]`: the desktop workbench. Builds the renderer
// and the Electron bundle, makes sure an Electron binary and an Electron build of
// better-sqlite3 exist, and launches Electron. Where Electron cannot be had (no binary and
// no network), it says so in one line and serves the same workbench to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { runBrowserHost } from './lib/browser-host.mjs';
import { findElectronBinary } from './lib/electron-binary.mjs';
import { canReachDownloadHost, downloadElectron } from './lib/electron-download.mjs';
import { REPO } from './lib/paths.mjs';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';
import { electronNativeIsCurrent, rebuildNativeForElectron } from './rebuild-native-for-electron.mjs';

const BROWSER_HINT =
  'starting the browser host instead — open the URL below in any browser (it carries this launch’s key).';
const args = process.argv.slice(2);
const hostArgs = args.filter((arg) => arg !== '--browser');

async function obtainElectron() {
  const found = findElectronBinary();
  if (found.path) return { path: found.path };
  if (!(await canReachDownloadHost())) {
    return { reason: 'Electron is not available on this machine (no binary and no network to fetch one)' };
  }
  downloadElectron();
  const downloaded = findElectronBinary();
  if (downloaded.path) return { path: downloaded.path };
  return { reason: `Electron is not available on this machine (the download failed: ${downloaded.reason})` };
}

async function ensureElectronNative() {
  if (electronNativeIsCurrent()) return undefined;
  console.log('Building better-sqlite3 for Electron (first start only)...');
  try {
    await rebuildNativeForElectron();
    return undefined;
  } catch (err) {
    const reason = String(err instanceof Error ? err.message : err).split('\n')[0];
    return `better-sqlite3 could not be built for Electron (${reason})`;
  }
}

function bundleElectron() {
  const result = spawnSync(process.execPath, [path.join(REPO, 'build/scripts/bundle-electron.mjs')], {
    cwd: REPO,
    stdio: 'inherit',
  });
  return result.status === 0;
}

function launchElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [REPO, ...hostArgs], { cwd: REPO, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function main() {
  if (!ensureRendererBuilt()) process.exit(1);
  if (args.includes('--browser')) return runBrowserHost(hostArgs);
  const electron = await obtainElectron();
  if (!electron.path) {
    console.log(`${electron.reason}; ${BROWSER_HINT}`);
    return runBrowserHost(hostArgs);
  }
  if (!bundleElectron()) process.exit(1);
  const nativeProblem = await ensureElectronNative();
  if (nativeProblem) {
    console.log(`${nativeProblem}; ${BROWSER_HINT}`);
    return runBrowserHost(hostArgs);
  }
  launchElectron(electron.path);
}

await main();
