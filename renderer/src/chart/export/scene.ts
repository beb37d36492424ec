// Reads the live chart into the plain scene the SVG serialiser draws.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';
import type { EntityType } from '../../../../shared/domain/entity-types';
import {
  credibilityLine,
  CROSS_CASE_COLOUR,
  LINK_FAMILY,
  LINK_FAMILY_STYLE,
  POSSIBLE_LINK_STYLE,
} from '../style-tables';
import { FONT_STACK } from '../stylesheet';
import { nodeKey } from '../elements';
import { drawnAt } from '../notes/anchors';
import { notePlace } from '../notes/placement';
import { GROUP_COLOUR, noteBox, type SvgGroup, type SvgNote } from './overlays';
import type { SvgEdge, SvgNode, SvgScene } from './svg';

export type Extent = 'full' | 'view';

export function sceneOf(
  cy: Core,
  extent: Extent,
  background: string | null,
  annotations: ChartAnnotation[] = [],
): SvgScene {
  const notes = notesOf(cy, annotations);
  const box = extent === 'view' ? viewBox(cy) : fullBox(cy, notes);
  const scale = extent === 'view' ? cy.zoom() : 1;
  return {
    box,
    width: box.w * scale,
    height: box.h * scale,
    background,
    // What the analyst sees: hidden entities (and their links) stay out of the picture;
    // grouped ones stand in their box, or are one counted node when the group is collapsed.
    nodes: cy
      .nodes('.entity')
      .filter((n) => n.visible())
      .map(nodeOf),
    edges: cy
      .edges('.link, .possible, .chart-aggregate')
      .filter((e) => e.visible())
      .map(edgeOf),
    groups: cy
      .nodes('.chart-box, .chart-collapsed')
      .filter((n) => n.visible())
      .map(groupOf),
    notes,
    crossCaseColour: CROSS_CASE_COLOUR,
    fontFamily: FONT_STACK,
  };
}

function groupOf(n: NodeSingular): SvgGroup {
  const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
  return {
    collapsed: n.hasClass('chart-collapsed'),
    x: bb.x1,
    y: bb.y1,
    w: bb.w,
    h: bb.h,
    label: String(n.data('label') ?? ''),
  };
}

/**
 * The analyst's notes, placed as the live chart places them (notes/placement.ts); a callout
 * on an entity not drawn (hidden, or inside a collapsed group) is left out.
 */
function notesOf(cy: Core, annotations: ChartAnnotation[]): SvgNote[] {
  return annotations.flatMap((a): SvgNote[] => {
    const place = notePlace(a, a.entityId === undefined ? undefined : exportAnchor(cy, a.entityId));
    return place ? [{ text: a.text, ...place }] : [];
  });
}

/** A callout's entity as the export draws it: a disc of its own size (nodeOf), not a measure's. */
function exportAnchor(cy: Core, entityId: number) {
  const at = drawnAt(cy, entityId);
  return at && { ...at, r: (cy.getElementById(nodeKey(entityId)).data('size') as number) / 2 };
}

function viewBox(cy: Core) {
  const e = cy.extent();
  return { x: e.x1, y: e.y1, w: e.w, h: e.h };
}

function fullBox(cy: Core, notes: SvgNote[]) {
  const bb = { ...cy.elements().boundingBox({}) };
  for (const n of notes) {
    const b = noteBox(n);
    bb.x1 = Math.min(bb.x1, b.x);
    bb.y1 = Math.min(bb.y1, b.y);
    bb.x2 = Math.max(bb.x2, b.x + b.w);
    bb.y2 = Math.max(bb.y2, b.y + b.h);
  }
  // Labels under the outermost nodes reach about 60 px to either side.
  const [padX, padY] = [70, 30];
  if (!Number.isFinite(bb.x1) || !Number.isFinite(bb.x2)) return { x: 0, y: 0, w: 100, h: 100 };
  const [w, h] = [bb.x2 - bb.x1, bb.y2 - bb.y1];
  return { x: bb.x1 - padX, y: bb.y1 - padY, w: w + 2 * padX, h: h + 2 * padY };
}

function nodeOf(n: NodeSingular): SvgNode {
  const p = n.position();
  return {
    x: p.x,
    y: p.y,
    size: n.data('size') as number,
    label: n.data('label') as string,
    type: n.data('type') as EntityType,
    colour: n.data('colour') as string,
    tint: n.data('tint') as string,
    ring: n.data('ring') as SvgNode['ring'],
    crossCase: Boolean(n.data('crossCase')),
    caseCount: n.data('caseCount') as number,
    caseIds: (n.data('caseIds') as number[] | undefined) ?? [],
  };
}

function edgeOf(e: EdgeSingular): SvgEdge {
  const ctrl = (e.controlPoints() as { x: number; y: number }[] | undefined) ?? [];
  const points = [e.sourceEndpoint(), ...ctrl, e.targetEndpoint()];
  const label = e.data('label') as string;
  const width = e.data('width') as number;
  // A collapsed group's links to the rest, counted ("3 links"), in the group's blue.
  if (e.hasClass('chart-aggregate'))
    return { points, label, colour: GROUP_COLOUR, line: 'solid', width, arrow: false };
  const possible = e.hasClass('possible');
  const family = LINK_FAMILY[e.data('type') as keyof typeof LINK_FAMILY] ?? 'trade';
  const look = possible ? POSSIBLE_LINK_STYLE : LINK_FAMILY_STYLE[family];
  return {
    points,
    label,
    colour: look.colour,
    line: (possible ? undefined : credibilityLine(e.data('credibility') as number | null)) ?? look.line,
    width,
    arrow: !possible,
    ...(possible ? {} : { family }),
  };
}
