// Emphasis on the chart (issue 11): a path drawn highlighted with the rest dimmed, the
// selected entity's neighbourhood, and entities sized by a network measure. Called by the
// controller, which owns `cy`; classes here are styled in stylesheet.ts.
import type { Collection, Core } from 'cytoscape';
import { edgeKey, nodeKey } from './elements';

export interface PathHighlight {
  entityIds: number[];
  linkIds: string[];
}

const CLASSES = 'dimmed on-path neighbour';

/** Highlights a path (or, without one, the selected entities and their neighbours); dims the rest. */
export function applyEmphasis(cy: Core, path: PathHighlight | null, selected: number[]): void {
  cy.batch(() => {
    cy.elements().removeClass(CLASSES);
    if (path) {
      const lit = byIds(cy, path.entityIds.map(nodeKey).concat(path.linkIds.map(edgeKey))).addClass(
        'on-path',
      );
      if (lit.nonempty()) cy.elements().difference(lit).addClass('dimmed');
      return;
    }
    const nodes = byIds(cy, selected.map(nodeKey));
    if (nodes.empty()) return;
    const near = nodes.closedNeighborhood();
    near.difference(nodes).addClass('neighbour');
    cy.elements().difference(near).addClass('dimmed');
  });
}

/** Sizes entities by a measure (values keyed by entity id, any scale), or restores their own size. */
export function sizeByMeasure(cy: Core, values: Map<number, number> | null): void {
  const max = values ? Math.max(0, ...values.values()) : 0;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const v = values?.get(n.data('entityId') as number);
      if (v === undefined || max <= 0) {
        n.removeClass('sized');
        return;
      }
      // Area grows with the measure: 24 px for zero up to 96 px for the largest.
      n.data('measureSize', Math.round(24 + 72 * Math.sqrt(v / max)));
      n.addClass('sized');
    });
  });
}

/** Marks entities raised by a trafficking indicator (null: none). */
export function flagEntities(cy: Core, ids: Set<number> | null): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('flagged', ids?.has(n.data('entityId') as number) ?? false);
    });
  });
}

/** Fits the view to a path so every step is visible. */
export function fitTo(cy: Core, entityIds: number[]): void {
  const nodes = byIds(cy, entityIds.map(nodeKey));
  if (nodes.nonempty()) cy.animate({ fit: { eles: nodes, padding: 80 } }, { duration: 350 });
}

function byIds(cy: Core, ids: string[]): Collection {
  return ids.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection());
}
