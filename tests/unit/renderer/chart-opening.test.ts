// The workbench opened on the chart (views/chart-opening.ts): the chart's graph and the case
// list are asked for as the page starts, while the chart's code is still loading, under the
// keys the chart's own queries read; a reload (the chart session decides) and the case map
// ask for nothing.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchClient } from '../../../shared/contract/host';
import { graphInput } from '../../../renderer/src/chart/budget';
import { callKey } from '../../../renderer/src/data/queries';
import { useUi } from '../../../renderer/src/state/ui-store';

/** The chart's code: loading until the test says it has loaded. */
const code = vi.hoisted(() => ({ loaded: () => {}, asked: 0 }));
vi.mock('../../../renderer/src/views/chart-view', () => ({
  prefetchChartView: () => {
    code.asked++;
    return new Promise<void>((resolve) => (code.loaded = resolve));
  },
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

  it('asks for the graph and the cases before the chart code has loaded, where the chart reads them', async () => {
    navigation('navigate');
    const asked: string[] = [];
    const queries = new QueryClient();
    startChartOpening(queries, recordingClient(asked));
    expect(code.asked).toBe(1);
    expect(asked).toEqual(['graph.get', 'cases.list']);
    // Answered into the cache while the code is still loading: the chart's useCall finds them.
    await vi.waitFor(() =>
      expect(queries.getQueryData(callKey('graph.get', graphInput(null)))).toEqual({ answerOf: 'graph.get' }),
    );
    expect(queries.getQueryData(callKey('cases.list', {}))).toEqual({ answerOf: 'cases.list' });
    code.loaded();
  });

  it('asks for the chosen cases’ graph when the page starts with cases picked', () => {
    navigation('navigate');
    useUi.setState({ caseIds: [3, 5] });
    const queries = new QueryClient();
    startChartOpening(queries, recordingClient([]));
    expect(queries.getQueryState(callKey('graph.get', graphInput([3, 5])))).toBeDefined();
  });

  it('leaves a reload to its chart session: only the code is fetched', () => {
    navigation('reload');
    const asked: string[] = [];
    startChartOpening(new QueryClient(), recordingClient(asked));
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
