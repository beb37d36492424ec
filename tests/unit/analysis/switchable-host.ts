// For the tests that switch the browser host to the training workspace while a thread run
// of the old workspace goes on: the host, its key, a call through its HTTP API, and a wait
// on the backend's own state.
import fs from 'node:fs';
import path from 'node:path';
import { startHttpHost, type HttpHost } from '../../../electron/http-host';
import type { Result } from '../../../shared/contract/result';

export interface SwitchableHost {
  host: HttpHost;
  key: string;
  call<T>(name: string, input: unknown): Promise<Result<T>>;
}

/** A browser host on `file`, with the training workspace written in `dir` when started. */
export async function startSwitchableHost(dir: string, file: string): Promise<SwitchableHost> {
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  const host = await startHttpHost({
    workspacePath: file,
    port: 0,
    rendererDir,
    trainingPath: path.join(dir, 'training.thorline'),
  });
  const key = /\/key\/([^/]+)\//.exec(host.url)![1]!;
  const call = async <T>(name: string, input: unknown) => {
    const res = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-thorline-key': key },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Result<T>;
  };
  return { host, key, call };
}

/** Waits on the backend's own state (no fixed deadline): polls each few milliseconds. */
export async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}
