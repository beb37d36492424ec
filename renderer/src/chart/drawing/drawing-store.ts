// The drawing choice the settings show and the analyst may override. The override is kept
// in this browser's local storage (a preference of this machine, not of the workspace).
import { create } from 'zustand';
import type { RendererChoice, RendererOverride } from './renderer-choice';

const KEY = 'thorline.drawing.renderer';

function storedOverride(): RendererOverride {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'canvas' || v === 'webgl' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

interface DrawingState {
  override: RendererOverride;
  /** What draws the chart now, and why (set by the chart controller). */
  current: RendererChoice | null;
  setOverride(override: RendererOverride): void;
  setCurrent(choice: RendererChoice): void;
}

export const useDrawing = create<DrawingState>((set) => ({
  override: storedOverride(),
  current: null,
  setOverride: (override) => {
    try {
      globalThis.localStorage?.setItem(KEY, override);
    } catch {
      // Not kept across launches; still applies now.
    }
    set({ override });
  },
  setCurrent: (current) => set({ current }),
}));
