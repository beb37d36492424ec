// Runs the browser host (electron/http-host/cli.ts through tsx) in a child process that
// shares this terminal, and exits with its exit code. The host prints its URL with this
// launch's key in it (http://127.0.0.1:PORT/key/KEY/): only whoever sees the terminal can
// call it; the line goes straight to the terminal, never through a pipe here.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO } from './paths.mjs';

export function runBrowserHost(args) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'electron/http-host/cli.ts'), ...args],
    { cwd: REPO, stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
