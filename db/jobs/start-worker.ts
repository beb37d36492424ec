// Starts a job's worker thread. Bundled builds point an environment variable at the built
// worker (or ship `<name>.js` beside this module); from sources (tsx, vitest) the .ts file
// is loaded through tsx's loader, which worker threads do not inherit by themselves.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export function startWorker(
  name: 'import-worker' | 'matching-worker',
  envVar: string,
  workerData: unknown,
): Worker {
  const fromEnv = process.env[envVar];
  if (fromEnv) return new Worker(fromEnv, { workerData });
  const built = new URL(`./${name}.js`, import.meta.url);
  if (fs.existsSync(built)) return new Worker(built, { workerData });
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
