// The three IPC channels between the preload and the main process. Nothing else crosses.
export const CALL_CHANNEL = 'workbench:call';
export const EVENT_CHANNEL = 'workbench:event';
export const SAVE_FILE_CHANNEL = 'workbench:save-file';
