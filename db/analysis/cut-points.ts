// Bridges and articulation points of an undirected graph (Tarjan's low-link, iterative so
// a long chain cannot overflow the stack). graphology has no package for these.
import type Graph from 'graphology';

export interface CutPoints {
  /** Edges whose removal splits a component, as [node, node]. */
  bridges: [string, string][];
  /** Nodes whose removal splits a component. */
  articulationPoints: Set<string>;
}

interface Frame {
  node: string;
  parent: string | null;
  neighbours: string[];
  next: number;
  children: number;
}

export function cutPoints(graph: Graph): CutPoints {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const result: CutPoints = { bridges: [], articulationPoints: new Set() };
  graph.forEachNode((root) => {
    if (!order.has(root)) walk(graph, root, order, low, result);
  });
  return result;
}

function walk(
  graph: Graph,
  root: string,
  order: Map<string, number>,
  low: Map<string, number>,
  result: CutPoints,
): void {
  const enter = (node: string, parent: string | null): Frame => {
    order.set(node, order.size);
    low.set(node, order.get(node)!);
    return { node, parent, neighbours: graph.neighbors(node), next: 0, children: 0 };
  };
  const stack: Frame[] = [enter(root, null)];
  while (stack.length) {
    const frame = stack.at(-1)!;
    if (frame.next < frame.neighbours.length) {
      const other = frame.neighbours[frame.next++]!;
      if (other === frame.parent) continue;
      if (order.has(other)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(other)!));
      else {
        frame.children++;
        stack.push(enter(other, frame.node));
      }
      continue;
    }
    stack.pop();
    const parent = stack.at(-1);
    if (!parent) {
      if (frame.children > 1) result.articulationPoints.add(frame.node);
      continue;
    }
    low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
    if (low.get(frame.node)! > order.get(parent.node)!) result.bridges.push([parent.node, frame.node]);
    if (parent.parent !== null && low.get(frame.node)! >= order.get(parent.node)!)
      result.articulationPoints.add(parent.node);
  }
}
