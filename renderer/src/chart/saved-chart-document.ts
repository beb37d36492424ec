// A chart as a ChartDocument and back. Capture reads the live chart (every entity on it,
// exact positions, the viewport) and the UI state (case scope, layout, the analyst's
// hidden/pinned/grouped/styled/annotated items). Opening puts all of it back: the chart
// loads exactly the document's entities (graph.entities) at its positions, with no layout.
import type { ChartDocument } from '../../../shared/contract/chart-model';
import { chartActionsOf, useChartActions } from '../state/chart-actions-store';
import { useHistory } from '../state/history';
import { useUi } from '../state/ui-store';
import type { ChartController } from './controller';
import { liveChart } from './saved-chart-history';

export interface OpenChart {
  id: number;
  name: string;
}

export function captureDocument(chart: ChartController): ChartDocument {
  const ui = useUi.getState();
  const positions = chart.exactPositions();
  const { hiddenLinks, ...actions } = chartActionsOf(useChartActions.getState());
  return {
    version: 1,
    caseIds: ui.caseIds,
    entities: Object.keys(positions).map(Number),
    positions,
    ...actions,
    // Only when some are hidden: a chart without hidden links keeps the shape it always had.
    ...(hiddenLinks.length ? { hiddenLinks } : {}),
    layoutId: ui.layoutId,
    viewport: chart.viewport(),
  };
}

/** Shows a document on the chart as it was saved (the positions and view, no layout run). */
export function showDocument(chart: ChartController, doc: ChartDocument, open: OpenChart | null): void {
  // The controller takes the layout as its own first, so the layout switcher does not run it.
  chart.adoptLayout(doc.layoutId);
  const { hidden, pinned, groups, styles, annotations } = doc;
  const hiddenLinks = doc.hiddenLinks ?? [];
  useChartActions.getState().restore({ hidden, hiddenLinks, pinned, groups, styles, annotations });
  useUi.setState({
    caseIds: doc.caseIds,
    caseAnchor: null,
    expansions: [],
    selection: null,
    focus: null,
    layoutId: doc.layoutId,
    chartBase: { entityIds: doc.entities },
    placement: { positions: doc.positions, viewport: doc.viewport },
    openChart: open,
  });
}

/** Opens a saved chart (or the last session) as one undoable step: undo brings back the chart shown before. */
export function openDocument(
  chart: ChartController,
  doc: ChartDocument,
  open: OpenChart | null,
  name: string,
): void {
  const before = captureDocument(chart);
  const openBefore = useUi.getState().openChart;
  showDocument(chart, doc, open);
  useHistory.getState().push({
    label: `opening of ${name}`,
    undo: () => reshow(before, openBefore),
    redo: () => reshow(doc, open),
  });
}

function reshow(doc: ChartDocument, open: OpenChart | null): void {
  const chart = liveChart();
  if (chart) showDocument(chart, doc, open);
}
