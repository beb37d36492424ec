// The native menus: File (New workspace, Open…, Open Recent, Save a Copy As…, Close) with the
// usual accelerators, Edit, View and Window. The template is built from plain data so it can
// be checked without Electron.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newWorkspace(): void;
  open(): void;
  openRecent(workspacePath: string): void;
  clearRecent(): void;
  saveCopy(): void;
  close(): void;
}

export interface MenuContext {
  recent: readonly string[];
  platform: NodeJS.Platform;
  /** DevTools and reload only in development builds. */
  developer: boolean;
}

export function menuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    fileMenu(actions, context, mac),
    { role: 'editMenu' },
    viewMenu(context.developer),
    { role: 'windowMenu' },
  ];
}

function fileMenu(actions: MenuActions, context: MenuContext, mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: 'Open Recent', submenu: recentMenu(actions, context.recent) },
      { type: 'separator' },
      { label: 'Save a Copy As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => actions.close() },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
}

function recentMenu(actions: MenuActions, recent: readonly string[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent workspaces', enabled: false }];
  return [
    ...recent.map((p) => ({ label: p, click: () => actions.openRecent(p) })),
    { type: 'separator' as const },
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

function viewMenu(developer: boolean): MenuItemConstructorOptions {
  return {
    label: '&View',
    submenu: [
      ...(developer
        ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}
