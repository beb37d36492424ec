// Layouts as descriptors {id, label, options}: the switcher lists them, the controller
// runs them. Big graphs get cheaper settings so the window never freezes for long.
import type { LayoutOptions } from 'cytoscape';
import { chainPositions, type LayoutGraph } from './chain-layout';

/** Above this many entities, layouts switch to their cheap settings. */
export const LARGE_GRAPH = 800;

export interface LayoutContext {
  nodeCount: number;
  /** True when only a few nodes were added (expand): keep the others where they are. */
  incremental: boolean;
  graph: LayoutGraph;
}

export interface LayoutDescriptor {
  id: string;
  label: string;
  hint: string;
  options(ctx: LayoutContext): LayoutOptions;
}

const animateFor = (ctx: LayoutContext) => ctx.nodeCount <= 400;

export const LAYOUTS: LayoutDescriptor[] = [
  {
    id: 'force',
    label: 'Force',
    hint: 'Clusters appear where entities are densely linked (fCoSE).',
    options: (ctx) => {
      const large = ctx.nodeCount > LARGE_GRAPH;
      return {
        name: 'fcose',
        // Draft quality is the spectral pass only: seconds instead of minutes on thousands of nodes.
        quality: large ? 'draft' : 'default',
        randomize: !ctx.incremental,
        animate: animateFor(ctx) && !large,
        animationDuration: 450,
        fit: !ctx.incremental,
        padding: 40,
        nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 4500,
        idealEdgeLength: () => 55,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
        numIter: large ? 600 : 2500,
        nodeSeparation: 60,
        tile: true,
      } as LayoutOptions;
    },
  },
  {
    id: 'chain',
    label: 'Supply chain (left to right)',
    hint: 'Dealer → purchase → purchaser → broker → courier → crossing → recovery (dagre).',
    options: (ctx) => {
      const positions = chainPositions(ctx.graph);
      return {
        name: 'preset',
        positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
        fit: true,
        padding: 40,
        animate: animateFor(ctx),
        animationDuration: 450,
      } as LayoutOptions;
    },
  },
  {
    id: 'concentric',
    label: 'Concentric (most linked inside)',
    hint: 'The most linked entities in the centre.',
    options: (ctx) => ({
      name: 'concentric',
      concentric: (node: { degree(b: boolean): number }) => node.degree(false),
      levelWidth: () => 2,
      minNodeSpacing: 28,
      fit: true,
      padding: 40,
      animate: animateFor(ctx),
      animationDuration: 450,
    }),
  },
  {
    id: 'grid',
    label: 'Grid by type',
    hint: 'Entities in rows, sorted by type.',
    options: (ctx) =>
      ({
        name: 'grid',
        sort: (a: { data(k: string): string }, b: { data(k: string): string }) =>
          a.data('type').localeCompare(b.data('type')) || a.data('label').localeCompare(b.data('label')),
        avoidOverlapPadding: 30,
        fit: true,
        padding: 40,
        animate: animateFor(ctx),
        animationDuration: 450,
      }) as LayoutOptions,
  },
];

export function layoutById(id: string): LayoutDescriptor {
  return LAYOUTS.find((l) => l.id === id) ?? LAYOUTS[0]!;
}
