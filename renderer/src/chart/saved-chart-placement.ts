// The chart-side half of saved charts and undo: exact positions and viewport read off the
// chart, a chart put back exactly as given (no layout run), and the analyst's drags
// reported once per drag with where the entities were and where they went. Positions are
// model coordinates keyed by entity id, exactly as the chart document holds them.
import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { nodeKey } from './elements';

export type EntityPositions = Record<string, { x: number; y: number }>;
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}
export interface Move {
  /** Entity ids moved, with where they stood before the drag and after it. */
  ids: number[];
  /** Their labels, in the same order (the history names a move of one entity). */
  labels: string[];
  before: EntityPositions;
  after: EntityPositions;
}

const entityIdOf = (n: NodeSingular) => n.data('entityId') as number;

/** Every entity's position, unrounded (a saved chart reopens to the last bit). */
export function exactPositions(cy: Core): EntityPositions {
  const out: EntityPositions = {};
  cy.nodes().forEach((n) => {
    const id = entityIdOf(n);
    if (typeof id === 'number') out[String(id)] = { ...n.position() };
  });
  return out;
}

export function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/**
 * Where an entity without a saved position goes: beside the placed entities it is linked
 * to (their middle, a little off), or at the origin when none is placed.
 */
function besideNeighbours(
  elements: ElementDefinition[],
  positions: EntityPositions,
): Map<string, { x: number; y: number }> {
  const keyed = new Map<string, { x: number; y: number }>();
  for (const [id, p] of Object.entries(positions)) keyed.set(nodeKey(Number(id)), p);
  const placed = new Map<string, { x: number; y: number }>();
  const unplaced = elements.filter((el) => el.group === 'nodes' && !keyed.has(String(el.data.id)));
  unplaced.forEach((el, i) => {
    const key = String(el.data.id);
    const near = elements
      .filter((e) => e.group === 'edges' && (e.data.source === key || e.data.target === key))
      .map((e) => keyed.get(String(e.data.source === key ? e.data.target : e.data.source)))
      .filter((p): p is { x: number; y: number } => p !== undefined);
    const mid = near.length
      ? {
          x: near.reduce((s, p) => s + p.x, 0) / near.length,
          y: near.reduce((s, p) => s + p.y, 0) / near.length,
        }
      : { x: 0, y: 0 };
    const angle = (2 * Math.PI * i) / Math.max(1, unplaced.length);
    placed.set(key, { x: mid.x + 90 * Math.cos(angle), y: mid.y + 90 * Math.sin(angle) });
  });
  return placed;
}

/** Replaces the chart's elements with these, each at its given position, and sets the view. */
export function restoreElements(
  cy: Core,
  elements: ElementDefinition[],
  positions: EntityPositions,
  viewport: Viewport | null,
): void {
  const extra = besideNeighbours(elements, positions);
  const placed = elements.map((el) => {
    if (el.group !== 'nodes') return el;
    const id = el.data.entityId as number | undefined;
    const p = (id !== undefined ? positions[String(id)] : undefined) ?? extra.get(String(el.data.id));
    return p ? { ...el, position: { x: p.x, y: p.y } } : el;
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(placed);
  });
  if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
}

/** Moves the given entities (those on the chart) to the given positions, at once. */
export function placeEntities(cy: Core, positions: EntityPositions): void {
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) {
      const node = cy.getElementById(nodeKey(Number(id)));
      if (node.nonempty()) node.position({ x: p.x, y: p.y });
    }
  });
}

/**
 * Calls back once per drag of one or several entities (a grab of a selection drags them
 * all), with their positions before and after; a click without movement reports nothing.
 */
export function watchMoves(cy: Core, onMove: (move: Move) => void): () => void {
  let before: EntityPositions | null = null;
  const grab = (e: EventObject) => {
    // The grabbed node and, when it is selected, the whole selection move together.
    if (before) return;
    before = {};
    cy.nodes(':grabbed, :selected')
      .union(e.target as NodeSingular)
      .forEach((n) => {
        before![String(entityIdOf(n))] = { ...n.position() };
      });
  };
  const free = () => {
    if (!before) return;
    const start = before;
    before = null;
    const after: EntityPositions = {};
    const ids: number[] = [];
    for (const [id, p] of Object.entries(start)) {
      const now = cy.getElementById(nodeKey(Number(id)));
      if (now.empty()) continue;
      const q = now.position();
      if (q.x !== p.x || q.y !== p.y) {
        after[id] = { ...q };
        ids.push(Number(id));
      }
    }
    if (!ids.length) return;
    const moved = Object.fromEntries(ids.map((id) => [String(id), start[String(id)]!]));
    const labels = ids.map((id) => String(cy.getElementById(nodeKey(id)).data('label') ?? id));
    onMove({ ids, labels, before: moved, after });
  };
  cy.on('grab', 'node', grab);
  cy.on('free', 'node', free);
  return () => {
    cy.off('grab', 'node', grab);
    cy.off('free', 'node', free);
  };
}

/** A small picture of the whole chart for the list of saved charts, as a PNG data: URL. */
export function thumbnailOf(cy: Core): string | null {
  if (cy.nodes().empty()) return null;
  const png = cy.png({
    output: 'base64uri',
    full: true,
    bg: '#ffffff',
    maxWidth: 240,
    maxHeight: 150,
  } as never);
  return typeof png === 'string' && png.startsWith('data:image/png;base64,') ? png : null;
}
