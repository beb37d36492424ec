// A model of how Electron runs a preload script in a sandboxed renderer (docs: "Process
// Sandboxing", Preload scripts): the script is wrapped in a function whose only parameters are
// require, process, exports, module, Buffer, global, setImmediate and clearImmediate; that
// require knows exactly electron, events, timers and url. There is no __filename, __dirname or
// any other Node global. The script runs in a fresh vm context, as in a renderer's isolated world.
import events from 'node:events';
import fs from 'node:fs';
import timers from 'node:timers';
import url from 'node:url';
import vm from 'node:vm';

export const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'] as const;

const WRAPPER_PARAMETERS = [
  'require',
  'process',
  'exports',
  'module',
  'Buffer',
  'global',
  'setImmediate',
  'clearImmediate',
] as const;

/** The limited process object a sandboxed preload sees. */
function sandboxedProcess() {
  return {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    platform: process.platform,
    arch: process.arch,
    versions: { ...process.versions },
    env: {},
    argv: [],
  };
}

/** Runs a preload file as a sandboxed renderer would, with the given electron module. */
export function runSandboxedPreload(file: string, electron: unknown): { globals: vm.Context } {
  const source = fs.readFileSync(file, 'utf8');
  const globals = vm.createContext({ console });
  const wrapper = vm.runInContext(`(function (${WRAPPER_PARAMETERS.join(', ')}) {\n${source}\n})`, globals, {
    filename: file,
  }) as (...args: unknown[]) => void;
  const known: Record<(typeof SANDBOX_MODULES)[number], unknown> = { electron, events, timers, url };
  const sandboxRequire = (name: string) => {
    if (name in known) return known[name as keyof typeof known];
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  wrapper(
    sandboxRequire,
    sandboxedProcess(),
    module.exports,
    module,
    Buffer,
    vm.runInContext('globalThis', globals),
    setImmediate,
    clearImmediate,
  );
  return { globals };
}
