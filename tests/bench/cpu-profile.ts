// A CPU profile of a page (Chromium DevTools protocol's Profiler, through Playwright) between
// two moments, and what each of the page's long tasks in it was: the functions the task spent
// its time in (self time) and the calls it spent it under (total). The profile's clock is put
// on the page's own (performance.now) by a marked busy moment right after the start, so the
// tasks the Long Tasks API saw can be cut out of it. Used by bench:chart --profile DIR.
import type { CDPSession, Page } from '@playwright/test';
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Recording {
  stop(file: string): Promise<CpuProfile>;
  /** The page's clock (ms) when the marked moment began. */
  markedAt: number;
}

const MARK = '__thorlineProfileMark';

/** Starts sampling the page's main thread every 200 µs. */
export async function startProfile(page: Page): Promise<Recording> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // Built from text so that the function keeps its name through tsx's transform.
  const markedAt = await page.evaluate((name) => {
    const started = performance.now();
    const spin = new Function('until', `return function ${name}() { while (performance.now() < until); }`)(
      started + 3,
    ) as () => void;
    spin();
    return started;
  }, MARK);
  return {
    markedAt,
    async stop(file) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      fs.writeFileSync(file, JSON.stringify(profile));
      return profile;
    },
  };
}

export interface TaskProfile {
  /** The task's start on the page's clock, and its length (ms). */
  start: number;
  took: number;
  /** Self time (ms) of the functions it spent most in. */
  self: [string, number][];
  /** Time (ms) under each call, of the calls it spent most under (the task's shape). */
  total: [string, number][];
}

const frameName = (f: CallFrame) => {
  const file = f.url
    ? f.url
        .split('/')
        .pop()!
        .replace(/-[\w-]{8}\.js$/, '.js')
    : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
};

/** What each of these tasks (page clock) was, from the profile: its top `top` functions. */
export function profileTasks(
  profile: CpuProfile,
  markedAt: number,
  tasks: { start: number; took: number }[],
  top = 12,
): TaskProfile[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Each sample's time on the page's clock, from the first sample inside the marked moment.
  const times: number[] = [];
  let t = profile.startTime;
  for (const dt of profile.timeDeltas) times.push((t += dt) / 1000);
  const inMark = (id: number) => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      if (byId.get(n)!.callFrame.functionName === MARK) return true;
    return false;
  };
  const first = profile.samples.findIndex(inMark);
  if (first < 0) throw new Error('The CPU profile holds no sample of its marked moment.');
  const offset = times[first]! - markedAt;
  return tasks.map((task) => {
    const samples: [number, number][] = [];
    profile.samples.forEach((id, i) => {
      const at = times[i]! - offset;
      if (at >= task.start && at < task.start + task.took)
        samples.push([id, (times[i + 1] ?? times[i]!) - times[i]!]);
    });
    return { start: task.start, took: task.took, ...summarise(samples, byId, parent, top) };
  });
}

function summarise(
  samples: [number, number][],
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
  top: number,
) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of samples) {
    const name = frameName(byId.get(id)!.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = frameName(byId.get(n)!.callFrame);
      if (f === '(root)' || seen.has(f)) continue;
      seen.add(f);
      total.set(f, (total.get(f) ?? 0) + ms);
    }
  }
  const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { self: best(self), total: best(total) };
}

/** The tasks' profiles, each at its time from `from` (page clock). */
export function printTaskProfiles(heading: string, tasks: TaskProfile[], from: number) {
  console.log(`  ${heading}`);
  for (const s of tasks) {
    console.log(`    +${Math.round(s.start - from)} ms, task of ${Math.round(s.took)} ms`);
    console.log(`      self: ${s.self.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join('; ')}`);
    console.log(`      under: ${s.total.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join('; ')}`);
  }
}
