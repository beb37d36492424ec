// The desktop's workspace handling: which workspace the window shows, the File menu's
// actions, a second launch or an OS "open file", and the native dialogs that answer bad
// input. A file that cannot be opened leaves the open workspace as it was; nothing is overwritten.
import fs from 'node:fs';
import path from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { WorkbenchError } from '../../shared/contract/result';
import { WORKSPACE_EXTENSION, workspaceFileArgument } from '../workspace/file-argument';
import { describeStartupError } from '../workspace/startup-error';
import { menuTemplate, type MenuActions } from './app-menu';
import { addRecent, clearRecent, readRecent } from './recent-workspaces';
import type { OpenedStore, StoreHost } from './store-host';
import { WINDOW_TITLE, windowTitle } from './window';

export interface DesktopDeps {
  store: Pick<StoreHost, 'open' | 'saveCopy' | 'opened'>;
  dialog: Pick<Dialog, 'showMessageBox' | 'showOpenDialog' | 'showSaveDialog'>;
  /** Builds and installs the application menu. */
  setMenu(template: MenuItemConstructorOptions[]): void;
  addRecentDocument(workspacePath: string): void;
  window(): BrowserWindow | undefined;
  userData: string;
  documents: string;
  platform: NodeJS.Platform;
  developer: boolean;
}

const FILTERS = [{ name: 'Thorline workspace', extensions: [WORKSPACE_EXTENSION.slice(1)] }];

export class Desktop {
  private recent: string[];
  private readonly recentFile: string;

  constructor(private readonly deps: DesktopDeps) {
    this.recentFile = path.join(deps.userData, 'recent-workspaces.json');
    this.recent = readRecent(this.recentFile);
  }

  readonly actions: MenuActions = {
    newWorkspace: () => void this.newWorkspace(),
    open: () => void this.openWithDialog(),
    openRecent: (p) => void this.openPath(p),
    clearRecent: () => void this.clearRecent(),
    saveCopy: () => void this.saveCopy(),
    close: () => this.deps.window()?.close(),
  };

  /** Title, recent list and menu for the workspace just opened. */
  async opened(store: OpenedStore): Promise<void> {
    this.deps.window()?.setTitle(this.title(store));
    this.deps.addRecentDocument(store.workspacePath);
    try {
      this.recent = await addRecent(this.recentFile, store.workspacePath);
    } catch (err) {
      console.error(`Thorline could not save the recent list: ${String(err)}`);
    }
    this.refreshMenu();
  }

  title(store: OpenedStore | undefined = this.deps.store.opened): string {
    const base = windowTitle(store?.workspacePath);
    return store?.readOnly ? `${base} (read-only)` : base;
  }

  refreshMenu(): void {
    const recent = this.recent.filter((p) => fs.existsSync(p));
    this.deps.setMenu(
      menuTemplate(this.actions, { recent, platform: this.deps.platform, developer: this.deps.developer }),
    );
  }

  /** Opens an existing workspace in the window; answers with a dialog when it cannot. */
  async openPath(workspacePath: string): Promise<boolean> {
    if (!fs.existsSync(workspacePath)) {
      await this.refuse(`${path.basename(workspacePath)} was not found.`, `${workspacePath} does not exist.`);
      return false;
    }
    return this.switchTo(workspacePath);
  }

  async openWithDialog(): Promise<void> {
    const options: OpenDialogOptions = {
      title: 'Open workspace',
      defaultPath: this.deps.documents,
      filters: FILTERS,
      properties: ['openFile'],
    };
    const window = this.deps.window();
    const { dialog } = this.deps;
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const [file] = choice.filePaths;
    if (!choice.canceled && file) await this.openPath(file);
  }

  async newWorkspace(): Promise<void> {
    const target = await this.askTarget('New workspace', 'Untitled.thorline');
    if (!target) return;
    if (fs.existsSync(target)) {
      await this.refuse(
        `${path.basename(target)} already exists.`,
        'A new workspace never replaces a file. Choose a name that is not taken, or open the existing file.',
      );
      return;
    }
    await this.switchTo(target);
  }

  async saveCopy(): Promise<void> {
    const current = this.deps.store.opened;
    if (!current) return;
    const name = `${path.basename(current.workspacePath, WORKSPACE_EXTENSION)} copy${WORKSPACE_EXTENSION}`;
    const target = await this.askTarget('Save a copy of the workspace', name);
    if (!target) return;
    const result = await this.deps.store.saveCopy(target);
    if (!result.ok)
      await this.refuse('The copy was not saved.', `${result.error.code}: ${result.error.message}`);
  }

  /** A second launch: bring the window forward, and open the file it names, if any. */
  async secondInstance(argv: readonly string[], cwd: string): Promise<void> {
    const window = this.deps.window();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const file = workspaceFileArgument(argv.slice(1), cwd);
    if (file && file !== this.deps.store.opened?.workspacePath) await this.openPath(file);
  }

  /** The workspace process died; it has been restarted (or could not be). */
  async crashed(message: string, restarted: boolean): Promise<void> {
    const detail = restarted
      ? `${message}\n\nIt was restarted and the workspace reopened. Changes are saved as they are made; a change that was in progress may need to be made again.`
      : `${message}\n\nThe workspace file is as it was after the last saved change. Open it again from the File menu, or restart Thorline.`;
    await this.show({
      type: 'warning',
      title: WINDOW_TITLE,
      message: 'The workspace process stopped.',
      detail,
    });
    this.deps.window()?.setTitle(this.title());
  }

  private async switchTo(workspacePath: string): Promise<boolean> {
    try {
      const store = await this.deps.store.open(workspacePath);
      await this.opened(store);
      this.deps.window()?.webContents.reload();
      return true;
    } catch (err) {
      const code = err instanceof WorkbenchError ? `${err.code}: ` : '';
      await this.refuse(
        `${path.basename(workspacePath)} could not be opened.`,
        `${code}${describeStartupError(err)}\n\nThe workspace that was open stays open.`,
      );
      return false;
    }
  }

  private async askTarget(title: string, name: string): Promise<string | undefined> {
    const options: SaveDialogOptions = {
      title,
      defaultPath: path.join(this.deps.documents, name),
      filters: FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = this.deps.window();
    const { dialog } = this.deps;
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return undefined;
    const file = choice.filePath;
    return file.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? file : `${file}${WORKSPACE_EXTENSION}`;
  }

  private async clearRecent(): Promise<void> {
    this.recent = [];
    await clearRecent(this.recentFile).catch(() => undefined);
    this.refreshMenu();
  }

  private refuse(message: string, detail: string) {
    return this.show({ type: 'error', title: WINDOW_TITLE, message, detail });
  }

  /** Dialogs belong to the window when there is one. */
  private async show(options: MessageBoxOptions): Promise<void> {
    const window = this.deps.window();
    if (window) await this.deps.dialog.showMessageBox(window, options);
    else await this.deps.dialog.showMessageBox(options);
  }
}
