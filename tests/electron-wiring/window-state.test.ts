// The remembered window: read back as saved, never below the minimum size, never off every
// display, and the defaults when the file is missing or not understood.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, readWindowState, saveWindowState } from '../../electron/main/window-state';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-window-state-'));
const file = path.join(dir, 'window-state.json');
const display = { x: 0, y: 0, width: 1920, height: 1080 };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('reads back what was saved', async () => {
    await saveWindowState(file, { bounds: { x: 100, y: 50, width: 1300, height: 850 }, maximized: true });
    expect(readWindowState(file, [display])).toEqual({
      bounds: { x: 100, y: 50, width: 1300, height: 850 },
      maximized: true,
    });
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('drops a position no display shows any more, and keeps the size', async () => {
    await saveWindowState(file, { bounds: { x: 2500, y: 100, width: 1300, height: 850 }, maximized: false });
    expect(readWindowState(file, [display]).bounds).toEqual({ width: 1300, height: 850 });
    const second = { x: 1920, y: 0, width: 1920, height: 1080 };
    expect(readWindowState(file, [display, second]).bounds).toMatchObject({ x: 2500, y: 100 });
  });

  it('keeps the minimum size and falls back to the defaults on a missing or broken file', async () => {
    await saveWindowState(file, { bounds: { width: 300, height: 200 }, maximized: false });
    expect(readWindowState(file, [display]).bounds).toEqual({ width: 1024, height: 640 });
    fs.writeFileSync(file, '{"bounds": {"width": "wide"}}');
    expect(readWindowState(file, [display])).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, 'not json');
    expect(readWindowState(file, [display])).toEqual(DEFAULT_WINDOW_STATE);
    expect(readWindowState(path.join(dir, 'missing.json'), [display])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
