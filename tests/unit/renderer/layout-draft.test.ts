// A big chart's first picture while its layout goes on (issue 10): ForceAtlas2 hands a draft
// once it has run DRAFT_AFTER_MS and goes on to the same final positions as a run without
// one; the layout runner passes a worker's draft to the page before the final result, and
// drops drafts of a run already replaced.
import { afterEach, describe, expect, it } from 'vitest';
import { generatedLayoutRequest } from '../helpers/headless-chart';
import { DRAFT_AFTER_MS, forceAtlasPositions } from '../../../renderer/src/chart/force-atlas';
import type { LayoutRequest, LayoutResult } from '../../../renderer/src/chart/layout-compute';
import { CANCELLED, LayoutRunner, type LayoutReply } from '../../../renderer/src/chart/layout-runner';

const generated = (n: number): LayoutRequest => generatedLayoutRequest(n, 7, 30);

/** A clock that moves 40 ms each time it is read: the run lasts long enough for a draft. */
function clock() {
  let t = 0;
  return () => (t += 40);
}

describe('ForceAtlas2 draft', () => {
  const request = generated(300);

  it('is handed once, partway, with every entity, and changes nothing in the final positions', () => {
    const drafts: LayoutResult[] = [];
    const progressAtDraft: number[] = [];
    let progress = 0;
    const final = forceAtlasPositions(request, {
      now: clock(),
      onProgress: (f) => (progress = f),
      onDraft: (d) => {
        drafts.push(d);
        progressAtDraft.push(progress);
      },
    });
    expect(drafts).toHaveLength(1);
    expect(Object.keys(drafts[0]!.positions).sort()).toEqual(request.nodes.map((n) => n.id).sort());
    expect(progressAtDraft[0]).toBeGreaterThan(0);
    expect(progressAtDraft[0]).toBeLessThan(0.9);
    expect(drafts[0]!.positions).not.toEqual(final.positions);
    // The same chart without a draft: the same final positions (the draft is a copy).
    expect(forceAtlasPositions(request, { now: clock() }).positions).toEqual(final.positions);
  });

  it('is not handed by a run that ends before DRAFT_AFTER_MS', () => {
    let drafts = 0;
    let t = 0;
    forceAtlasPositions(request, { now: () => (t += DRAFT_AFTER_MS / 1000), onDraft: () => drafts++ });
    expect(drafts).toBe(0);
  });
});

/** A stand-in Worker answering each request with the replies a test scripts. */
class ScriptedWorker {
  static script: (msg: { runId: number; draft: boolean }) => Omit<LayoutReply, 'runId'>[] = () => [];
  static sent: { runId: number; draft: boolean }[] = [];
  onmessage: ((e: { data: LayoutReply }) => void) | null = null;
  onerror: unknown = null;
  postMessage(msg: { runId: number; draft: boolean }) {
    ScriptedWorker.sent.push(msg);
    const replies = ScriptedWorker.script(msg);
    setTimeout(() => {
      for (const r of replies) this.onmessage?.({ data: { ...r, runId: msg.runId } as LayoutReply });
    }, 0);
  }
  terminate() {}
}

describe('layout runner with a worker', () => {
  const real = (globalThis as { Worker?: unknown }).Worker;
  afterEach(() => {
    (globalThis as { Worker?: unknown }).Worker = real;
    ScriptedWorker.sent = [];
  });
  const draft: LayoutResult = { positions: { n1: { x: 1, y: 1 } }, fit: true };
  const final: LayoutResult = { positions: { n1: { x: 9, y: 9 } }, fit: true };

  it('passes the draft to the page before the final positions', async () => {
    (globalThis as { Worker?: unknown }).Worker = ScriptedWorker;
    ScriptedWorker.script = () => [
      { kind: 'progress', fraction: 0.1 },
      { kind: 'draft', result: draft },
      { kind: 'progress', fraction: 0.5 },
      { kind: 'positions', result: final },
    ];
    const seen: string[] = [];
    const runner = new LayoutRunner();
    const done = runner.compute(
      generated(3),
      (f) => seen.push(`progress ${f}`),
      (d) => seen.push(`draft ${d.positions.n1!.x}`),
    );
    const result = await done;
    seen.push(`final ${(result as LayoutResult).positions.n1!.x}`);
    expect(ScriptedWorker.sent[0]!.draft).toBe(true);
    expect(seen).toEqual(['progress 0.1', 'draft 1', 'progress 0.5', 'final 9']);
  });

  it('asks for no draft when the page wants none, and drops one for a replaced run', async () => {
    (globalThis as { Worker?: unknown }).Worker = ScriptedWorker;
    ScriptedWorker.script = () => [
      { kind: 'draft', result: draft },
      { kind: 'positions', result: final },
    ];
    const runner = new LayoutRunner();
    let drafts = 0;
    const first = runner.compute(generated(3), undefined, () => drafts++);
    const second = runner.compute(generated(3));
    expect(await first).toBe(CANCELLED);
    expect(await second).toEqual(final);
    expect(ScriptedWorker.sent.map((m) => m.draft)).toEqual([true, false]);
    expect(drafts).toBe(0);
  });
});
