// The workspace a launch names, as a second launch's argv arrives in the first instance:
// --workspace FILE, --workspace=FILE, or a bare .thorline path from the file manager.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceFileArgument } from '../../electron/workspace/file-argument';

const cwd = path.resolve('/home/analyst');

describe('workspace file argument', () => {
  it('reads --workspace, --workspace= and a bare .thorline path, resolved against the launch folder', () => {
    expect(workspaceFileArgument(['--workspace', 'a.thorline'], cwd)).toBe(path.join(cwd, 'a.thorline'));
    expect(workspaceFileArgument(['--workspace=cases/b.db'], cwd)).toBe(path.join(cwd, 'cases', 'b.db'));
    expect(workspaceFileArgument(['--no-sandbox', 'C.THORLINE'], cwd)).toBe(path.join(cwd, 'C.THORLINE'));
  });

  it('ignores switches, the app folder and other files; the last workspace named wins', () => {
    expect(workspaceFileArgument(['.', '--enable-logging', 'notes.txt'], cwd)).toBeUndefined();
    expect(workspaceFileArgument(['--flag=x.thorline'], cwd)).toBeUndefined();
    expect(workspaceFileArgument(['a.thorline', '/tmp/b.thorline'], cwd)).toBe(
      path.resolve('/tmp/b.thorline'),
    );
  });
});
