// Keeps the open chart across reloads: on mount it brings back the chart as last left
// (from the workspace's chart session after a reload, from memory when the analyst comes
// back from another view), then autosaves the chart a moment after each change.
// Autosave writes the session record (charts.session.save), never over a saved chart:
// "Save chart" stays the analyst's decision, and a reload shows the chart exactly as left.
// A page opened afresh (a restart, a new window, another analyst's browser on the
// training-room host) starts on the cases' chart instead, and offers the last session
// under Charts ("Reopen").
import { useEffect } from 'react';
import type { ChartDocument } from '../../../shared/contract/chart-model';
import { useClient } from '../client/client-context';
import { useChartActions } from '../state/chart-actions-store';
import { reportError } from '../state/notices';
import { useUi } from '../state/ui-store';
import { pageReloaded } from '../app/navigation';
import { useChartStatus } from './chart-status';
import type { ChartController } from './controller';
import { captureDocument, showDocument, type OpenChart } from './saved-chart-document';
import { liveChart, setLiveChart } from './saved-chart-history';

/** When this window started: a session saved before it is another window's (offered to reopen). */
export const WINDOW_STARTED_AT = new Date().toISOString();

/** Quiet time after the last change before the chart is written. */
const AUTOSAVE_DELAY_MS = 1200;

/**
 * The chart as last seen in this window: a view switch rebuilds the chart from it. Kept at
 * each change, not at each autosave, so a switch within the autosave delay loses nothing.
 */
let lastShown: { doc: ChartDocument; open: OpenChart | null } | null = null;
/** The document last written as the session (the same one is not written again). */
let lastSaved = '';

// Cases (or a connection) picked while no chart is shown, from the case map say, ask for a
// new chart of them: the one last seen is not brought back over it.
useUi.subscribe((s, prev) => {
  if (!liveChart() && (s.caseIds !== prev.caseIds || s.connection !== prev.connection)) lastShown = null;
});

export function ChartSessionSync({ chart }: { chart: ChartController }) {
  const client = useClient();

  useEffect(() => {
    setLiveChart(chart);
    let cancelled = false;
    const bringBack = (doc: ChartDocument | null, open: OpenChart | null) => {
      if (cancelled) return;
      if (doc && doc.entities.length > 0) showDocument(chart, doc, open);
      useUi.setState({ sessionChecked: true });
    };
    if (useUi.getState().sessionChecked) {
      // Back from another view: the chart as it was, with the selection as it stands now (the
      // one left here, one made on the map, or an entity merged away, which the inspector names).
      const { selection } = useUi.getState();
      bringBack(lastShown?.doc ?? null, lastShown?.open ?? null);
      useUi.setState({ selection });
    } else if (!pageReloaded()) {
      bringBack(null, null);
    } else {
      client
        .call('charts.session.get', {})
        .then((s) => {
          if (s) {
            lastShown = { doc: s.document, open: openOf(s.chartId, s.chartName) };
            lastSaved = JSON.stringify(s.document);
          }
          bringBack(s?.document ?? null, lastShown?.open ?? null);
        })
        .catch((err: unknown) => {
          reportError(err);
          bringBack(null, null);
        });
    }
    return () => {
      cancelled = true;
      setLiveChart(null);
    };
  }, [chart, client]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const remember = (): ChartDocument | null => {
      const ui = useUi.getState();
      // Nothing to keep before the last session is back, nor while a chart is still loading.
      if (!ui.sessionChecked || ui.placement) return null;
      const doc = captureDocument(chart);
      if (doc.entities.length === 0) return null;
      lastShown = { doc, open: ui.openChart };
      return doc;
    };
    const save = () => {
      // A chart still being laid out or drawn is kept once it is done: capturing and sending
      // a big chart's half-placed entities took tens of ms from the middle of its drawing.
      if (useChartStatus.getState().busy !== null) {
        timer = setTimeout(save, AUTOSAVE_DELAY_MS);
        return;
      }
      const doc = remember();
      const json = doc && JSON.stringify(doc);
      if (!doc || !json || json === lastSaved) return;
      lastSaved = json;
      client
        .call('charts.session.save', { chartId: lastShown?.open?.id ?? null, document: doc })
        .catch(() => undefined); // a read-only workspace keeps no session; the chart still works
    };
    const later = () => {
      remember();
      clearTimeout(timer);
      timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    };
    const unwatch = chart.watchView(later);
    const unActions = useChartActions.subscribe(later);
    const unUi = useUi.subscribe((s, prev) => {
      if (s.layoutId !== prev.layoutId || s.openChart !== prev.openChart) later();
    });
    return () => {
      clearTimeout(timer);
      unwatch();
      unActions();
      unUi();
    };
  }, [chart, client]);
  return null;
}

const openOf = (id: number | null, name: string | null): OpenChart | null =>
  id !== null && name !== null ? { id, name } : null;

/** The document of the chart now on screen, for "Save chart" (null when nothing is drawn). */
export function currentDocument(chart: ChartController): ChartDocument | null {
  const doc = captureDocument(chart);
  return doc.entities.length ? doc : null;
}
