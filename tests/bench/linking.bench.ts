// npm run bench:linking [-- --json] [--sizes 10000,100000,1000000] [--seeds 1,2] [--person-lists a.csv,b.csv]
// Generates workspaces of each size and seed with the sample generator's scale mode (in a
// temp folder), runs matching on each in a fresh child process (so peak memory is that run's
// own), and prints records per second, candidate pairs, peak memory and accuracy against
// the generated ground truth (pooled and for persons), next to the targets. Then matches
// FEBRL-format person lists (default: the test fixture) and prints their person figures.
// Figures are measured, never asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateMatching, truthFromWorkspace, type Evaluation } from '../../db/matching/evaluate';
import { createScaledWorkspace } from '../../db/scenario/scale/seed-scaled';
import { openWorkspace } from '../../db/store/open-workspace';
import { loadFebrl } from '../helpers/febrl';

const TARGETS = { secondsFor1M: 60, f1: 0.95, peakBytes: 2 * 1024 ** 3 };
const MiB = 1024 ** 2;

interface SizeResult {
  records: number;
  matchableRecords: number;
  generateSeconds: number;
  matchSeconds: number;
  matchCpuSeconds: number;
  cpuSeconds: number;
  recordsPerSecond: number;
  pairsCompared: number;
  candidates: number;
  phases: { read: number; block: number; estimate: number; compare: number; finish: number };
  peakRssMiB: number;
  maxRssMiB: number;
  precision: number;
  recall: number;
  f1: number;
  bcubedF1: number;
  decoysMerged: number;
  threshold: number;
  seed: number;
  person: { precision: number; recall: number; f1: number; blockingRecall: number; decoysMerged: number };
}

