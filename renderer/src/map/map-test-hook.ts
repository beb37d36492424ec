// A read-only window into the map for the end-to-end tests (the canvas has no DOM nodes):
// each drawn entity's latitude and longitude, the state its point lies in by the bundled
// outlines, its model and on-screen positions, and where the projection puts its place.
// Installed only with ?testHooks, like the chart's.
import { testHooksWanted } from '../chart/test-hook';
import type { MapController } from './map-controller';
import type { MapNode } from './map-elements';
import { PROJECTION, stateAt } from './outlines';

export interface MapTestNode extends MapNode {
  /** The outline the point lies in, by point-in-polygon on the bundled outlines. */
  stateByOutline: string | null;
  /** The projection of the place (before fanning out). */
  projected: [number, number];
  rendered: { x: number; y: number };
  /** How far (CSS pixels) the drawn disc is fanned out from its place. */
  fanPx: number;
}

export interface MapTestHook {
  ready(): boolean;
  nodes(): MapTestNode[];
  flowCount(): number;
  selectedIds(): number[];
  unplacedIds(): number[];
  zoomTo(bounds: [number, number, number, number]): void;
}

declare global {
  interface Window {
    __thorlineMap?: MapTestHook;
  }
}

export function installMapTestHook(
  get: () => { controller: MapController | null; nodes: MapNode[]; unplaced: number[] },
) {
  if (!testHooksWanted()) return () => {};
  window.__thorlineMap = Object.freeze({
    ready: () => get().controller !== null && get().nodes.length > 0,
    nodes: () =>
      get().nodes.map((n) => {
        const el = get().controller!.cy.getElementById(`n${n.entityId}`);
        const c = get().controller!.cy;
        const [px, py] = PROJECTION.project(n.lon, n.lat);
        const at = { x: px * c.zoom() + c.pan().x, y: py * c.zoom() + c.pan().y };
        const rendered = el.renderedPosition();
        return {
          ...n,
          fanPx: Math.hypot(rendered.x - at.x, rendered.y - at.y),
          stateByOutline: stateAt(n.lon, n.lat),
          projected: PROJECTION.project(n.lon, n.lat),
          rendered: { ...rendered },
        };
      }),
    flowCount: () => get().controller?.cy.edges('.flow').length ?? 0,
    selectedIds: () =>
      get()
        .controller?.cy.$('node:selected')
        .map((n) => n.data('entityId') as number) ?? [],
    unplacedIds: () => get().unplaced,
    zoomTo: (b: [number, number, number, number]) => get().controller?.zoomTo(b),
  });
  return () => {
    delete window.__thorlineMap;
  };
}
