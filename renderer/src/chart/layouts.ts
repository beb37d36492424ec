// Layouts as descriptors {id, label, options}: the switcher lists them, the controller
// runs them. Big graphs get cheaper settings so the window never freezes for long.
import type { LayoutOptions } from 'cytoscape';
import { chainPositions, type LayoutGraph } from './chain-layout';
import { PLAIN_DRAWING_FROM } from './drawing/lod';

/** Above this many entities, layouts switch to their cheap settings (and entities are drawn plainly). */
export const LARGE_GRAPH = PLAIN_DRAWING_FROM;
/** Above this many entities the force layout also iterates less. */
export const HUGE_GRAPH = 3000;

export interface ForceSettings {
  quality: 'draft' | 'default' | 'proof';
  numIter: number;
  randomize: boolean;
  animate: boolean;
  fit: boolean;
}

/**
 * fCoSE settings by chart size. Draft quality is the spectral pass only: seconds instead of
 * minutes on thousands of nodes. An incremental run starts from the current positions,
 * which fCoSE allows with its 'proof' quality only (no spectral pass).
 */
export function forceSettings(nodeCount: number, incremental: boolean): ForceSettings {
  const large = nodeCount > LARGE_GRAPH;
  return {
    quality: incremental ? 'proof' : large ? 'draft' : 'default',
    numIter: nodeCount > HUGE_GRAPH ? 300 : large ? 600 : 2500,
    randomize: !incremental,
    animate: nodeCount <= 400,
    fit: !incremental,
  };
}

/**
 * Above this many entities the force layout is ForceAtlas2 (force-atlas.ts) instead of
 * fCoSE: as quick as fCoSE's draft quality (its spectral pass alone) on 1,000 entities,
 * a real force layout, and it scales to 5,000 and more where fCoSE takes tens of seconds.
 */
export const FORCE_ATLAS_FROM = LARGE_GRAPH;

export interface ForceAtlasSettings {
  iterations: number;
  /** Barnes–Hut approximation of the repulsion: n log n instead of n² per iteration. */
  barnesHut: boolean;
  /** Its accuracy: higher is coarser and quicker (ForceAtlas2's default is 0.5). */
  barnesHutTheta: number;
  /** ForceAtlas2 stops iterating after this long (the result is drawn as it stands then). */
  timeCapMs: number;
  /** The overlap-removal pass after it gets at most this long. */
  overlapCapMs: number;
}

/**
 * ForceAtlas2 settings by chart size: the target is 5,000 entities in 10 s on a
 * 2-core machine, so the caps leave room for handing the positions over and drawing them.
 * An incremental run starts from the chart as it stands and needs fewer iterations.
 */
export function forceAtlasSettings(nodeCount: number, incremental: boolean): ForceAtlasSettings {
  const iterations = nodeCount > 5000 ? 200 : 300;
  return {
    iterations: incremental ? Math.round(iterations / 3) : iterations,
    barnesHut: true,
    barnesHutTheta: 1,
    timeCapMs: 7000,
    overlapCapMs: 1500,
  };
}

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
    hint: 'Clusters appear where entities are densely linked (fCoSE; ForceAtlas2 on large charts).',
    options: (ctx) => {
      const settings = forceSettings(ctx.nodeCount, ctx.incremental);
      return {
        name: 'fcose',
        ...settings,
        animationDuration: 450,
        padding: 40,
        nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 4500,
        idealEdgeLength: () => 55,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
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
