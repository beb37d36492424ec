// Drives the real browser host (electron/http-host/cli.ts in a child process) with
// hostile inputs: each call's answer, wall time and the host's peak resident memory
// (sampled from /proc while the call runs), and the workspace's state read beside it.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Result } from '../../../shared/contract/result';

const ROOT = path.resolve(__dirname, '../../..');

export interface RunningHost {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startHost(workspace: string, dir: string): Promise<RunningHost> {
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Thorline</title>');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'electron/http-host/cli.ts'),
      '--workspace',
      workspace,
      '--port',
      '0',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, THORLINE_RENDERER_DIR: rendererDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr!.on('data', (c: Buffer) => (errors += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}): ${errors}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** One request on a connection of its own (a reused keep-alive socket may have been closed meanwhile). */
function post(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface Measured<T> {
  result: Result<T>;
  seconds: number;
  /** Host's resident memory before the call, and the highest seen while it ran (MB). */
  rssBefore: number;
  rssPeak: number;
}

export async function call<T = unknown>(
  host: RunningHost,
  name: string,
  input: unknown,
): Promise<Measured<T>> {
  const rssBefore = rssMb(host.pid);
  let rssPeak = rssBefore;
  const timer = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(host.pid))), 20);
  const started = performance.now();
  try {
    const result = JSON.parse(await post(`${host.url}/api/${name}`, JSON.stringify(input))) as Result<T>;
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      rssBefore,
      rssPeak: Math.max(rssPeak, rssMb(host.pid)),
    };
  } finally {
    clearInterval(timer);
  }
}

export const upload = (file: string, name = path.basename(file)) => ({
  name,
  base64: fs.readFileSync(file).toString('base64'),
});

export interface WorkspaceState {
  counts: Record<string, number>;
  /** sha256 over the source records, links and entity memberships, in id order. */
  checksum: string;
  maxRecordId: number;
}

/** Read with a connection of its own (WAL lets it read beside the host's). */
export function workspaceState(file: string): WorkspaceState {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_config' AND name NOT LIKE '%_content' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
    const hash = createHash('sha256');
    for (const sql of [
      'SELECT id, case_id, external_id, type, label, fields, source FROM records ORDER BY id',
      'SELECT id, case_id, external_id, type, from_record, to_record, fields FROM links ORDER BY id',
      'SELECT record_id, entity_id, reason FROM entity_members ORDER BY record_id',
    ])
      for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
    const maxRecordId = (db.prepare('SELECT coalesce(max(id), 0) FROM records').pluck().get() as number) ?? 0;
    return { counts, checksum: hash.digest('hex'), maxRecordId };
  } finally {
    db.close();
  }
}

/** Checksum of the records that existed up to maxId: an accepted import only adds. */
export function recordsChecksum(file: string, maxId: number): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash('sha256');
    const rows = db
      .prepare(
        'SELECT id, case_id, external_id, type, label, fields, source FROM records WHERE id <= ? ORDER BY id',
      )
      .raw()
      .iterate(maxId);
    for (const row of rows) hash.update(JSON.stringify(row));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Entities holding the records added after maxId. */
export function newEntityIds(file: string, maxId: number): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT DISTINCT entity_id FROM entity_members WHERE record_id > ? ORDER BY entity_id')
      .pluck()
      .all(maxId) as number[];
  } finally {
    db.close();
  }
}
