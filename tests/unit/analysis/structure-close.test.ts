// A key-players run ends with its workspace: closing the workspace, or switching the browser
// host to another one (training), cancels the run, ends its worker thread and lets no late
// progress of the old workspace reach the event stream the renderer listens to.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureWorkersAlive } from '../../../db/analysis/structure-run';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { openWorkbench } from '../../../electron/workspace/open-workbench';
import { startSwitchableHost, until } from './switchable-host';

let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-structure-close-'));
  file = path.join(dir, 'generated.thorline');
  // About 5,900 entities: measured in a worker thread for seconds.
  createScaledWorkspace(file, { records: 8000, seed: 7 });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('closing a workspace while its key players are measured', () => {
  it('answers CANCELLED, ends the worker thread and pushes no more progress', async () => {
    const progress: unknown[] = [];
    const workbench = await openWorkbench({
      workspacePath: file,
      emit: (event, payload) => event === 'analysis.progress' && progress.push(payload),
    });
    const structure = workbench.dispatch('analysis.structure', { runId: 'closing' });
    await until(() => progress.length > 0);
    expect(structureWorkersAlive()).toBe(1);

    workbench.close();
    const result = await structure;
    expect(result.ok ? 'answered' : result.error.code).toBe('CANCELLED');
    if (!result.ok) expect(result.error.message).toContain('workspace was closed');
    await until(() => structureWorkersAlive() === 0);
    const seen = progress.length;
    // Whatever the thread posted before it ended has been delivered by now; none was reported.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(progress.length).toBe(seen);
    expect(progress.at(-1)).toMatchObject({ runId: 'closing' });
  });
});

describe('switching the browser host to the training workspace while measuring', () => {
  it('cancels the old run, ends its thread, and the event stream carries none of its progress after', async () => {
    const { host, key, call } = await startSwitchableHost(dir, file);
    const stream = await openEvents(host.port, key);
    try {
      const structure = call('analysis.structure', { runId: 'old-workspace' });
      await until(() => stream.progressOf('old-workspace') > 0);

      const switched = await call('training.start', {});
      expect(switched.ok).toBe(true);
      const result = await structure;
      expect(result.ok ? 'answered' : result.error.code).toBe('CANCELLED');
      await stream.marker('switched');
      const afterSwitch = stream.progressOf('old-workspace');
      await until(() => structureWorkersAlive() === 0);
      await stream.marker('thread gone');
      expect(stream.progressOf('old-workspace')).toBe(afterSwitch);
      // The training workspace is the one open now, and it measures on its own.
      const info = await call<{ path: string }>('workspace.info', {});
      expect(info.ok && info.value.path).toBe(path.join(dir, 'training.thorline'));
    } finally {
      stream.close();
      await host.close();
    }

    /** A marker pushed through the host and waited for: every earlier event has arrived. */
    async function markerOf(text: () => string, reason: string) {
      host.emit('workspace.changed', { reason, changes: [] });
      await until(() => text().includes(`"reason":"${reason}"`));
    }
    function openEvents(port: number, key: string) {
      return new Promise<{
        progressOf(runId: string): number;
        marker(reason: string): Promise<void>;
        close(): void;
      }>((resolve, reject) => {
        const headers = { 'x-thorline-key': key };
        const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            const first = text === '';
            text += chunk;
            if (first)
              resolve({
                progressOf: (runId) => text.split(`"runId":"${runId}"`).length - 1,
                marker: (reason) => markerOf(() => text, reason),
                close: () => req.destroy(),
              });
          });
        });
        req.on('error', reject);
      });
    }
  });
});
