// The Charts tab of the left panel: the chart being worked on with "Save chart" and
// "Save as…", and the saved charts of the workspace with a thumbnail, name, entity count
// and date, each to open, rename, duplicate or delete (after a confirmation).
import { useState } from 'react';
import type { SavedChartSummary } from '../../../../shared/contract/chart-model';
import { useChart } from '../../chart/chart-handle';
import { openDocument } from '../../chart/saved-chart-document';
import { currentDocument, WINDOW_STARTED_AT } from '../../chart/saved-chart-sync';
import { useCall } from '../../data/queries';
import { reportInfo } from '../../state/notices';
import { useUi } from '../../state/ui-store';
import { Dialog } from '../settings/Dialog';
import { ChartNameDialog } from './ChartNameDialog';
import { useChartCall } from './use-chart-call';
import './charts.css';

type Asking =
  | { kind: 'save-as' }
  | { kind: 'rename'; chart: SavedChartSummary }
  | { kind: 'delete'; chart: SavedChartSummary }
  | null;

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export function ChartsPanel() {
  const charts = useCall('charts.list', {}).data;
  const chart = useChart();
  const open = useUi((s) => s.openChart);
  const { run, busy } = useChartCall();
  const [asking, setAsking] = useState<Asking>(null);
  const session = useCall('charts.session.get', {}).data;
  const earlier = session && session.updatedAt < WINDOW_STARTED_AT ? session : null;

  const save = async (name: string, chartId?: number) => {
    const doc = chart && currentDocument(chart);
    if (!chart || !doc) return;
    const saved = await run('charts.save', {
      ...(chartId ? { chartId } : {}),
      name,
      document: doc,
      thumbnail: chart.thumbnail(),
    });
    if (!saved) return;
    useUi.setState({ openChart: { id: saved.id, name: saved.name } });
    reportInfo(`Saved chart “${saved.name}” (${saved.entityCount} entities).`);
    setAsking(null);
  };
  const openChart = async (c: SavedChartSummary) => {
    const full = await run('charts.get', { chartId: c.id });
    if (full && chart)
      openDocument(chart, full.document, { id: full.id, name: full.name }, `chart “${full.name}”`);
  };
  const rename = async (c: SavedChartSummary, name: string) => {
    const renamed = await run('charts.rename', { chartId: c.id, name });
    if (!renamed) return;
    if (open?.id === c.id) useUi.setState({ openChart: { id: c.id, name: renamed.name } });
    setAsking(null);
  };
  const remove = async (c: SavedChartSummary) => {
    if (!(await run('charts.delete', { chartId: c.id }))) return;
    if (open?.id === c.id) useUi.setState({ openChart: null });
    setAsking(null);
  };

  return (
    <div className="charts-panel" data-testid="charts-panel">
      <div className="charts-current">
        <div className="row-main">
          <span className="row-title" data-testid="open-chart-name">
            {open ? open.name : 'Unsaved chart'}
          </span>
          <span className="row-sub">
            {open ? 'Saved chart: “Save chart” keeps your changes' : 'Not saved by name yet'}
          </span>
        </div>
        <div className="charts-actions">
          <button
            type="button"
            className="button small primary-small"
            disabled={busy || !chart}
            onClick={() => (open ? void save(open.name, open.id) : setAsking({ kind: 'save-as' }))}
            data-testid="chart-save"
          >
            Save chart
          </button>
          <button
            type="button"
            className="button small"
            disabled={busy || !chart}
            onClick={() => setAsking({ kind: 'save-as' })}
            data-testid="chart-save-as"
          >
            Save as…
          </button>
        </div>
      </div>
      {earlier && (
        <div className="charts-session" data-testid="last-session">
          <span className="row-main">
            <span className="row-title">
              Last session{earlier.chartName ? ` (${earlier.chartName})` : ''}
            </span>
            <span className="row-sub">
              {earlier.document.entities.length.toLocaleString('en-US')} entities · {when(earlier.updatedAt)}
            </span>
          </span>
          <button
            type="button"
            className="button small"
            disabled={!chart}
            onClick={() =>
              chart &&
              openDocument(
                chart,
                earlier.document,
                earlier.chartId !== null && earlier.chartName
                  ? { id: earlier.chartId, name: earlier.chartName }
                  : null,
                'the last session',
              )
            }
            data-testid="reopen-session"
          >
            Reopen
          </button>
        </div>
      )}
      <div className="list" data-testid="saved-charts">
        {charts?.length === 0 && <div className="muted charts-empty">No saved charts yet.</div>}
        {charts?.map((c) => (
          <div
            key={c.id}
            className={open?.id === c.id ? 'list-row chart-row selected' : 'list-row chart-row'}
            data-testid="saved-chart-row"
            data-chart-name={c.name}
          >
            <button
              type="button"
              className="chart-thumb"
              onClick={() => void openChart(c)}
              title={`Open ${c.name}`}
            >
              {c.thumbnail ? (
                <img src={c.thumbnail} alt={`Thumbnail of ${c.name}`} />
              ) : (
                <span className="muted">no picture</span>
              )}
            </button>
            <span className="row-main">
              <span className="row-title">{c.name}</span>
              <span className="row-sub">
                {c.entityCount.toLocaleString('en-US')} entities · {when(c.updatedAt)}
              </span>
              <span className="chart-row-actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void openChart(c)}
                  data-testid="chart-open"
                >
                  Open
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setAsking({ kind: 'rename', chart: c })}
                  data-testid="chart-rename"
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void run('charts.duplicate', { chartId: c.id })}
                  data-testid="chart-duplicate"
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => setAsking({ kind: 'delete', chart: c })}
                  data-testid="chart-delete"
                >
                  Delete
                </button>
              </span>
            </span>
          </div>
        ))}
      </div>
      {asking?.kind === 'save-as' && (
        <ChartNameDialog
          title="Save chart as"
          initial={open ? `${open.name} (copy)` : ''}
          action="Save"
          busy={busy}
          onSubmit={(name) => void save(name)}
          onClose={() => setAsking(null)}
        />
      )}
      {asking?.kind === 'rename' && (
        <ChartNameDialog
          title={`Rename “${asking.chart.name}”`}
          initial={asking.chart.name}
          action="Rename"
          busy={busy}
          onSubmit={(name) => void rename(asking.chart, name)}
          onClose={() => setAsking(null)}
        />
      )}
      {asking?.kind === 'delete' && (
        <Dialog
          title={`Delete chart “${asking.chart.name}”?`}
          onClose={() => setAsking(null)}
          testId="chart-delete-dialog"
        >
          <p>
            The chart and its layout go; the cases, records and entities on it stay. The audit log keeps a
            copy of the chart.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button small" onClick={() => setAsking(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button small danger"
              disabled={busy}
              onClick={() => void remove(asking.chart)}
              data-testid="chart-delete-confirm"
            >
              Delete chart
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
