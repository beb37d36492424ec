// The link-chart view: cases and connections on the left, the chart in the centre,
// the inspector on the right, the records table below.
import { rasterIconsReady } from '../chart/icons/raster';
import { lazyView } from './lazy-view';
import type { WorkbenchView } from './registry';

function ChartGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M6 6l12 4M6 6l4 12M18 10l-8 8" />
      </g>
      <g fill="currentColor">
        <circle cx="6" cy="6" r="3" />
        <circle cx="18" cy="10" r="3" />
        <circle cx="10" cy="18" r="3" />
      </g>
    </svg>
  );
}

const workspace = lazyView(
  () =>
    Promise.all([import('../components/ChartWorkspace'), rasterIconsReady()]).then(([m]) => m.ChartWorkspace),
  'Opening the chart…',
);
const toolbar = lazyView(() => import('../components/topbar/ChartToolbar').then((m) => m.ChartToolbar), null);

export const chartView: WorkbenchView = {
  id: 'chart',
  label: 'Chart',
  glyph: ChartGlyph,
  component: workspace,
  toolbar,
};

/** The chart view's own code (and the icons it waits for), fetched and evaluated. */
export const chartWorkspaceCode = (): Promise<unknown> => workspace.prefetch();

/**
 * The chart's code and its layout worker, fetched while the case map is idle: opening a case
 * on the chart then waits for neither (each chunk is evaluated in a task of its own).
 */
export async function prefetchChartView(): Promise<void> {
  await workspace.prefetch();
  await toolbar.prefetch();
  (await import('../chart/layout-runner')).warmLayoutWorker();
}
