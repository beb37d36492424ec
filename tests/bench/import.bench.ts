// npm run bench:import [-- --sizes 10000,100000,1000000] [--json]
// Generates purchase-log CSVs and imports each into a fresh temporary workspace
// through the CLI's code path (stream, parse, validate, write, index, link), each
// size in its own process so that its peak memory is its own. Prints rows/s, peak
// RSS and the ratio to the target of 100,000 rows/s; then where the time goes (reading
// and parsing alone, parsing and mapping alone) and the storage floor: SQLite writing
// the same rows with no JavaScript per row, the bound no import can beat here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MappingSink } from '../../db/import/mapping-sink';
import { readTable } from '../../db/import/read-table';
import { importTableFile } from '../../db/import/run-import';
import { parseSpec } from '../../db/import/spec';
import { openWorkspace } from '../../db/store/open-workspace';
import { writePurchaseCsv } from './purchase-csv';
import { measureStorageFloor } from './storage-floor';

const TARGET = 100_000;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SPEC = path.resolve(HERE, '../fixtures/import/purchases.spec.json');

interface Figures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** CPU time of the importing process: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  peakRssMb: number;
  recordsAdded: number;
  linksAdded: number;
  fileMb: number;
  /** Seconds to read and parse the CSV alone, and to parse and map it (no writing). */
  parseSeconds: number;
  mapSeconds: number;
  /** SQLite alone writing the same records and links (see storage-floor.ts). */
  floorRowsPerSecond: number;
}

/** Seconds to stream the file through a sink that maps (or, without a spec, only counts) rows. */
async function timeReading(csv: string, spec: ReturnType<typeof parseSpec> | null): Promise<number> {
  const started = performance.now();
  const sink = spec
    ? new MappingSink(spec, path.basename(csv), { skipInvalidRows: false })
    : { row: () => undefined, done: () => false };
  await readTable({ name: path.basename(csv), path: csv }, { encoding: 'auto' }, sink);
  return (performance.now() - started) / 1000;
}

/** One size, in this process: import the CSV and measure. */
async function runOne(csv: string, rows: number): Promise<Figures> {
  const workspace = path.join(path.dirname(csv), 'bench.thorline');
  const db = openWorkspace(workspace);
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const spec = parseSpec(JSON.parse(fs.readFileSync(SPEC, 'utf8')));
  const report = await importTableFile(db, {
    file: { name: path.basename(csv), path: csv },
    spec,
    target: { number: 'BENCH-1' },
    skipInvalidRows: false,
  });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  db.close();
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  if (!report.written || report.rowsImported !== rows)
    throw new Error(`benchmark import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  // Measured after the import so that its peak memory is the import's own.
  const parseSeconds = await timeReading(csv, null);
  const mapSeconds = await timeReading(csv, spec);
  const floor = measureStorageFloor(rows);
  return {
    parseSeconds,
    mapSeconds,
    floorRowsPerSecond: floor.rowsPerSecond,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMb: peak / 2 ** 20,
    recordsAdded: report.recordsAdded,
    linksAdded: report.linksAdded,
    fileMb: fs.statSync(csv).size / 2 ** 20,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      json: { type: 'boolean', default: false },
      child: { type: 'string' },
    },
  });
  if (values.child) {
    const [csv, rows] = values.child.split('|');
    process.stdout.write(`${JSON.stringify(await runOne(csv!, Number(rows)))}\n`);
    return;
  }
  const sizes = values.sizes!.split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes must be positive integers: ${values.sizes}`);
  const results: Figures[] = [];
  for (const rows of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-bench-import-'));
    try {
      const csv = path.join(dir, `purchases-${rows}.csv`);
      await writePurchaseCsv(csv, rows);
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child', `${csv}|${rows}`],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        },
      );
      if (child.status !== 0) throw new Error(`import of ${rows} rows failed:\n${child.stderr}`);
      const figures = JSON.parse(child.stdout.trim().split('\n').pop()!) as Figures;
      results.push(figures);
      if (!values.json) print(figures);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const load = os.loadavg().map((l) => l.toFixed(1));
  if (values.json)
    process.stdout.write(
      `${JSON.stringify({ target: TARGET, cpus: os.cpus().length, loadAverage: load, results }, null, 2)}\n`,
    );
  // Wall time on a shared machine depends on what else runs: the load says how much.
  else
    process.stdout.write(
      `target ${TARGET.toLocaleString('en-US')} rows/s on 2 cores; ${os.cpus().length} CPUs here, load average ${load.join(' ')}\n`,
    );
}

function print(f: Figures): void {
  const line = [
    `${f.rows.toLocaleString('en-US').padStart(9)} rows`,
    `${f.fileMb.toFixed(1).padStart(6)} MB`,
    `${f.seconds.toFixed(2).padStart(7)} s`,
    `${Math.round(f.rowsPerSecond).toLocaleString('en-US').padStart(8)} rows/s`,
    `${(f.rowsPerSecond / TARGET).toFixed(2)}x target`,
    `CPU ${f.cpuSeconds.toFixed(1)} s (${Math.round(f.rows / f.cpuSeconds).toLocaleString('en-US')} rows/CPU-s)`,
    `peak RSS ${f.peakRssMb.toFixed(0)} MB`,
    `${f.recordsAdded.toLocaleString('en-US')} records, ${f.linksAdded.toLocaleString('en-US')} links`,
  ];
  const rate = (seconds: number) => `${Math.round(f.rows / seconds).toLocaleString('en-US')} rows/s`;
  const where = [
    `${''.padStart(15)}time: read+parse ${f.parseSeconds.toFixed(2)} s (${rate(f.parseSeconds)})`,
    `parse+map ${f.mapSeconds.toFixed(2)} s (${rate(f.mapSeconds)})`,
    `write+index+link ≈ ${(f.seconds - f.mapSeconds).toFixed(2)} s`,
  ];
  const floor = [
    `${''.padStart(15)}storage floor (SQLite alone, no JS per row): ${Math.round(f.floorRowsPerSecond).toLocaleString('en-US')} rows/s`,
    `= ${(f.floorRowsPerSecond / TARGET).toFixed(2)}x target`,
    `import at ${((100 * f.rowsPerSecond) / f.floorRowsPerSecond).toFixed(0)}% of the floor`,
  ];
  process.stdout.write(`${line.join('  ')}\n${where.join('  ')}\n${floor.join('  ')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:import: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
