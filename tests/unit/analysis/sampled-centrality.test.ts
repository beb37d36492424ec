// Estimated betweenness and closeness: with every entity as a pivot they are graphology's exact
// figures; with a sample they still put the entities that carry the paths first.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import { estimateCentralities } from '../../../db/analysis/sampled-centrality';

/**
 * Wheels of 40 entities (a ring round a centre), each tied to the next through one hub entity.
 * (Shortest paths stay few: graphology counts them in 32 bits.)
 */
function clustersJoinedByHubs(clusters: number): { graph: Graph; hubs: string[] } {
  const graph = new Graph({ type: 'undirected' });
  const hubs: string[] = [];
  for (let c = 0; c < clusters; c++) {
    const key = (i: number) => `${c}:${i % 40}`;
    for (let i = 0; i < 40; i++) graph.mergeEdge(key(i), key(i + 1));
    for (let i = 1; i < 40; i++) graph.mergeEdge(`centre${c}`, key(i));
    const hub = `hub${c}`;
    hubs.push(hub);
    graph.mergeEdge(hub, key(0));
    if (c > 0) graph.mergeEdge(hub, `${c - 1}:20`);
  }
  return { graph, hubs };
}

const top = (m: Record<string, number>, k: number) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key]) => key);

describe('estimated centralities', () => {
  it('equal the exact figures when every entity is a pivot', () => {
    const { graph } = clustersJoinedByHubs(4);
    const estimate = estimateCentralities(graph, graph.order);
    const exactBetweenness = betweenness(graph, { getEdgeWeight: null });
    const exactCloseness = closeness(graph);
    for (const node of graph.nodes()) {
      expect(estimate.betweenness[node]).toBeCloseTo(exactBetweenness[node]!, 10);
      expect(estimate.closeness[node]).toBeCloseTo(exactCloseness[node]!, 10);
    }
  });

  it('rank the entities that join the wheels first from a tenth of the entities', () => {
    const { graph, hubs } = clustersJoinedByHubs(30);
    const searches: number[] = [];
    const estimate = estimateCentralities(graph, Math.round(graph.order / 10), (done) => searches.push(done));
    const exact = betweenness(graph, { getEdgeWeight: null });
    expect(searches).toHaveLength(Math.round(graph.order / 10));
    // The middle wheels carry the most paths: the estimate's first ten are among the exact first
    // thirty, and no estimate is off by more than a tenth of the largest figure.
    const exactTop = new Set(top(exact, 30));
    expect(top(estimate.betweenness, 10).filter((key) => !exactTop.has(key))).toEqual([]);
    const largest = Math.max(...Object.values(exact));
    for (const node of graph.nodes())
      expect(Math.abs(estimate.betweenness[node]! - exact[node]!)).toBeLessThan(largest / 10);
    expect(top(estimate.betweenness, 1)[0]).toMatch(/^centre1[0-9]$/);
    expect(hubs.filter((hub) => exactTop.has(hub)).length).toBeGreaterThan(3);
  });
});
