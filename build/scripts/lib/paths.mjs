// Repository paths the launch scripts share.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RENDERER_OUT = path.join(REPO, 'dist/renderer');
export const ELECTRON_OUT = path.join(REPO, 'dist-electron');
export const ELECTRON_NATIVE = path.join(REPO, '.electron-native');
