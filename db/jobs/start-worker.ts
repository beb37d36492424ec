// Starts a job's worker thread. The desktop host names the built worker files (see
// useBuiltWorkers); otherwise an environment variable may point at one (development only),
// `<name>.js` may sit beside this module, or from sources (tsx, vitest) the .ts file is
// loaded through tsx's loader, which worker threads do not inherit by themselves.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export type JobWorkerName = 'import-worker' | 'matching-worker' | 'structure-worker' | 'indicators-worker';

let builtFiles: Partial<Record<JobWorkerName, string>> = {};
let allowEnvOverride = true;

/**
 * Names the built worker files. A packaged app passes allowEnvOverride false: an environment
 * variable must never choose which JavaScript file the app runs.
 */
export function useBuiltWorkers(
  files: Partial<Record<JobWorkerName, string>>,
  options: { allowEnvOverride: boolean },
): void {
  builtFiles = { ...files };
  allowEnvOverride = options.allowEnvOverride;
}

export function startWorker(name: JobWorkerName, envVar: string, workerData: unknown): Worker {
  const fromEnv = allowEnvOverride ? process.env[envVar] : undefined;
  if (fromEnv) return new Worker(fromEnv, { workerData });
  const configured = builtFiles[name];
  if (configured) return new Worker(configured, { workerData });
  const built = new URL(`./${name}.js`, import.meta.url);
  if (fs.existsSync(built)) return new Worker(built, { workerData });
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
