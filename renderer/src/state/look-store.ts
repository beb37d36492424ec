// How the workbench looks: the light or dark theme (remembered in this browser profile)
// and whether presenter view is on (never remembered: a reload comes back to work).
import { create } from 'zustand';

export type Theme = 'light' | 'dark';
const KEY = 'thorline.theme';

function savedTheme(): Theme {
  try {
    return localStorage.getItem(KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

interface LookState {
  theme: Theme;
  presenting: boolean;
  setTheme(theme: Theme): void;
  setPresenting(presenting: boolean): void;
}

export const useLook = create<LookState>((set) => ({
  theme: savedTheme(),
  presenting: false,
  setTheme: (theme) => {
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Storage off: the theme lasts until the page closes.
    }
    set({ theme });
  },
  setPresenting: (presenting) => set({ presenting }),
}));
