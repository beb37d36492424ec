// A read-only window into the chart for the end-to-end tests (the canvas has no DOM
// nodes to click). Installed only when the page is opened with ?testHooks or when
// window.__thorlineTestHooks is set before load; never in normal use.
import type { Core } from 'cytoscape';
import { declutterLabels, drawnLabels, labelBox } from './label-overlap';

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
  /** An entity's drawn fill colour and width (the analyst's own look included). */
  nodeLook(entityId: number): { colour: string; width: number } | null;
  labelFontSize(entityId: number): number | null;
  zoom(): number;
  layoutRunning(): boolean;
  layoutsRun(): number;
  /** Layouts begun, including those a newer one replaced before they finished. */
  layoutsStarted(): number;
  /** Whether the view is moving (a fit or focus animation). */
  viewAnimating(): boolean;
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
  /** Entities drawn now: not hidden and not inside a collapsed group. */
  visibleNodeIds(): number[];
  /** Entities locked in place by a pin. */
  pinnedIds(): number[];
  /** An entity's position in model coordinates (layouts move it there). */
  modelPosition(entityId: number): { x: number; y: number } | null;
  /** Groups drawn: as a box of members (the members listed) or collapsed into one node. */
  groups(): { groupId: string; label: string; collapsed: boolean; members: number[] }[];
  /** A group's box or collapsed node relative to the chart container, in CSS pixels. */
  groupPosition(groupId: string): { x: number; y: number } | null;
  /** Links drawn from a collapsed group: their ends (node keys) and labels. */
  aggregatedLinks(): { source: string; target: string; label: string }[];
  /** Entities drawn (not hidden by a filter) and those a filter hides or dims. */
  visibleNodeCount(): number;
  filteredIds(): number[];
  /** Boxes (model units) of the labels drawn, after the de-overlap pass. */
  shownLabelBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[];
  /** Runs the label de-overlap pass now; answers how long it took, in ms (a figure to print). */
  declutterNow(): number;
  /** The line style a drawn link is drawn with ('solid', 'dashed', 'dotted'), or null. */
  linkLineStyle(linkId: string): string | null;
  /** Every entity's exact model position, keyed by entity id (saved charts, undo). */
  modelPositions(): Record<string, { x: number; y: number }>;
  pan(): { x: number; y: number };
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
    nodeLook: (id: number) =>
      node(id).nonempty()
        ? { colour: node(id).style('background-color') as string, width: node(id).width() }
        : null,
    labelFontSize: (id: number) => (node(id).nonempty() ? parseFloat(node(id).style('font-size')) : null),
    zoom: () => cy.zoom(),
    layoutRunning: status.running,
    layoutsRun: status.runs,
    layoutsStarted: status.started,
    viewAnimating: () => cy.animated(),
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
    visibleNodeIds: () =>
      cy
        .nodes('.entity')
        .filter((n) => n.visible())
        .map((n) => n.data('entityId') as number),
    pinnedIds: () => cy.nodes('.entity.pinned').map((n) => n.data('entityId') as number),
    modelPosition: (id: number) => (node(id).nonempty() ? { ...node(id).position() } : null),
    groups: () =>
      cy.nodes('.chart-box, .chart-collapsed').map((g) => ({
        groupId: g.data('groupId') as string,
        label: g.data('label') as string,
        collapsed: g.hasClass('chart-collapsed'),
        members: g.children().map((n) => n.data('entityId') as number),
      })),
    groupPosition: (groupId: string) => {
      const g = cy.nodes(`.chart-box, .chart-collapsed`).filter((n) => n.data('groupId') === groupId);
      return g.nonempty() ? { ...g.renderedPosition() } : null;
    },
    aggregatedLinks: () =>
      cy.edges('.chart-aggregate').map((e) => ({
        source: e.data('source') as string,
        target: e.data('target') as string,
        label: e.data('label') as string,
      })),
    visibleNodeCount: () => cy.nodes(':visible').length,
    filteredIds: () => cy.nodes('.filtered').map((n) => n.data('entityId') as number),
    shownLabelBoxes: () =>
      drawnLabels(cy)
        .filter((el) => !el.hasClass('label-hidden'))
        .map((el) => {
          const b = labelBox(el);
          return { id: el.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: b.w };
        })
        .filter((b) => b.w > 0)
        .map(({ id, x1, y1, x2, y2 }) => ({ id, x1, y1, x2, y2 })),
    declutterNow: () => {
      const start = performance.now();
      declutterLabels(cy);
      return performance.now() - start;
    },
    linkLineStyle: (linkId: string) => {
      const edge = cy.getElementById(`e${linkId}`);
      return edge.nonempty() ? (edge.style('line-style') as string) : null;
    },
    modelPositions: () =>
      Object.fromEntries(cy.nodes().map((n) => [String(n.data('entityId')), { ...n.position() }])),
    pan: () => ({ ...cy.pan() }),
  });
  return () => {
    delete window.__thorlineChart;
  };
}