/** In the child: match one workspace and report figures as one JSON line. */
function child(file: string): void {
  const db = openWorkspace(file, { create: false });
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const e = evaluateMatching(db, truthFromWorkspace(db), { onProgress: sample });
  const wall = (performance.now() - started) / 1000;
  sample();
  const cpu = process.cpuUsage(cpu0);
  db.close();
  const out = {
    matchableRecords: e.run.records,
    matchSeconds: e.matchingSeconds,
    matchCpuSeconds: e.matchingCpuSeconds,
    evalSeconds: wall,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    pairsCompared: e.run.pairsCompared,
    candidates: e.run.candidates,
    phases: e.run.seconds,
    peakRssMiB: peak / MiB,
    maxRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
    precision: e.precision,
    recall: e.recall,
    f1: e.f1,
    bcubedF1: e.bcubed.f1,
    decoysMerged: e.decoysMerged,
    threshold: e.threshold,
    person: personFigures(e),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function personFigures(e: Evaluation): SizeResult['person'] {
  const p = e.byType.person;
  return {
    precision: p?.precision ?? 1,
    recall: p?.recall ?? 1,
    f1: p?.f1 ?? 1,
    blockingRecall: p?.blockingRecall ?? 1,
    decoysMerged: p?.decoysMerged ?? 0,
  };
}

/** A FEBRL-format person list matched in memory: its person figures. */
function personList(file: string): string {
  const db = openWorkspace(':memory:');
  const loaded = loadFebrl(db, file);
  const e = evaluateMatching(db, truthFromWorkspace(db));
  db.close();
  const p = personFigures(e);
  return [
    `${file}: ${loaded.records} person records (${loaded.datesDropped} impossible dates dropped), matched in ${e.matchingSeconds.toFixed(1)} s`,
    `  persons at threshold ${e.threshold}: precision ${pct(p.precision)}, recall ${pct(p.recall)}, F1 ${pct(p.f1)}, blocking recall ${pct(p.blockingRecall)}`,
    `  person F1 ${ratio(p.f1, TARGETS.f1, false)}`,
  ].join('\n');
}

function runSize(records: number, seed: number, dir: string, log: (s: string) => void): SizeResult {
  const file = path.join(dir, `bench-${records}.thorline`);
  log(`generating ${records.toLocaleString('en-US')} records…`);
  const g0 = performance.now();
  createScaledWorkspace(file, { records, seed, overwrite: true });
  const generateSeconds = (performance.now() - g0) / 1000;
  log(`matching ${records.toLocaleString('en-US')} records…`);
  const self = fileURLToPath(import.meta.url);
  const res = spawnSync(process.execPath, [...process.execArgv, self, '--child', file], {
    encoding: 'utf8',
    maxBuffer: 16 * MiB,
  });
  fs.rmSync(file, { force: true });
  for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
  if (res.status !== 0) throw new Error(`matching ${records} records failed:\n${res.stderr}`);
  const line = res.stdout.trim().split('\n').at(-1) ?? '{}';
  const m = JSON.parse(line) as Omit<SizeResult, 'records' | 'seed' | 'generateSeconds' | 'recordsPerSecond'>;
  return { records, seed, generateSeconds, recordsPerSecond: records / m.matchSeconds, ...m };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (value: number, target: number, lowerIsBetter: boolean) => {
  const ok = lowerIsBetter ? value <= target : value >= target;
  return `${ok ? 'meets' : 'MISSES'} target (${(value / target).toFixed(2)}x of ${target})`;
};

function report(r: SizeResult): string {
  const lines = [
    `${r.records.toLocaleString('en-US')} records, seed ${r.seed} (${r.matchableRecords.toLocaleString('en-US')} of matchable types): generated in ${r.generateSeconds.toFixed(1)} s`,
    `  matching ${r.matchSeconds.toFixed(1)} s wall (${r.matchCpuSeconds.toFixed(1)} s CPU) — ${Math.round(r.recordsPerSecond).toLocaleString('en-US')} records/s; whole evaluation ${r.cpuSeconds.toFixed(1)} s CPU`,
    `  phases: read ${r.phases.read.toFixed(1)} s, block ${r.phases.block.toFixed(1)} s, estimate weights ${r.phases.estimate.toFixed(1)} s, compare+write ${r.phases.compare.toFixed(1)} s, finish ${r.phases.finish.toFixed(1)} s`,
    `  candidate pairs compared ${r.pairsCompared.toLocaleString('en-US')}, stored ${r.candidates.toLocaleString('en-US')}`,
    `  peak memory: sampled RSS ${r.peakRssMiB.toFixed(0)} MiB, maxRSS ${r.maxRssMiB.toFixed(0)} MiB`,
    `  at threshold ${r.threshold}: precision ${pct(r.precision)}, recall ${pct(r.recall)}, F1 ${pct(r.f1)}, B-cubed F1 ${pct(r.bcubedF1)}, decoys merged ${r.decoysMerged}`,
    `  persons: precision ${pct(r.person.precision)}, recall ${pct(r.person.recall)}, F1 ${pct(r.person.f1)}, blocking recall ${pct(r.person.blockingRecall)}, decoys merged ${r.person.decoysMerged}`,
    `  F1 ${ratio(r.f1, TARGETS.f1, false)}; person F1 ${ratio(r.person.f1, TARGETS.f1, false)}; peak memory ${ratio(r.maxRssMiB, TARGETS.peakBytes / MiB, true)} MiB`,
  ];
  if (r.records >= 1_000_000) {
    const scaled = (r.matchSeconds * 1_000_000) / r.records;
    lines.push(`  time for 1M: ${scaled.toFixed(1)} s, ${ratio(scaled, TARGETS.secondsFor1M, true)} s`);
  }
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '10000,100000,1000000' },
      seeds: { type: 'string', default: '1,2' },
      'person-lists': { type: 'string', default: 'tests/fixtures/febrl/dataset1.csv' },
      child: { type: 'string' },
    },
  });
  if (values.child) return child(values.child);
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    process.stderr.write('bench:linking: --sizes must be whole numbers of at least 100, comma-separated\n');
    process.exit(2);
  }
  const seeds = values.seeds.split(',').map((s) => Number(s.trim()));
  if (seeds.some((n) => !Number.isInteger(n))) {
    process.stderr.write('bench:linking: --seeds must be whole numbers, comma-separated\n');
    process.exit(2);
  }
  const log = (s: string) => (values.json ? undefined : process.stderr.write(`${s}\n`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-bench-'));
  const results: SizeResult[] = [];
  try {
    for (const n of sizes) {
      for (const seed of seeds) {
        const r = runSize(n, seed, dir, log);
        results.push(r);
        if (!values.json) process.stdout.write(`${report(r)}\n\n`);
      }
    }
    const lists = values['person-lists'].split(',').filter(Boolean);
    const listReports = lists.map(personList);
    if (!values.json) process.stdout.write(`${listReports.join('\n\n')}\n\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ machine: { cpus: os.cpus().length, loadavg: os.loadavg() }, targets: TARGETS, sizes: results })}\n`,
    );
  } else {
    process.stdout.write(
      `machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
  }
}

main();
