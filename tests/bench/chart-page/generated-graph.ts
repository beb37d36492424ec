// A reproducible generated graph for the chart bench: N entities, each linked to two others.
// Used by the bench page and, for plain Cytoscape, by the bench script in Node.
import type { GraphData, GraphNode } from '../../../shared/contract/model';

const TYPES: GraphNode['type'][] = ['person', 'phone', 'firearm', 'vehicle', 'address', 'dealer', 'account'];

/** A reproducible random graph: N entities, each linked to two others. */
export function generatedGraph(n: number, seed = 1): GraphData {
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    type: TYPES[i % TYPES.length]!,
    label: `Sample ${TYPES[i % TYPES.length]} ${i + 1}`,
    caseIds: [1 + (i % 40)],
    recordCount: 1 + Math.floor(rnd() * 4),
    crossCase: false,
  }));
  const links = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 2; k++) {
      const to = Math.floor(rnd() * n);
      if (to === i) continue;
      links.push({
        id: `${i}-${k}`,
        from: i + 1,
        to: to + 1,
        type: 'called' as const,
        label: 'linked',
        caseIds: [1 + (i % 40)],
        recordLinkCount: 1,
      });
    }
  }
  return { nodes, links } as unknown as GraphData;
}
