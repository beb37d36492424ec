// The chart pane's status (chart/chart-status.ts): the busy line follows the chart's messages,
// and "drawn" (what the indicators, the network summary and the filters' measures wait for)
// is set only when a run ends, and starts over when the pane closes.
import { beforeEach, describe, expect, it } from 'vitest';
import { reportBusy, resetChartStatus, useChartStatus } from '../../../renderer/src/chart/chart-status';

const status = () => useChartStatus.getState();

describe('chart status', () => {
  beforeEach(() => resetChartStatus());

  it('shows each message and is drawn only once a run has ended', () => {
    reportBusy('Force: laying out 5,000 entities…');
    expect(status()).toEqual({ busy: 'Force: laying out 5,000 entities…', drawn: false });
    reportBusy('Drawing 40%…');
    expect(status()).toEqual({ busy: 'Drawing 40%…', drawn: false });
    reportBusy(null);
    expect(status()).toEqual({ busy: null, drawn: true });
    // A later run shows its line; the chart stays drawn.
    reportBusy('Placing 12 new elements…');
    expect(status()).toEqual({ busy: 'Placing 12 new elements…', drawn: true });
  });

  it('starts undrawn again when the chart pane closes', () => {
    reportBusy('Drawing 10%…');
    reportBusy(null);
    resetChartStatus();
    expect(status()).toEqual({ busy: null, drawn: false });
  });
});
