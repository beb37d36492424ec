// How both hosts find and open their workspace: the per-OS default location, the
// --workspace / THORLINE_WORKSPACE override, first-run seeding, and one-line errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWorkspacePath, userDataDir } from '../../../electron/workspace/default-path';
import { LaunchArgumentError, readLaunchOptions } from '../../../electron/workspace/arguments';
import { describeStartupError, openWorkbench } from '../../../electron/workspace/open-workbench';
import { WorkbenchError } from '../../../shared/contract/result';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-launch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const noEmit = () => undefined;

describe('default workspace location', () => {
  it('follows each operating system', () => {
    expect(defaultWorkspacePath({ platform: 'linux', env: {}, homedir: '/home/ana' })).toBe(
      '/home/ana/.local/share/Thorline/workspace.thorline',
    );
    expect(userDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/x' }, homedir: '/home/ana' })).toBe(
      '/data/x',
    );
    expect(defaultWorkspacePath({ platform: 'darwin', env: {}, homedir: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Thorline/workspace.thorline',
    );
    expect(
      defaultWorkspacePath({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        homedir: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Thorline\\workspace.thorline');
  });
});

describe('launch options', () => {
  const fallback = () => '/default/workspace.thorline';

  it('uses the default when no workspace is named', () => {
    expect(readLaunchOptions([], {}, fallback)).toEqual({ workspacePath: fallback(), isDefault: true });
  });

  it('takes --workspace, --workspace=, THORLINE_WORKSPACE and --port', () => {
    expect(readLaunchOptions(['--workspace', '/a/b.thorline'], {}, fallback).workspacePath).toBe(
      '/a/b.thorline',
    );
    expect(readLaunchOptions(['--workspace=/c.thorline', '--port', '0'], {}, fallback)).toEqual({
      workspacePath: '/c.thorline',
      isDefault: false,
      port: 0,
    });
    expect(readLaunchOptions([], { THORLINE_WORKSPACE: '/env.thorline' }, fallback).workspacePath).toBe(
      '/env.thorline',
    );
    // The command line wins over the environment.
    expect(
      readLaunchOptions(['--workspace', '/arg.thorline'], { THORLINE_WORKSPACE: '/env.thorline' }, fallback)
        .workspacePath,
    ).toBe('/arg.thorline');
  });

  it('ignores switches it does not know (Electron and Chromium add their own)', () => {
    expect(readLaunchOptions(['.', '--no-sandbox', '--inspect=9229'], {}, fallback).isDefault).toBe(true);
  });

  it('explains a missing value or a bad port', () => {
    expect(() => readLaunchOptions(['--workspace'], {}, fallback)).toThrow(LaunchArgumentError);
    expect(() => readLaunchOptions(['--port', 'abc'], {}, fallback)).toThrow(/--port must be a whole number/);
    expect(() => readLaunchOptions(['--port', '70000'], {}, fallback)).toThrow(/0 to 65535/);
  });
});

describe('opening the workbench', () => {
  it('creates a missing workspace seeded with the training scenario when asked', async () => {
    const file = path.join(dir, 'nested', 'first-run.thorline');
    const workbench = await openWorkbench({ workspacePath: file, seedIfMissing: true, emit: noEmit });
    try {
      expect(workbench.created).toBe('seeded');
      const cases = await workbench.dispatch('cases.list', {});
      expect(cases.ok && Array.isArray(cases.value) && cases.value.length).toBeGreaterThanOrEqual(12);
      expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      workbench.close();
    }
    const again = await openWorkbench({ workspacePath: file, seedIfMissing: true, emit: noEmit });
    expect(again.created).toBe(false);
    again.close();
  });

  it('creates an empty workspace for a new named file', async () => {
    const workbench = await openWorkbench({ workspacePath: path.join(dir, 'new.thorline'), emit: noEmit });
    try {
      expect(workbench.created).toBe('empty');
      expect(await workbench.dispatch('cases.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      workbench.close();
    }
  });

  it('refuses a file that is not a workspace and leaves it untouched', async () => {
    const file = path.join(dir, 'report.docx');
    fs.writeFileSync(file, 'PK not a database');
    const err = await openWorkbench({ workspacePath: file, seedIfMissing: true, emit: noEmit }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(WorkbenchError);
    expect(describeStartupError(err)).toMatch(/is not a Thorline workspace/);
    expect(describeStartupError(err)).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(file, 'utf8')).toBe('PK not a database');
  });
});
