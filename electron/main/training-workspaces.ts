// The desktop's open workspace as the training calls see it: the store worker opens the
// training file (seeding it when missing), and the window title and recent list follow.
import type { SwitchableWorkspace } from '../workspace/training-host';
import type { OpenedStore, StoreHost } from './store-host';

export function desktopWorkspaces(
  store: Pick<StoreHost, 'open' | 'close' | 'opened'>,
  onOpened: (opened: OpenedStore) => unknown,
): SwitchableWorkspace {
  let lastPath = store.opened?.workspacePath ?? '';
  return {
    current: () => (lastPath = store.opened?.workspacePath ?? lastPath),
    close: () => store.close(),
    // store.open starts the new worker before stopping the old one, so a file that cannot
    // be opened leaves the previous workspace open; after a close, it is reopened here.
    switchTo: async (workspacePath, options = {}) => {
      const previous = lastPath;
      try {
        const opened = await store.open(workspacePath, options.seedIfMissing ?? false);
        lastPath = opened.workspacePath;
        await onOpened(opened);
      } catch (err) {
        if (!store.opened && previous && previous !== workspacePath) await store.open(previous);
        throw err;
      }
    },
  };
}
