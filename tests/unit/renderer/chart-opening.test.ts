// The workbench opened on the chart (views/chart-opening.ts): the chart's code is fetched as
// the page starts, and the chart's graph and the case list are asked for as soon as that code
// is in (the host answers one request at a time: the code first), under the keys the chart's
// own queries read; a reload (the chart session decides) and the case map ask for nothing.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchClient } from '../../../shared/contract/host';
import { graphInput } from '../../../renderer/src/chart/budget';
import { callKey } from '../../../renderer/src/data/queries';
import { useUi } from '../../../renderer/src/state/ui-store';

/** The chart's code: loading until the test says it has loaded (or failed). */
const code = vi.hoisted(() => ({
  asked: 0,
  loaded: () => {},
  failed: () => {},
  view: Promise.resolve() as Promise<unknown>,
}));
vi.mock('../../../renderer/src/views/chart-view', () => ({
  prefetchChartView: () => {
    code.asked++;
    code.view = new Promise<void>((resolve, reject) => {
      code.loaded = resolve;
      code.failed = () => reject(new Error('chunk refused'));
    });
    return code.view.then(() => {});
  },
  chartWorkspaceCode: () => code.view,
}));
const { startChartOpening } = await import('../../../renderer/src/views/chart-opening');

/** A client that records the calls asked of the host, in order, and answers each by name. */
function recordingClient(asked: string[]): WorkbenchClient {
  return {
    host: 'browser',
    call: (name: string) => {
      asked.push(name);
      return Promise.resolve({ answerOf: name });
    },
    on: () => () => {},
    saveFile: () => Promise.resolve({ saved: false }),
  } as unknown as WorkbenchClient;
}

const navigation = (type: string) =>
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ type } as unknown as PerformanceEntry]);

describe('opening the workbench on the chart', () => {
  beforeEach(() => {
    code.asked = 0;
    useUi.setState({ activeView: 'chart', caseIds: null, connection: null });
  });
  afterEach(() => vi.restoreAllMocks());

  it('fetches the chart code first, then asks for the graph and the cases where the chart reads them', async () => {
    navigation('navigate');
    const asked: string[] = [];
    const queries = new QueryClient();
    startChartOpening(queries, recordingClient(asked));
    expect(code.asked).toBe(1);
    // Nothing asked of the host while the chart's code is on its way.
    await Promise.resolve();
    expect(asked).toEqual([]);
    code.loaded();
    await vi.waitFor(() => expect(asked).toEqual(['graph.get', 'cases.list']));
    await vi.waitFor(() =>
      expect(queries.getQueryData(callKey('graph.get', graphInput(null)))).toEqual({ answerOf: 'graph.get' }),
    );
    expect(queries.getQueryData(callKey('cases.list', {}))).toEqual({ answerOf: 'cases.list' });
  });

  it('still asks for the graph when the chart code could not be fetched', async () => {
    navigation('navigate');
    const asked: string[] = [];
    startChartOpening(new QueryClient(), recordingClient(asked));
    code.failed();
    await vi.waitFor(() => expect(asked).toEqual(['graph.get', 'cases.list']));
  });

  it('asks for the chosen cases’ graph when the page starts with cases picked', async () => {
    navigation('navigate');
    useUi.setState({ caseIds: [3, 5] });
    const queries = new QueryClient();
    startChartOpening(queries, recordingClient([]));
    code.loaded();
    await vi.waitFor(() =>
      expect(queries.getQueryState(callKey('graph.get', graphInput([3, 5])))).toBeDefined(),
    );
  });

  it('leaves a reload to its chart session: only the code is fetched', async () => {
    navigation('reload');
    const asked: string[] = [];
    startChartOpening(new QueryClient(), recordingClient(asked));
    code.loaded();
    await code.view;
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([]);
    expect(code.asked).toBe(1);
  });

  it('asks for nothing when the page opens on another view', () => {
    navigation('navigate');
    useUi.setState({ activeView: 'casemap' });
    const asked: string[] = [];
    startChartOpening(new QueryClient(), recordingClient(asked));
    expect(asked).toEqual([]);
    expect(code.asked).toBe(0);
  });
});
