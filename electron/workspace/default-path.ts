// Where a workspace lives when the analyst does not name one: the per-user data folder
// that each operating system expects applications to use.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Thorline';
export const DEFAULT_WORKSPACE_FILE = 'workspace.thorline';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
}

function currentPlatform(): PlatformInfo {
  return { platform: process.platform, env: process.env, homedir: os.homedir() };
}

/** The per-user data folder: XDG on Linux, Application Support on macOS, %APPDATA% on Windows. */
export function userDataDir(info: PlatformInfo = currentPlatform()): string {
  const { platform, env, homedir } = info;
  if (platform === 'win32') {
    return env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  return env.XDG_DATA_HOME || path.posix.join(homedir, '.local', 'share');
}

export function defaultWorkspacePath(info: PlatformInfo = currentPlatform()): string {
  const join = info.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(userDataDir(info), APP_FOLDER, DEFAULT_WORKSPACE_FILE);
}
