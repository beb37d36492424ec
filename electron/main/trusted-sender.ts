// Decides whether an IPC message comes from the app itself: the main window's web contents,
// its top frame (not an embedded frame), showing the app's own page.
import type { IpcMainInvokeEvent } from 'electron';
import type { SenderCheck } from './ipc';

export interface TrustedSenderOptions {
  /** The main window's webContents id, or undefined before it exists. */
  windowContentsId: () => number | undefined;
  /** file:// URL of dist/renderer/index.html. */
  appUrl: string;
}

export function createSenderCheck(options: TrustedSenderOptions): SenderCheck {
  const appPage = withoutQueryOrHash(options.appUrl);
  return (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const id = options.windowContentsId();
    if (id === undefined || event.sender.id !== id) return false;
    return withoutQueryOrHash(frame.url) === appPage;
  };
}

function withoutQueryOrHash(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return '';
  }
}
