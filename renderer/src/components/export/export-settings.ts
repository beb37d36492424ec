// The export dialog's choices, remembered between exports (and sessions) in local storage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Extent } from '../../chart/export/scene';
import type { Orientation, Paper } from '../../chart/export/page';

export type ImageFormat = 'png' | 'svg';
export type SizeMode = 'scale' | 'pixels' | 'page';

export interface ExportSettings {
  format: ImageFormat;
  extent: Extent;
  background: 'white' | 'transparent';
  sizeMode: SizeMode;
  scale: number;
  pixelWidth: number;
  paper: Paper;
  orientation: Orientation;
  dpi: number;
  title: string;
  analyst: string;
  caveat: string;
  showDate: boolean;
  showScale: boolean;
  showLegend: boolean;
  reportPaper: 'letter' | 'a4';
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  format: 'png',
  extent: 'full',
  background: 'white',
  sizeMode: 'scale',
  scale: 2,
  pixelWidth: 4000,
  paper: 'letter',
  orientation: 'landscape',
  dpi: 300,
  title: '',
  analyst: '',
  caveat: '',
  showDate: false,
  showScale: false,
  showLegend: false,
  reportPaper: 'letter',
};

interface Store extends ExportSettings {
  set(patch: Partial<ExportSettings>): void;
}

export const useExportSettings = create<Store>()(
  persist((set) => ({ ...DEFAULT_EXPORT_SETTINGS, set: (patch) => set(patch) }), {
    name: 'thorline.export-settings',
    version: 1,
    partialize: ({ set: _set, ...settings }) => settings,
  }),
);
