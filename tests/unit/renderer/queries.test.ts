// Which cached queries a workspace.changed event refreshes: only those reading what changed.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../shared/contract/calls';
import { CALL_CHANGES, JOB_CHANGES } from '../../../shared/contract/call-changes';
import { CHANGE_KINDS, type ChangeKind } from '../../../shared/contract/events';
import { callKey, refreshAfter } from '../../../renderer/src/data/queries';

/** A cache holding one answer for each of these reads, as the workbench would after use. */
function cacheOf(names: CallName[]): QueryClient {
  const client = new QueryClient();
  for (const name of names) client.setQueryData(callKey(name, {} as never), { answer: name });
  return client;
}

const READS: CallName[] = [
  'workspace.info',
  'cases.list',
  'graph.get',
  'connections.list',
  'entities.get',
  'candidates.list',
  'audit.list',
  'matching.settings.get',
  'importSpecs.list',
];

async function refreshedBy(changes: readonly ChangeKind[]): Promise<string[]> {
  const client = cacheOf(READS);
  await refreshAfter(client, changes);
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey[1] as string)
    .sort();
}

describe('refreshAfter', () => {
  it('refreshes the chart, connections, inspector, queue and audit log after a split, not the settings', async () => {
    expect(await refreshedBy(CALL_CHANGES['entities.unmerge']!)).toEqual(
      [
        'audit.list',
        'candidates.list',
        'cases.list',
        'connections.list',
        'entities.get',
        'graph.get',
        'workspace.info',
      ].sort(),
    );
  });

  it('refreshes only the settings and the queue after the matching settings are saved', async () => {
    expect(await refreshedBy(CALL_CHANGES['matching.settings.set']!)).toEqual([
      'candidates.list',
      'importSpecs.list',
      'matching.settings.get',
    ]);
  });

  it('refreshes the case and chart views after an import, not the settings or the audit log', async () => {
    const refreshed = await refreshedBy(JOB_CHANGES.import);
    expect(refreshed).toContain('graph.get');
    expect(refreshed).toContain('cases.list');
    expect(refreshed).not.toContain('matching.settings.get');
    expect(refreshed).not.toContain('importSpecs.list');
    expect(refreshed).not.toContain('audit.list');
  });

  it('refreshes a read it knows nothing about on any change', async () => {
    const client = new QueryClient();
    client.setQueryData(['call', 'some.future.read', {}], 1);
    client.setQueryData(['not-a-call'], 1);
    await refreshAfter(client, ['settings']);
    const state = (key: unknown[]) => client.getQueryCache().find({ queryKey: key })!.state.isInvalidated;
    expect(state(['call', 'some.future.read', {}])).toBe(true);
    expect(state(['not-a-call'])).toBe(false);
  });

  it('refreshes everything when everything changed, and nothing when nothing did', async () => {
    expect(await refreshedBy(CHANGE_KINDS)).toEqual([...READS].sort());
    expect(await refreshedBy([])).toEqual([]);
  });
});

describe('saved charts', () => {
  it('refreshes the charts list after a save, and nothing else after an autosave of the session', async () => {
    const names: CallName[] = [...READS, 'charts.list', 'charts.session.get', 'graph.entities'];
    const client = cacheOf(names);
    client.setQueryData(['call', 'analysis.structure', {}], 1);
    await refreshAfter(client, CALL_CHANGES['charts.session.save']!);
    const refreshed = client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey[1]);
    expect(refreshed.sort()).toEqual(['charts.list', 'charts.session.get']);
  });
});
