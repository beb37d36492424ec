// What "Fit" frames: the entities and links drawn (labels included) and the analyst's notes, so
// a note put far from the entities is on screen after Fit and after a layout's fit. Notes are
// not Cytoscape elements: Cytoscape's own fit never sees them.
import type { Core, NodeSingular } from 'cytoscape';
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';
import { fitViewport, type Viewport } from '../drawing/viewport';
import { nodeKey } from '../elements';
import { noteBox } from '../export/overlays';
import { notePlace, type Point } from './placement';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The notes' boxes in chart coordinates, each callout at its entity's point (undefined: not drawn). */
export function noteBoxes(
  annotations: ChartAnnotation[],
  anchorOf: (entityId: number) => Point | undefined,
): Box[] {
  return annotations.flatMap((a) => {
    const place = notePlace(a, a.entityId === undefined ? undefined : anchorOf(a.entityId));
    if (!place) return [];
    const b = noteBox({ text: a.text, x: place.x, y: place.y });
    return [{ x1: b.x, y1: b.y, x2: b.x + b.w, y2: b.y + b.h }];
  });
}

/** The smallest box holding them all (null: none, or only empty ones). */
export function unionOf(boxes: Box[]): Box | null {
  const finite = boxes.filter((b) => [b.x1, b.y1, b.x2, b.y2].every(Number.isFinite));
  if (finite.length === 0) return null;
  return {
    x1: Math.min(...finite.map((b) => b.x1)),
    y1: Math.min(...finite.map((b) => b.y1)),
    x2: Math.max(...finite.map((b) => b.x2)),
    y2: Math.max(...finite.map((b) => b.y2)),
  };
}

/**
 * The model box of the chart and its notes, with the entities where they stand or, given
 * `at`, where a layout is about to put them (labels measured there).
 */
export function chartBox(
  cy: Core,
  annotations: ChartAnnotation[],
  at?: (node: NodeSingular) => Point,
): Box | null {
  const eles = cy.elements();
  const drawn = at
    ? (eles as unknown as { boundingBoxAt(f: (n: NodeSingular) => Point): Box }).boundingBoxAt(at)
    : eles.boundingBox();
  const anchorOf = (entityId: number) => {
    const n = cy.getElementById(nodeKey(entityId));
    if (n.empty() || !n.visible()) return undefined;
    return at ? at(n) : { ...n.position() };
  };
  return unionOf([{ ...drawn }, ...noteBoxes(annotations, anchorOf)]);
}

/** The view that shows the chart and its notes whole, `padding` px inside the edges (null: nothing drawn). */
export function fitView(
  cy: Core,
  annotations: ChartAnnotation[],
  padding: number,
  at?: (node: NodeSingular) => Point,
): Viewport | null {
  const box = chartBox(cy, annotations, at);
  if (!box) return null;
  return fitViewport(
    [
      { x: box.x1, y: box.y1 },
      { x: box.x2, y: box.y2 },
    ],
    { width: cy.width(), height: cy.height() },
    { padding, nodeSize: 0, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() },
  );
}

/**
 * Corners of the notes' boxes with the callouts at positions keyed by node id: big charts are
 * fitted from numbers alone (drawing/viewport.ts), and these join the entities' points.
 */
export function noteCorners(annotations: ChartAnnotation[], positions: Record<string, Point>): Point[] {
  return noteBoxes(annotations, (id) => positions[nodeKey(id)]).flatMap((b) => [
    { x: b.x1, y: b.y1 },
    { x: b.x2, y: b.y2 },
  ]);
}
