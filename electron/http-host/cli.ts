// `npm run demo -- [--workspace FILE] [--port N]`: starts the browser host and prints
// its URL. Every failure is one line on stderr and exit code 1, never a stack trace.
import { fileURLToPath } from 'node:url';
import { LaunchArgumentError, readLaunchOptions } from '../workspace/arguments';
import { describeStartupError } from '../workspace/open-workbench';
import { defaultWorkspacePath } from '../workspace/default-path';
import { trainingPathBeside } from '../workspace/training-host';
import { startHttpHost, type HttpHost } from './server';

export const DEFAULT_PORT = 4815;
const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

async function main(): Promise<void> {
  const launch = readLaunchOptions(process.argv.slice(2));
  const port = launch.port ?? DEFAULT_PORT;
  let host: HttpHost;
  try {
    host = await startHttpHost({
      workspacePath: launch.workspacePath,
      port,
      rendererDir: process.env.THORLINE_RENDERER_DIR || RENDERER_DIR,
      seedIfMissing: launch.isDefault,
      serveOpenFailure: true,
      // Training lives beside the default workspace, whichever file this launch opened.
      trainingPath: process.env.THORLINE_TRAINING_WORKSPACE || trainingPathBeside(defaultWorkspacePath()),
    });
  } catch (err) {
    if (isAddressInUse(err)) {
      fail(
        `Port ${port} on 127.0.0.1 is already in use; choose another with --port N (or --port 0 for any free port).`,
      );
    }
    throw err;
  }
  if (host.failure) {
    console.error(
      `Thorline could not open the workspace: ${host.failure.message} (${host.failure.code}; the page at ${host.url} says the same; Ctrl+C stops it)`,
    );
  } else reportOpened(host);
  const stop = () => void host.close().then(() => process.exit(host.failure ? 1 : 0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function reportOpened(host: HttpHost): void {
  if (host.upgrade)
    console.log(
      `Upgraded the workspace from schema ${host.upgrade.fromVersion} to ${host.upgrade.toVersion}; the file as it was is kept at ${host.upgrade.backupPath}.`,
    );
  if (host.created === 'seeded')
    console.log(`Created the training-scenario workspace at ${host.workspacePath}.`);
  if (host.created === 'empty') console.log(`Created a new, empty workspace at ${host.workspacePath}.`);
  console.log(`Thorline is running at ${host.url} (workspace: ${host.workspacePath})`);
}

function isAddressInUse(err: unknown): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((err: unknown) => {
  const prefix = err instanceof LaunchArgumentError ? '' : 'Thorline could not start: ';
  fail(prefix + describeStartupError(err));
});
