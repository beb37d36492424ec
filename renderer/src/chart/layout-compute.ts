// The expensive half of a layout, as a pure function of plain data: build a headless
// Cytoscape on the chart's entities and links, run the layout there and return where each
// entity goes. The layout worker calls it off the UI thread; the controller calls it
// directly where no Worker exists (unit tests in Node). Only plain data crosses the
// worker boundary, so the layout options (which hold functions) are built here.
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import type { EntityType } from '../../../shared/domain/entity-types';
import { forceAtlasPositions, type OnDraft, type OnProgress } from './force-atlas';
import { FORCE_ATLAS_FROM, layoutById } from './layouts';
import { registerExtensions } from './register';
import { spaceApart } from './node-spacing';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutNode {
  id: string;
  type: EntityType;
  role: string;
  label: string;
  /** Drawn diameter: fCoSE and grid keep nodes apart by their size. */
  size: number;
  /** Current position; an incremental layout starts from it. */
  position?: { x: number; y: number };
  /** Pinned by the analyst: the force layout arranges the others around it where it stands. */
  pinned?: boolean;
  /** The group box it is drawn in: the force layout keeps a group's members together. */
  parent?: string;
}

export interface LayoutRequest {
  layoutId: string;
  incremental: boolean;
  nodes: LayoutNode[];
  edges: { id: string; source: string; target: string }[];
}

/** Plain layout input from element definitions (before they are on the chart) or live data. */
export function layoutRequest(
  layoutId: string,
  incremental: boolean,
  elements: readonly ElementDefinition[],
): LayoutRequest {
  const nodes: LayoutNode[] = [];
  const edges: LayoutRequest['edges'] = [];
  for (const el of elements) {
    const d = el.data;
    if (d.source !== undefined && d.target !== undefined) {
      edges.push({ id: String(d.id), source: String(d.source), target: String(d.target) });
    } else {
      nodes.push({
        id: String(d.id),
        type: d.type as EntityType,
        role: typeof d.role === 'string' ? d.role : '',
        label: typeof d.label === 'string' ? d.label : '',
        size: typeof d.size === 'number' ? d.size : 30,
        ...(el.position ? { position: { x: el.position.x, y: el.position.y } } : {}),
        ...(d.pinned === true && el.position ? { pinned: true } : {}),
        ...(typeof d.parent === 'string' ? { parent: d.parent } : {}),
      });
    }
  }
  return { layoutId, incremental, nodes, edges };
}

export interface LayoutResult {
  /** Model coordinates, keyed by node id. */
  positions: Positions;
  /** Whether the chart should be fitted to the result (an incremental force layout keeps the view). */
  fit: boolean;
}

/**
 * Where each entity goes under the requested layout. Layouts that run long on big charts
 * (ForceAtlas2) also hand a draft on the way, when asked for one.
 */
export function computePositions(
  request: LayoutRequest,
  onProgress?: OnProgress,
  onDraft?: OnDraft,
): LayoutResult {
  if (request.nodes.length === 0) return { positions: {}, fit: true };
  // fCoSE takes tens of seconds on thousands of entities: big charts get ForceAtlas2.
  if (request.layoutId === 'force' && request.nodes.length > FORCE_ATLAS_FROM) {
    return forceAtlasPositions(request, {
      ...(onProgress ? { onProgress } : {}),
      ...(onDraft ? { onDraft } : {}),
    });
  }
  const graph = {
    nodes: request.nodes.map((n) => ({ id: n.id, type: n.type, role: n.role })),
    edges: request.edges.map((e) => ({ source: e.source, target: e.target })),
  };
  const options = layoutById(request.layoutId).options({
    nodeCount: request.nodes.length,
    incremental: request.incremental,
    graph,
  }) as LayoutOptions & Record<string, unknown>;
  const fixed = request.nodes.filter((n) => n.pinned && n.position);
  if (options.name === 'fcose' && fixed.length) {
    options.fixedNodeConstraint = fixed.map((n) => ({ nodeId: n.id, position: n.position }));
  }
  const cytoscape = registerExtensions();
  const ids = new Set(request.nodes.map((n) => n.id));
  // Only fCoSE lays out compound nodes; the other layouts place every entity on its own.
  const parents =
    options.name === 'fcose' ? new Set(request.nodes.flatMap((n) => n.parent ?? [])) : new Set();
  const elements: ElementDefinition[] = [
    ...[...parents].map((id) => ({ data: { id: String(id) } })),
    ...request.nodes.map((n) => ({
      data: {
        id: n.id,
        type: n.type,
        role: n.role,
        label: n.label,
        size: n.size,
        ...(n.parent && parents.has(n.parent) ? { parent: n.parent } : {}),
      },
      position: n.position ?? { x: 0, y: 0 },
    })),
    ...request.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  try {
    // Added after creation: elements given to a headless constructor lose their positions.
    cy.add(elements);
    // No viewport here: fitting and animating belong to the chart that applies the result.
    cy.layout({ ...options, animate: false, fit: false } as LayoutOptions).run();
    const out: Positions = {};
    cy.nodes().forEach((n) => {
      if (parents.has(n.id())) return;
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    // fCoSE can leave entities overlapping; the other layouts space them by construction.
    const spaced = options.name === 'fcose' ? spaceApart(out, request.nodes) : out;
    return { positions: spaced, fit: options.fit !== false };
  } finally {
    cy.destroy();
  }
}
