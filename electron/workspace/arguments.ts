// Reads the launch options both hosts share: `--workspace FILE` (or THORLINE_WORKSPACE)
// and, for the browser host, `--port N`. Unknown arguments are left alone because
// Electron and Chromium add their own switches to argv.
import path from 'node:path';
import { defaultWorkspacePath } from './default-path';

export interface LaunchOptions {
  /** Absolute path of the workspace file to open. */
  workspacePath: string;
  /** True when neither --workspace nor THORLINE_WORKSPACE named a file. */
  isDefault: boolean;
  /** Port from --port, when given. */
  port?: number;
}

export class LaunchArgumentError extends Error {}

export function readLaunchOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  fallbackPath: () => string = defaultWorkspacePath,
): LaunchOptions {
  const named = optionValue(argv, 'workspace') ?? (env.THORLINE_WORKSPACE || undefined);
  const portText = optionValue(argv, 'port');
  const options: LaunchOptions = named
    ? { workspacePath: path.resolve(named), isDefault: false }
    : { workspacePath: fallbackPath(), isDefault: true };
  if (portText !== undefined) options.port = parsePort(portText);
  return options;
}

/** Value of `--name VALUE` or `--name=VALUE`; the last occurrence wins. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === `--${name}`) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new LaunchArgumentError(`--${name} needs a value (for example --${name} ${example(name)}).`);
      }
      value = next;
    } else if (arg.startsWith(`--${name}=`)) {
      value = arg.slice(name.length + 3);
    }
  });
  return value;
}

function example(name: string): string {
  return name === 'port' ? '4815' : 'cases.thorline';
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LaunchArgumentError(`--port must be a whole number from 0 to 65535, not "${text}".`);
  }
  return port;
}
