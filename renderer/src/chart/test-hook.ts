// A read-only window into the chart for the end-to-end tests (the canvas has no DOM
// nodes to click). Installed only when the page is opened with ?testHooks or when
// window.__thorlineTestHooks is set before load; never in normal use.
import type { Core } from 'cytoscape';

export interface ChartTestHook {
  nodeCount(): number;
  edgeCount(): number;
  nodeIds(): number[];
  selectedIds(): string[];
  /** Position of an entity relative to the chart container, in CSS pixels. */
  renderedPosition(entityId: number): { x: number; y: number } | null;
  nodeLabel(entityId: number): string | null;
  /** Midpoint of a drawn link relative to the chart container, in CSS pixels. */
  linkMidpoint(linkId: string): { x: number; y: number } | null;
  crossCaseIds(): number[];
  /** The font size a node's label is drawn at, in model units (the stylesheet's answer). */
  labelFontSize(entityId: number): number | null;
  zoom(): number;
  layoutRunning(): boolean;
  layoutsRun(): number;
  /** Layouts begun, including those a newer one replaced before they finished. */
  layoutsStarted(): number;
  /** Whether the view is moving (a fit or focus animation). */
  viewAnimating(): boolean;
  /** Model positions of every entity, keyed by entity id (to tell whether anything moved). */
  modelPositions(): Record<number, { x: number; y: number }>;
  /** The drawn entities and links as plain data (the chart bench redraws them with plain Cytoscape). */
  graphShape(): { nodes: { id: string; label: string }[]; edges: { source: string; target: string }[] };
  /** Milliseconds a full-chart PNG export (scale 1) takes. */
  timeExportPng(): number;
  /** The renderer drawing the chart: 'canvas' or 'webgl'. */
  renderer(): string;
  /** Entities carrying an emphasis class ('on-path', 'neighbour', 'dimmed', 'sized'). */
  entitiesWithClass(cls: string): number[];
  /** Drawn link ids carrying an emphasis class. */
  linksWithClass(cls: string): string[];
}

declare global {
  interface Window {
    __thorlineChart?: ChartTestHook;
    __thorlineTestHooks?: boolean;
  }
}

export function testHooksWanted(): boolean {
  if (typeof window === 'undefined') return false;
  return window.__thorlineTestHooks === true || new URLSearchParams(window.location.search).has('testHooks');
}

export function installTestHook(
  cy: Core,
  status: {
    running: () => boolean;
    runs: () => number;
    started: () => number;
    renderer: () => string;
  },
): () => void {
  if (!testHooksWanted()) return () => {};
  const node = (id: number) => cy.getElementById(`n${id}`);
  window.__thorlineChart = Object.freeze({
    nodeCount: () => cy.nodes().length,
    edgeCount: () => cy.edges().length,
    nodeIds: () => cy.nodes().map((n) => n.data('entityId') as number),
    selectedIds: () => cy.$(':selected').map((e) => e.id()),
    renderedPosition: (id: number) => (node(id).nonempty() ? { ...node(id).renderedPosition() } : null),
    nodeLabel: (id: number) => (node(id).nonempty() ? (node(id).data('label') as string) : null),
    linkMidpoint: (linkId: string) => {
      const edge = cy.getElementById(`e${linkId}`);
      return edge.nonempty() ? { ...edge.renderedMidpoint() } : null;
    },
    crossCaseIds: () => cy.nodes('.cross-case').map((n) => n.data('entityId') as number),
    labelFontSize: (id: number) => (node(id).nonempty() ? parseFloat(node(id).style('font-size')) : null),
    zoom: () => cy.zoom(),
    layoutRunning: status.running,
    layoutsRun: status.runs,
    layoutsStarted: status.started,
    viewAnimating: () => cy.animated(),
    modelPositions: () => {
      const out: Record<number, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        out[n.data('entityId') as number] = { ...n.position() };
      });
      return out;
    },
    renderer: status.renderer,
    graphShape: () => ({
      nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label') as string })),
      edges: cy
        .edges()
        .map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
    }),
    timeExportPng: () => {
      const started = performance.now();
      cy.png({ full: true, scale: 1, bg: '#ffffff', maxWidth: 16384, maxHeight: 16384 });
      return performance.now() - started;
    },
    entitiesWithClass: (cls: string) => cy.nodes(`.${cls}`).map((n) => n.data('entityId') as number),
    linksWithClass: (cls: string) => cy.edges(`.${cls}`).map((e) => e.data('linkId') as string),
  });
  return () => {
    delete window.__thorlineChart;
  };
}
