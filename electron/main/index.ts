// The desktop host (bundled to dist-electron/main.cjs). Main owns the windows, menus and
// dialogs and routes messages: the workspace itself (dispatch, queries, jobs) lives in the
// store worker thread, and the renderer is served from app://thorline/ to one locked-down window.
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  type WebContents,
} from 'electron';
import { WorkbenchError } from '../../shared/contract/result';
import { EVENT_CHANNEL } from '../ipc/channels';
import { LaunchArgumentError, readLaunchOptions } from '../workspace/arguments';
import { workspaceFileArgument } from '../workspace/file-argument';
import { describeStartupError } from '../workspace/startup-error';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { Desktop } from './desktop';
import { registerIpc, registerSaveFile } from './ipc';
import { findNativeBinding } from './native-binding';
import { createSaveFile } from './save-file';
import { guardSession } from './session-guard';
import { StoreHost } from './store-host';
import { desktopWorkspaces } from './training-workspaces';
import { TRAINING_FILE, withTrainingCalls } from '../workspace/training-host';
import { createSenderCheck } from './trusted-sender';
import { createMainWindow, denyNavigation } from './window';
import { readWindowState, rememberWindowState } from './window-state';

// main.cjs sits in dist-electron/, next to dist/renderer both in a checkout and in app.asar.
const APP_ROOT = path.join(__dirname, '..');
const RENDERER_DIR = path.join(APP_ROOT, 'dist', 'renderer');
const PRELOAD_FILE = path.join(__dirname, 'preload.cjs');

/** Worker threads load their files from outside the asar. */
function unpacked(file: string): string {
  return path.join(__dirname, file).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

let mainWindow: BrowserWindow | undefined;
let desktop: Desktop | undefined;
/** A file the OS asked to open (macOS open-file) before the app was ready. */
let fileFromOs: string | undefined;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Another Thorline is running: it receives this launch's arguments (second-instance) and
  // focuses its window or opens the file; this one ends quietly.
  app.quit();
} else {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents: WebContents) => {
    denyNavigation(contents);
    if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
  });
  app.on('second-instance', (_event, argv, cwd) => void desktop?.secondInstance(argv, cwd));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (desktop) void desktop.openPath(file);
    else fileFromOs = file;
  });
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  const launch = readLaunchOptions(process.argv);
  const fromArgs = launch.isDefault ? workspaceFileArgument(process.argv.slice(1), process.cwd()) : undefined;
  const workspacePath = fileFromOs ?? fromArgs ?? launch.workspacePath;
  if (workspacePath !== launch.workspacePath && !fs.existsSync(workspacePath)) {
    // A file named by the OS or a plain argument is opened, never created.
    throw new WorkbenchError('NOT_FOUND', `${workspacePath} does not exist. Nothing was created.`);
  }
  guardSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
  const nativeBinding = findNativeBinding({
    appRoot: APP_ROOT,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  const store = new StoreHost({
    workerFile: unpacked('store-worker.cjs'),
    jobWorkers: {
      'matching-worker': unpacked('matching-worker.cjs'),
      'import-worker': unpacked('import-worker.cjs'),
      'structure-worker': unpacked('structure-worker.cjs'),
      'indicators-worker': unpacked('indicators-worker.cjs'),
    },
    allowEnvOverride: !app.isPackaged,
    ...(nativeBinding ? { nativeBinding } : {}),
    onEvent: (event, payload) => mainWindow?.webContents.send(EVENT_CHANNEL, event, payload),
    onCrash: (message, restarted) => void desktop?.crashed(message, restarted),
  });
  const opened = await store.open(workspacePath, workspacePath === launch.workspacePath && launch.isDefault);
  desktop = new Desktop({
    store,
    dialog,
    setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    addRecentDocument: (file) => app.addRecentDocument(file),
    window: () => mainWindow,
    userData: app.getPath('userData'),
    documents: app.getPath('documents'),
    platform: process.platform,
    developer: !app.isPackaged,
  });
  const isTrustedSender = createSenderCheck({
    windowContentsId: () => mainWindow?.webContents.id,
    appUrl: APP_INDEX_URL,
  });
  const workspaces = desktopWorkspaces(store, (opened) => desktop?.opened(opened));
  const calls = withTrainingCalls((name, input) => store.call(name, input), workspaces, {
    trainingPath: path.join(app.getPath('userData'), TRAINING_FILE),
    homePath: opened.workspacePath,
  });
  registerIpc(ipcMain, calls, isTrustedSender);
  registerSaveFile(
    ipcMain,
    createSaveFile({ dialog, getWindow: () => mainWindow, defaultDir: () => app.getPath('documents') }),
    isTrustedSender,
  );
  openWindow();
  await desktop.opened(opened);
  app.on('window-all-closed', () => void store.close().finally(() => app.quit()));
  console.log(`Thorline desktop: workspace ${opened.workspacePath}`);
}

function openWindow(): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = readWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  mainWindow = createMainWindow(BrowserWindow, {
    preloadPath: PRELOAD_FILE,
    url: APP_INDEX_URL,
    bounds: state.bounds,
    maximized: state.maximized,
    devTools: !app.isPackaged,
  });
  rememberWindowState(mainWindow, stateFile);
  mainWindow.on('closed', () => (mainWindow = undefined));
}

function failToStart(err: unknown): void {
  const message = describeStartupError(err);
  const line = err instanceof LaunchArgumentError ? message : `Thorline could not start: ${message}`;
  console.error(line);
  if (!process.env.CI) dialog.showErrorBox('Thorline could not start', message);
  app.exit(1);
}
