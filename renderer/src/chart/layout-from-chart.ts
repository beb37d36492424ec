// The layout input read straight off the live chart. Copying every element's data first
// (as element definitions) cost a few hundred milliseconds on the UI thread for 5,000
// entities; only the fields a layout reads are taken here.
import type { Core } from 'cytoscape';
import type { EntityType } from '../../../shared/domain/entity-types';
import { SYNTHETIC } from './actions/apply';
import type { LayoutNode, LayoutRequest } from './layout-compute';

export function chartLayoutRequest(cy: Core, layoutId: string, incremental: boolean): LayoutRequest {
  const nodes: LayoutNode[] = [];
  const edges: LayoutRequest['edges'] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass(SYNTHETIC)) return;
    const role: unknown = n.data('role');
    const label: unknown = n.data('label');
    const size: unknown = n.data('size');
    const parent: unknown = n.data('parent');
    const p = n.position();
    nodes.push({
      id: n.id(),
      type: n.data('type') as EntityType,
      role: typeof role === 'string' ? role : '',
      label: typeof label === 'string' ? label : '',
      size: typeof size === 'number' ? size : 30,
      position: { x: p.x, y: p.y },
      // Pinned entities are fixed for the force layout (the others arrange around them).
      ...(n.hasClass('pinned') ? { pinned: true } : {}),
      ...(typeof parent === 'string' ? { parent } : {}),
    });
  });
  cy.edges().forEach((e) => {
    if (!e.hasClass(SYNTHETIC))
      edges.push({ id: e.id(), source: e.data('source'), target: e.data('target') });
  });
  return { layoutId, incremental, nodes, edges };
}
