// workbench:save-file: asks where to save with the system dialog, then writes atomically.
// The request comes from the renderer, so its shape is checked before anything is written.
import path from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import { z } from 'zod';
import type { SaveFileRequest, SaveFileResult } from '../../shared/contract/host';
import { WorkbenchError } from '../../shared/contract/result';
import { writeFileAtomic } from './atomic-write';

const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  mime: z.string().max(200),
  data: z.string(),
  encoding: z.enum(['base64', 'utf8']),
});

const FILTER_NAMES: Readonly<Record<string, string>> = {
  png: 'PNG image',
  svg: 'SVG image',
  csv: 'CSV file',
  json: 'JSON file',
  thorline: 'Thorline workspace',
};

export type SaveDialog = Pick<Dialog, 'showSaveDialog'>;

export interface SaveFileDeps {
  dialog: SaveDialog;
  /** The window the dialog belongs to (undefined: an unparented dialog). */
  getWindow: () => BrowserWindow | undefined;
  /** Folder the dialog opens in, e.g. the user's Documents. */
  defaultDir: () => string;
}

export function createSaveFile(deps: SaveFileDeps) {
  return async (rawRequest: unknown): Promise<SaveFileResult> => {
    const request = parseRequest(rawRequest);
    const options = dialogOptions(request, deps.defaultDir());
    const window = deps.getWindow();
    const choice = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomic(choice.filePath, Buffer.from(request.data, request.encoding));
    return { saved: true, path: choice.filePath };
  };
}

function parseRequest(raw: unknown): SaveFileRequest {
  const parsed = saveFileRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(request)').join(', ');
    throw new WorkbenchError('INVALID_INPUT', `Invalid save-file request: check ${where}.`);
  }
  return parsed.data;
}

function dialogOptions(request: SaveFileRequest, defaultDir: string): SaveDialogOptions {
  // Only the name is taken from the renderer; the folder is always the user's choice.
  const name = path.basename(request.suggestedName.replace(/\\/g, '/'));
  const extension = path.extname(name).slice(1).toLowerCase();
  const filters = extension
    ? [{ name: FILTER_NAMES[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] }]
    : [];
  return {
    defaultPath: path.join(defaultDir, name),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
