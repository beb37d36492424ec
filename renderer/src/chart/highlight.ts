// Emphasis on the chart (issue 11): a path drawn highlighted with the rest dimmed, the
// selected entity's neighbourhood, and entities sized by a network measure. Called by the
// controller, which owns `cy`; classes here are styled in stylesheet.ts.
import type { Collection, Core } from 'cytoscape';
import { setClass, setClassWhere, setData } from './class-state';
import { edgeKey, nodeKey } from './elements';

export interface PathHighlight {
  entityIds: number[];
  linkIds: string[];
}

/** Highlights a path (or, without one, the selected entities and their neighbours); dims the rest. */
export function applyEmphasis(cy: Core, path: PathHighlight | null, selected: number[]): void {
  const found = emphasisOf(cy, path, selected);
  const [onPath, neighbour] = [idsOf(found.onPath), idsOf(found.neighbour)];
  const lit = found.lit && idsOf(found.lit);
  // Every element is compared, only changes are written (see class-state.ts).
  cy.batch(() =>
    cy.elements().forEach((el) => {
      const id = el.id();
      setClass(el, 'on-path', onPath.has(id));
      setClass(el, 'neighbour', neighbour.has(id));
      setClass(el, 'dimmed', lit !== null && !lit.has(id));
    }),
  );
}

/** What a path or a selection lights up; `lit` null: nothing is dimmed. */
function emphasisOf(cy: Core, path: PathHighlight | null, selected: number[]) {
  const none = cy.collection();
  if (path) {
    const onPath = byIds(cy, path.entityIds.map(nodeKey).concat(path.linkIds.map(edgeKey)));
    return { onPath, neighbour: none, lit: onPath.nonempty() ? onPath : null };
  }
  const nodes = byIds(cy, selected.map(nodeKey));
  if (nodes.empty()) return { onPath: none, neighbour: none, lit: null };
  const near = nodes.closedNeighborhood();
  return { onPath: none, neighbour: near.difference(nodes), lit: near };
}

/** Sizes entities by a measure (values keyed by entity id, any scale), or restores their own size. */
export function sizeByMeasure(cy: Core, values: Map<number, number> | null): void {
  const max = values ? Math.max(0, ...values.values()) : 0;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const v = values?.get(n.data('entityId') as number);
      if (v === undefined || max <= 0) {
        setClass(n, 'sized', false);
        return;
      }
      // Area grows with the measure: 24 px for zero up to 96 px for the largest.
      setData(n, 'measureSize', Math.round(24 + 72 * Math.sqrt(v / max)));
      setClass(n, 'sized', true);
    });
  });
}

/** Marks entities raised by a trafficking indicator (null: none). */
export function flagEntities(cy: Core, ids: Set<number> | null): void {
  cy.batch(() =>
    setClassWhere(cy.nodes(), 'flagged', (n) => ids?.has(n.data('entityId') as number) ?? false),
  );
}

/** Fits the view to a path so every step is visible. */
export function fitTo(cy: Core, entityIds: number[]): void {
  const nodes = byIds(cy, entityIds.map(nodeKey));
  if (nodes.nonempty()) cy.animate({ fit: { eles: nodes, padding: 80 } }, { duration: 350 });
}

const idsOf = (eles: Collection) => new Set(eles.map((el) => el.id()));

function byIds(cy: Core, ids: string[]): Collection {
  return ids.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection());
}
