// The live map, for the toolbar's export and the test hook: set by the map view while it
// is shown, null otherwise.
import { create } from 'zustand';
import type { MapController } from './map-controller';
import type { MapNode } from './map-elements';

interface MapHandle {
  controller: MapController | null;
  nodes: MapNode[];
  unplaced: number[];
  set(part: Partial<Pick<MapHandle, 'controller' | 'nodes' | 'unplaced'>>): void;
}

export const useMapHandle = create<MapHandle>((set) => ({
  controller: null,
  nodes: [],
  unplaced: [],
  set: (part) => set(part),
}));
