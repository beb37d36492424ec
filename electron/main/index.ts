// The desktop host (bundled to dist-electron/main.cjs): opens the workspace, serves the one
// dispatch over IPC to a single locked-down window, and pushes events to it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { EVENT_CHANNEL } from '../ipc/channels';
import { LaunchArgumentError, readLaunchOptions } from '../workspace/arguments';
import { describeStartupError, openWorkbench, type OpenWorkbench } from '../workspace/open-workbench';
import { registerIpc, registerSaveFile } from './ipc';
import { findNativeBinding } from './native-binding';
import { createSaveFile } from './save-file';
import { guardSession } from './session-guard';
import { createSenderCheck } from './trusted-sender';
import { createMainWindow, denyNavigation } from './window';

// main.cjs sits in dist-electron/, next to dist/renderer both in a checkout and in app.asar.
const APP_ROOT = path.join(__dirname, '..');
const INDEX_FILE = path.join(APP_ROOT, 'dist', 'renderer', 'index.html');
const PRELOAD_FILE = path.join(__dirname, 'preload.cjs');

// Background jobs run in worker threads; in the bundle their entry is a sibling file,
// unpacked from the asar so that a worker can load it.
const MATCHING_WORKER = path
  .join(__dirname, 'matching-worker.cjs')
  .replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
if (!process.env.THORLINE_MATCHING_WORKER && fs.existsSync(MATCHING_WORKER)) {
  process.env.THORLINE_MATCHING_WORKER = MATCHING_WORKER;
}
const IMPORT_WORKER = path
  .join(__dirname, 'import-worker.cjs')
  .replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
if (!process.env.THORLINE_IMPORT_WORKER && fs.existsSync(IMPORT_WORKER)) {
  process.env.THORLINE_IMPORT_WORKER = IMPORT_WORKER;
}

let mainWindow: BrowserWindow | undefined;
let workbench: OpenWorkbench | undefined;

app.enableSandbox();
app.on('web-contents-created', (_event, contents: WebContents) => denyNavigation(contents));

app.whenReady().then(start).catch(failToStart);

async function start(): Promise<void> {
  const launch = readLaunchOptions(process.argv);
  guardSession(session.defaultSession, path.dirname(INDEX_FILE));
  const nativeBinding = findNativeBinding({
    appRoot: APP_ROOT,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  workbench = await openWorkbench({
    workspacePath: launch.workspacePath,
    seedIfMissing: launch.isDefault,
    ...(nativeBinding ? { nativeBinding } : {}),
    emit: (event, payload) => mainWindow?.webContents.send(EVENT_CHANNEL, event, payload),
  });
  const isTrustedSender = createSenderCheck({
    windowContentsId: () => mainWindow?.webContents.id,
    appUrl: pathToFileURL(INDEX_FILE).href,
  });
  registerIpc(ipcMain, workbench.dispatch, isTrustedSender);
  registerSaveFile(
    ipcMain,
    createSaveFile({ dialog, getWindow: () => mainWindow, defaultDir: () => app.getPath('documents') }),
    isTrustedSender,
  );
  mainWindow = createMainWindow(BrowserWindow, { preloadPath: PRELOAD_FILE, indexFile: INDEX_FILE });
  mainWindow.on('closed', () => (mainWindow = undefined));
  console.log(`Thorline desktop: workspace ${workbench.workspacePath}`);
}

app.on('window-all-closed', () => {
  workbench?.close();
  workbench = undefined;
  app.quit();
});

function failToStart(err: unknown): void {
  const message = describeStartupError(err);
  const line = err instanceof LaunchArgumentError ? message : `Thorline could not start: ${message}`;
  console.error(line);
  if (!process.env.CI) dialog.showErrorBox('Thorline could not start', message);
  app.exit(1);
}
