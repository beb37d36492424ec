// Remembers the window's size and position between launches in a small JSON file in the
// user data folder, written atomically. A saved position that no display shows any more
// (a monitor unplugged) is dropped, so the window never opens off-screen.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { WindowBounds } from './window';

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1440, height: 900 }, maximized: false };
const MIN = { width: 1024, height: 640 };

/** The saved state, or the default when the file is missing or not understood. */
export function readWindowState(file: string, displays: readonly Area[]): WindowState {
  let saved: unknown;
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const s = saved as { bounds?: Partial<Area>; maximized?: unknown };
  const { width, height, x, y } = s.bounds ?? {};
  if (!isCount(width) || !isCount(height)) return DEFAULT_WINDOW_STATE;
  const bounds: WindowBounds = { width: Math.max(width, MIN.width), height: Math.max(height, MIN.height) };
  if (isInt(x) && isInt(y) && displays.some((d) => overlaps({ x, y, width, height }, d))) {
    bounds.x = x;
    bounds.y = y;
  }
  return { bounds, maximized: s.maximized === true };
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Enough of a BrowserWindow to read where it is. */
export interface MeasuredWindow {
  getNormalBounds(): Area;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the window's normal (unmaximised) bounds when it closes. */
export function rememberWindowState(window: MeasuredWindow, file: string): void {
  window.on('close', () => {
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    saveWindowState(file, state).catch((err: unknown) =>
      console.error(`Thorline could not save the window position: ${String(err)}`),
    );
  });
}

function overlaps(a: Area, b: Area): boolean {
  // At least a 100-pixel corner of the title bar must be on the display.
  return a.x + 100 <= b.x + b.width && a.x + a.width >= b.x + 100 && a.y >= b.y && a.y + 40 <= b.y + b.height;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100_000;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;
}
