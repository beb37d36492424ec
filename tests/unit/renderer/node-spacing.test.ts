// Entities do not overlap at rest (issue 11): the force layout's result on the training
// scenario's whole chart keeps every pair of entities apart by at least their drawn sizes,
// and the spacing pass leaves pinned entities where the analyst put them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphOfCases } from '../../../db/queries/graph';
import { createScenarioWorkspace } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { toElements } from '../../../renderer/src/chart/elements';
import { computePositions, layoutRequest, type LayoutNode } from '../../../renderer/src/chart/layout-compute';
import { ENTITY_MARGIN, spaceApart } from '../../../renderer/src/chart/node-spacing';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import type { Positions } from '../../../renderer/src/chart/layout-compute';

let dir: string;
let db: Db;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-node-spacing-'));
  const file = path.join(dir, 'training.thorline');
  createScenarioWorkspace(file);
  db = openWorkspace(file);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Pairs of entities drawn closer than their sizes allow (centre distance < sum of radii). */
function overlaps(positions: Positions, nodes: readonly LayoutNode[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const d = Math.hypot(positions[a.id]!.x - positions[b.id]!.x, positions[a.id]!.y - positions[b.id]!.y);
      if (d < (a.size + b.size) / 2) out.push(`${a.label} / ${b.label}: ${d.toFixed(1)}`);
    }
  }
  return out;
}

describe('entities apart at rest', () => {
  it('the force layout of the whole training chart leaves no two entities overlapping', () => {
    const graph = graphOfCases(db);
    const colours = caseColours(graph.nodes.flatMap((n) => n.caseIds));
    const request = layoutRequest('force', false, toElements(graph, { caseColours: colours }));
    expect(request.nodes.length).toBeGreaterThan(200);
    // fCoSE starts from random positions: every run must come out clean (one in about ten
    // left a crowded pair before the last push apart).
    for (let run = 0; run < 8; run++) {
      const { positions } = computePositions(request);
      expect(overlaps(positions, request.nodes), `run ${run + 1}`).toEqual([]);
    }
  });

  it('moves overlapping entities apart by their sizes and a margin; a pinned one stays put', () => {
    const nodes: LayoutNode[] = [
      { id: 'a', type: 'person', role: '', label: 'A', size: 40, pinned: true, position: { x: 0, y: 0 } },
      { id: 'b', type: 'phone', role: '', label: 'B', size: 40 },
      { id: 'c', type: 'address', role: '', label: 'C', size: 30 },
      { id: 'd', type: 'firearm', role: '', label: 'D', size: 30 },
    ];
    const start = { a: { x: 0, y: 0 }, b: { x: 10, y: 5 }, c: { x: -8, y: 12 }, d: { x: 300, y: 300 } };
    const spaced = spaceApart(start, nodes);
    expect(spaced.a).toEqual({ x: 0, y: 0 });
    expect(spaced.d).toEqual({ x: 300, y: 300 });
    const gap = (p: string, q: string) =>
      Math.hypot(spaced[p]!.x - spaced[q]!.x, spaced[p]!.y - spaced[q]!.y);
    expect(gap('a', 'b')).toBeGreaterThanOrEqual(40 + ENTITY_MARGIN - 0.01);
    expect(gap('a', 'c')).toBeGreaterThanOrEqual(35 + ENTITY_MARGIN - 0.01);
    expect(gap('b', 'c')).toBeGreaterThanOrEqual(35 + ENTITY_MARGIN - 0.01);
  });
});
