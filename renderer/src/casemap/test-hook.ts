// A read-only window into the case map for the end-to-end tests (it draws on a canvas),
// installed only with ?testHooks, like the chart's hook.
import type { Core } from 'cytoscape';
import { testHooksWanted } from '../chart/test-hook';
import { caseKey, pairKey } from './elements';

export interface CaseMapTestHook {
  caseIds(): number[];
  linkCount(): number;
  laidOut(): boolean;
  /** A case's position relative to the container, in CSS pixels. */
  casePosition(caseId: number): { x: number; y: number } | null;
  /** A connection's midpoint relative to the container, in CSS pixels. */
  linkMidpoint(caseA: number, caseB: number): { x: number; y: number } | null;
  /** The box around the given cases relative to the container, in CSS pixels. */
  boxOf(caseIds: number[]): { x1: number; y1: number; x2: number; y2: number };
}

declare global {
  interface Window {
    __thorlineCaseMap?: CaseMapTestHook;
  }
}

export function installCaseMapHook(cy: Core, laidOut: () => boolean): () => void {
  if (!testHooksWanted()) return () => {};
  window.__thorlineCaseMap = Object.freeze({
    caseIds: () => cy.nodes().map((n) => n.data('caseId') as number),
    linkCount: () => cy.edges().length,
    laidOut,
    casePosition: (id: number) => {
      const n = cy.getElementById(caseKey(id));
      return n.nonempty() ? { ...n.renderedPosition() } : null;
    },
    linkMidpoint: (a: number, b: number) => {
      const e = cy.getElementById(pairKey(a, b));
      return e.nonempty() ? { ...e.renderedMidpoint() } : null;
    },
    boxOf: (ids: number[]) => {
      const wanted = new Set(ids);
      const box = cy
        .nodes()
        .filter((n) => wanted.has(n.data('caseId') as number))
        .renderedBoundingBox({});
      return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
    },
  });
  return () => {
    delete window.__thorlineCaseMap;
  };
}
