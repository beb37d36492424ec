// The preload script (sandboxed, bundled to dist-electron/preload.cjs): exposes window.workbench.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './bridge';

exposeBridge(contextBridge, ipcRenderer);
