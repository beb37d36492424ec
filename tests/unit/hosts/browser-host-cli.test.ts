// The browser host as `npm run demo` runs it (electron/http-host/cli.ts in its own
// process): the URL it prints carries the key, plain requests without it are refused, and
// a file it cannot open is named in one line on the terminal and on the page, untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(REPO, 'electron/http-host/cli.ts');
let dir: string;
let rendererDir: string;
const running: ChildProcess[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-cli-'));
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Thorline workbench</title>');
});
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Started {
  url: string;
  stdout: string;
  stderr: string;
}

/** Starts the CLI and waits for the line that names its URL (on stdout or stderr). */
function startCli(workspace: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--workspace', workspace, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, THORLINE_RENDERER_DIR: rendererDir },
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const look = () => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/key\/[\w-]+\/)/.exec(stdout + stderr)?.[1];
      if (url && /\n/.test(stdout + stderr)) resolve({ url, stdout, stderr });
    };
    child.stdout.on('data', (c: Buffer) => ((stdout += c.toString()), look()));
    child.stderr.on('data', (c: Buffer) => ((stderr += c.toString()), look()));
    child.on('exit', (code) => reject(new Error(`the host exited (${code}): ${stderr}`)));
  });
}

const origin = (url: string) => new URL(url).origin;

/** What a browser does with the printed URL: keep the cookie it sets, follow to the clean page. */
async function openPrinted(url: string): Promise<{ cookie: string; page: Response }> {
  const opened = await fetch(url, { redirect: 'manual' });
  expect(opened.status).toBe(303);
  const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
  const page = await fetch(new URL(opened.headers.get('location')!, url), { headers: { cookie } });
  return { cookie, page };
}

describe('the printed URL', () => {
  it('carries the key: without it the API answers 401, with it the API works', async () => {
    const { url, stdout } = await startCli(path.join(dir, 'new.thorline'));
    expect(stdout).toContain(`Thorline is running at ${url}`);
    const info = `${origin(url)}/api/workspace.info`;
    const plain = await fetch(info, { method: 'POST', body: '{}' });
    expect(plain.status).toBe(401);
    expect((await fetch(`${origin(url)}/api/events`)).status).toBe(401);

    const { cookie, page } = await openPrinted(url);
    expect(await page.text()).toContain('Thorline workbench');
    const call = await fetch(info, { method: 'POST', body: '{}', headers: { cookie } });
    expect(call.status).toBe(200);
    expect(((await call.json()) as { ok: boolean }).ok).toBe(true);
  }, 60_000);
});

describe('an older workspace', () => {
  it('is upgraded, and the terminal says where the copy of the file as it was is kept', async () => {
    const old = path.join(dir, 'old.thorline');
    fs.copyFileSync(path.join(REPO, 'tests/fixtures/workspaces/schema-v2.thorline'), old);
    const before = fs.readFileSync(old);
    const { stdout } = await startCli(old);
    const kept = /Upgraded the workspace from schema 2 to \d+; the file as it was is kept at (.+)\.\n/.exec(
      stdout,
    );
    expect(kept?.[1]).toMatch(/old\.thorline\.v2-backup-/);
    expect(fs.readFileSync(kept![1]!).equals(before)).toBe(true);
  }, 60_000);
});

describe('a file the host cannot open', () => {
  it('is named in one line on the terminal, shown on the page, answered on the API, and left untouched', async () => {
    const notes = path.join(dir, 'notes.thorline');
    fs.writeFileSync(notes, 'meeting notes, not a database');
    const { url, stderr } = await startCli(notes);
    const line = stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(
      /^Thorline could not open the workspace: .*notes\.thorline is not a Thorline workspace/,
    );
    expect(line).toContain('BAD_FILE');

    const { page } = await openPrinted(url);
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('Thorline could not open the workspace');
    expect(html).toContain('is not a Thorline workspace');
    const stranger = await fetch(origin(url));
    expect(stranger.status).toBe(401);
    expect(await stranger.text()).not.toContain('notes.thorline');
    const call = await fetch(url + 'api/cases.list', { method: 'POST', body: '{}' });
    expect(await call.json()).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect(fs.readFileSync(notes, 'utf8')).toBe('meeting notes, not a database');
  }, 60_000);

  it('names a workspace from a newer Thorline and leaves it byte for byte', async () => {
    const newer = path.join(dir, 'newer.thorline');
    const db = new Database(newer);
    db.pragma('application_id = 1414025042'); // 'THOR'
    db.exec('CREATE TABLE cases (id INTEGER PRIMARY KEY)');
    db.pragma('user_version = 99');
    db.close();
    const before = fs.readFileSync(newer);
    const { url, stderr } = await startCli(newer);
    expect(stderr).toMatch(/written by a newer Thorline \(workspace schema 99/);
    expect(await (await openPrinted(url)).page.text()).toContain('Update Thorline to open it');
    expect(fs.readFileSync(newer).equals(before)).toBe(true);
  }, 60_000);

  it('names a workspace locked by another program, and leaves it as it was', async () => {
    const locked = path.join(dir, 'locked.thorline');
    fs.copyFileSync(path.join(REPO, 'tests/fixtures/workspaces/schema-v3.thorline'), locked);
    const before = fs.readFileSync(locked);
    const holder = new Database(locked);
    try {
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.exec('BEGIN EXCLUSIVE');
      const { url, stderr } = await startCli(locked);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^Thorline could not open the workspace: .*locked\.thorline.*locked/);
      expect(await (await openPrinted(url)).page.text()).toMatch(/locked/);
      holder.exec('ROLLBACK');
    } finally {
      holder.close();
    }
    expect(fs.readFileSync(locked).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('locked.thorline.'))).toEqual([]);
  }, 60_000);
});
