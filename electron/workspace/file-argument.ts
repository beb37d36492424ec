// The workspace file a launch names: `--workspace FILE`, `--workspace=FILE`, or, as the OS
// passes it when a .thorline file is opened from the file manager, a bare path ending in
// .thorline. Used for a second launch, whose arguments arrive in the first instance.
import path from 'node:path';

export const WORKSPACE_EXTENSION = '.thorline';

/** The workspace argv names (the last one wins), resolved against the launch's cwd. */
export function workspaceFileArgument(argv: readonly string[], cwd: string): string | undefined {
  let named: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--workspace' && argv[i + 1] !== undefined) named = argv[i + 1];
    else if (arg.startsWith('--workspace=')) named = arg.slice('--workspace='.length);
    else if (!arg.startsWith('-') && arg.toLowerCase().endsWith(WORKSPACE_EXTENSION)) named = arg;
  });
  return named ? path.resolve(cwd, named) : undefined;
}
