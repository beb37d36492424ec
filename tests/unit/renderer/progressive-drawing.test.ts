// Drawing a big chart a slice per frame (renderer/src/chart/drawing/progressive.ts), on a
// headless Cytoscape: every element arrives, entities before links, with progress; a newer
// draw stops it between slices; slices follow the time each one took. And the cheap style
// of big charts: solid links, short labels read as data.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { headlessChart } from '../helpers/headless-chart';
import {
  FIRST_SLICE,
  plainLabel,
  SLICE_BUDGET_MS,
  SLICE_LIMITS,
} from '../../../renderer/src/chart/drawing/lod';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import { link, node } from './fixtures';
import {
  addInSlices,
  drawingOrder,
  progressMessage,
  type SliceProgress,
} from '../../../renderer/src/chart/drawing/progressive';

function chain(n: number): ElementDefinition[] {
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}` },
    position: { x: i * 10, y: 0 },
  }));
  const edges = Array.from({ length: n - 1 }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  // Links first on purpose: the drawing order must put their ends before them.
  return [...edges, ...nodes];
}

/** A clock that advances by `step` ms at every frame. */
function frames(step: number) {
  let t = 0;
  return { now: () => t, nextFrame: async () => void (t += step) };
}

describe('drawing a big chart in slices', () => {
  it('adds every element, entities before links, where the layout put them, reporting progress', async () => {
    const cy = cytoscape({ headless: true });
    const elements = chain(3000);
    const seen: SliceProgress[] = [];
    const result = await addInSlices(cy, elements, {
      current: () => true,
      onProgress: (p) => seen.push(p),
      ...frames(SLICE_BUDGET_MS),
    });
    expect(result.complete).toBe(true);
    expect(cy.nodes().length).toBe(3000);
    expect(cy.edges().length).toBe(2999);
    expect(cy.getElementById('n42').position()).toEqual({ x: 420, y: 0 });
    expect(result.slices).toBe(Math.ceil(5999 / FIRST_SLICE));
    expect(seen.length).toBe(result.slices);
    expect(seen.at(-1)).toEqual({ entities: 3000, totalEntities: 3000, links: 2999, totalLinks: 2999 });
    // Entities are all in before the first link.
    const firstWithLinks = seen.find((p) => p.links > 0)!;
    expect(firstWithLinks.entities).toBe(3000);
    expect(progressMessage(seen[0]!)).toBe(
      `Drawing entities: ${FIRST_SLICE.toLocaleString('en-US')} of 3,000…`,
    );
    expect(progressMessage(seen.at(-1)!)).toBe('Drawing links: 2,999 of 2,999 (3,000 entities drawn)…');
  });

  it('stops between slices once a newer draw replaced it', async () => {
    const cy = cytoscape({ headless: true });
    let slices = 0;
    const result = await addInSlices(cy, chain(3000), {
      current: () => slices < 2,
      onProgress: () => slices++,
      ...frames(SLICE_BUDGET_MS),
    });
    expect(result.complete).toBe(false);
    expect(cy.elements().length).toBe(2 * FIRST_SLICE);
  });

  it('takes bigger slices when frames are quick and smaller ones when they are slow', async () => {
    const quick = cytoscape({ headless: true });
    const slow = cytoscape({ headless: true });
    const noop = { current: () => true, onProgress: () => undefined };
    const fast = await addInSlices(quick, chain(5000), { ...noop, ...frames(1) });
    const crawl = await addInSlices(slow, chain(5000), { ...noop, ...frames(SLICE_BUDGET_MS * 4) });
    expect(quick.elements().length).toBe(9999);
    expect(slow.elements().length).toBe(9999);
    expect(fast.slices).toBeLessThan(crawl.slices);
    expect(crawl.slices).toBeLessThanOrEqual(Math.ceil(9999 / SLICE_LIMITS.min));
  });

  it('puts group boxes before their members', () => {
    const order = drawingOrder([
      { group: 'nodes', data: { id: 'member', parent: 'box' } },
      { group: 'edges', data: { id: 'e', source: 'member', target: 'box' } },
      { group: 'nodes', data: { id: 'box' } },
    ]);
    expect(order.map((el) => el.data.id)).toEqual(['box', 'member', 'e']);
  });
});

describe('big-chart style', () => {
  const graph = {
    nodes: [
      node(1, 'person', 'Francisco Javier Mendoza Ibarra (El Paso)', [10]),
      node(2, 'phone', 'x', [10]),
    ],
    links: [
      { ...link(1, 'called', 2, [10]), id: 'dotted-kind' },
      { ...link(1, 'associate_of', 2, [10]), id: 'graded', credibility: 4 },
    ],
  };
  const lineStyles = (light: boolean, select?: string) => {
    const cy = headlessChart(graph, { cases: [10], light });
    if (select) cy.getElementById(select).select();
    return cy.edges().map((e) => `${e.id()}:${e.style('line-style')}`);
  };

  it('draws the links of a big chart solid, and a selected one with its own line again', () => {
    expect(lineStyles(false)).toEqual(['edotted-kind:dotted', 'egraded:dashed']);
    expect(lineStyles(true)).toEqual(['edotted-kind:solid', 'egraded:solid']);
    expect(lineStyles(true, 'edotted-kind')).toEqual(['edotted-kind:dotted', 'egraded:solid']);
    expect(lineStyles(true, 'egraded')).toEqual(['edotted-kind:solid', 'egraded:dashed']);
  });

  it('labels plain entities with their short label and rings them in their first case colour, as data', () => {
    const cy = headlessChart(graph, { cases: [10], light: true });
    const n = cy.getElementById('n1');
    expect(n.style('label')).toBe(plainLabel('Francisco Javier Mendoza Ibarra (El Paso)'));
    expect(n.style('border-color')).toBe(hexToRgb(caseColours([10]).get(10)!));
  });
});

function hexToRgb(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  return `rgb(${v >> 16},${(v >> 8) & 255},${v & 255})`;
}
