// Reads the live chart into the plain scene the SVG serialiser draws.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EntityType } from '../../../../shared/domain/entity-types';
import {
  credibilityLine,
  CROSS_CASE_COLOUR,
  LINK_FAMILY,
  LINK_FAMILY_STYLE,
  POSSIBLE_LINK_STYLE,
} from '../style-tables';
import { FONT_STACK } from '../stylesheet';
import type { SvgEdge, SvgNode, SvgScene } from './svg';

export type Extent = 'full' | 'view';

export function sceneOf(cy: Core, extent: Extent, background: string | null): SvgScene {
  const box = extent === 'view' ? viewBox(cy) : fullBox(cy);
  const scale = extent === 'view' ? cy.zoom() : 1;
  return {
    box,
    width: box.w * scale,
    height: box.h * scale,
    background,
    // What the analyst sees: hidden entities (and their links) stay out of the picture. Group
    // boxes and collapsed group nodes are not drawn in SVG yet (the PNG has them).
    nodes: cy
      .nodes('.entity')
      .filter((n) => n.visible())
      .map(nodeOf),
    edges: cy
      .edges('.link, .possible')
      .filter((e) => e.visible())
      .map(edgeOf),
    crossCaseColour: CROSS_CASE_COLOUR,
    fontFamily: FONT_STACK,
  };
}

function viewBox(cy: Core) {
  const e = cy.extent();
  return { x: e.x1, y: e.y1, w: e.w, h: e.h };
}

function fullBox(cy: Core) {
  const bb = cy.elements().boundingBox({});
  // Labels under the outermost nodes reach about 60 px to either side.
  const [padX, padY] = [70, 30];
  if (!Number.isFinite(bb.x1)) return { x: 0, y: 0, w: 100, h: 100 };
  return { x: bb.x1 - padX, y: bb.y1 - padY, w: bb.w + 2 * padX, h: bb.h + 2 * padY };
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
  const possible = e.hasClass('possible');
  const family = LINK_FAMILY[e.data('type') as keyof typeof LINK_FAMILY] ?? 'trade';
  const look = possible ? POSSIBLE_LINK_STYLE : LINK_FAMILY_STYLE[family];
  const ctrl = (e.controlPoints() as { x: number; y: number }[] | undefined) ?? [];
  return {
    points: [e.sourceEndpoint(), ...ctrl, e.targetEndpoint()],
    label: e.data('label') as string,
    colour: look.colour,
    line: (possible ? undefined : credibilityLine(e.data('credibility') as number | null)) ?? look.line,
    width: e.data('width') as number,
    arrow: !possible,
    ...(possible ? {} : { family }),
  };
}
