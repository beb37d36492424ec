// Hand-made chart data with known answers for the analysis tests.
import type { GraphData, GraphNode } from '../../../shared/contract/model';
import type { EntityType } from '../../../shared/domain/entity-types';

const node = (id: number, type: EntityType = 'person', caseIds = [1]): GraphNode => ({
  id,
  type,
  label: `E${id}`,
  caseIds,
  recordCount: 1,
  crossCase: caseIds.length > 1,
});
const link = (from: number, to: number, caseIds = [1]) => ({
  id: `${from}>associate_of>${to}`,
  from,
  to,
  type: 'associate_of' as const,
  label: 'associate of',
  caseIds,
  recordLinkCount: 1,
});

/**
 * Two triangles 1-2-3 and 4-5-6 joined by the single link 3-4, and apart from them the pair 7-8.
 * Known answers: two separate networks; one bridge inside the first (3-4) plus the pair's own
 * link 7-8; articulation points 3 and 4; 3 and 4 carry every path between the triangles.
 */
export function twoTrianglesAndAPair(): GraphData {
  return {
    nodes: [1, 2, 3, 4, 5, 6].map((id) => node(id)).concat([node(7, 'person', [2]), node(8, 'phone', [2])]),
    links: [
      link(1, 2),
      link(2, 3),
      link(1, 3),
      link(3, 4),
      link(4, 5),
      link(5, 6),
      link(4, 6),
      link(7, 8, [2]),
    ],
  };
}

/**
 * A square 1-2-3-4 with a phone 5 on the shortcut 1-5-3 and a dealer 6 hanging off 3 (case 2).
 * Paths 1→3: 1-2-3, 1-4-3, 1-5-3 (all two steps); skipping phones leaves 1-2-3 and 1-4-3.
 */
export function squareWithPhone(): GraphData {
  return {
    nodes: [node(1), node(2), node(3), node(4), node(5, 'phone'), node(6, 'dealer', [2])],
    links: [link(1, 2), link(2, 3), link(3, 4), link(4, 1), link(1, 5), link(5, 3), link(3, 6, [2])],
  };
}
