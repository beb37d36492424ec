// workbench:save-file: the file lands whole at the path the user chose, nothing is written
// on cancel, and a malformed request writes nothing.
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { writeFileAtomic } from '../../electron/main/atomic-write';
import { createSaveFile, type SaveDialog } from '../../electron/main/save-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-save-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);
const window = { id: 'main window' } as unknown as BrowserWindow;

function saverChoosing(choice: SaveDialogReturnValue) {
  const seen: SaveDialogOptions[] = [];
  const dialog = {
    showSaveDialog: vi.fn(async (_win: BrowserWindow, options: SaveDialogOptions) => {
      seen.push(options);
      return choice;
    }),
  } as unknown as SaveDialog;
  return {
    save: createSaveFile({ dialog, getWindow: () => window, defaultDir: () => '/home/ana/Documents' }),
    seen,
    dialog,
  };
}

const pngRequest = {
  suggestedName: 'chart.png',
  mime: 'image/png',
  data: PNG_BYTES.toString('base64'),
  encoding: 'base64',
};

describe('save file', () => {
  it('writes the decoded bytes to the chosen path, replacing an old file whole', async () => {
    const target = path.join(dir, 'chosen.png');
    fs.writeFileSync(target, 'an older export');
    const rename = vi.spyOn(fsPromises, 'rename');
    const { save, seen } = saverChoosing({ canceled: false, filePath: target });
    await expect(save(pngRequest)).resolves.toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target)).toEqual(PNG_BYTES);
    // Written beside the target under another name, then renamed over it.
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] ?? [];
    expect(path.dirname(String(from))).toBe(dir);
    expect(String(from)).not.toBe(target);
    expect(to).toBe(target);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    rename.mockRestore();
    expect(seen[0]).toMatchObject({
      defaultPath: path.join('/home/ana/Documents', 'chart.png'),
      filters: [{ name: 'PNG image', extensions: ['png'] }],
    });
  });

  it('writes text as UTF-8', async () => {
    const target = path.join(dir, 'chart.svg');
    const { save } = saverChoosing({ canceled: false, filePath: target });
    await save({
      suggestedName: 'chart.svg',
      mime: 'image/svg+xml',
      data: '<svg>Jos\u00e9</svg>',
      encoding: 'utf8',
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('<svg>Jos\u00e9</svg>');
  });

  it('returns {saved:false} and writes nothing when the user cancels', async () => {
    const before = fs.readdirSync(dir);
    const { save } = saverChoosing({ canceled: true, filePath: '' });
    await expect(save(pngRequest)).resolves.toEqual({ saved: false });
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('takes only the file name from the suggestion, never a folder', async () => {
    const { save, seen } = saverChoosing({ canceled: true, filePath: '' });
    await save({ ...pngRequest, suggestedName: '../../etc/cron.d/chart.png' });
    expect(seen[0]?.defaultPath).toBe(path.join('/home/ana/Documents', 'chart.png'));
  });

  it('refuses a malformed request before opening the dialog', async () => {
    const { save, dialog } = saverChoosing({ canceled: false, filePath: path.join(dir, 'x.png') });
    await expect(save({ suggestedName: 'x.png', data: 42 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('leaves no temporary file behind when the write fails', async () => {
    const missingFolder = path.join(dir, 'no-such-folder', 'chart.png');
    await expect(writeFileAtomic(missingFolder, 'x')).rejects.toThrow();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
