// Renderless controllers: each one watches a piece of UI or server state and tells
// the chart controller about it. None of them renders anything.
import { useEffect, useRef } from 'react';
import { useClient } from '../client/client-context';
import { useCall } from '../data/queries';
import { reportError } from '../state/notices';
import { useUi } from '../state/ui-store';
import { usePossibleLinks } from '../components/review/possible-links';
import type { ChartController } from './controller';
import { mergeGraphs, toElements } from './elements';
import { caseColours } from './style-tables';
import { LARGE_GRAPH } from './layouts';
import { neighbourInput } from './budget';
import { useScopeGraph } from '../casemap/scope-graph';
import { noticeIfCapped } from './expansion-notice';

/** Loads the scope's graph (plus expansions) into the chart. */
export function GraphSync({ chart }: { chart: ChartController }) {
  const expansions = useUi((s) => s.expansions);
  const graph = useScopeGraph();
  const cases = useCall('cases.list', {});
  const possibleLinks = usePossibleLinks();
  const loaded = useRef<{ graph: unknown; expansions: number; possible: unknown }>({
    graph: null,
    expansions: 0,
    possible: null,
  });

  useEffect(() => {
    if (!graph.data || !cases.data) return;
    const colours = caseColours(cases.data.map((c) => c.id));
    const data = mergeGraphs(graph.data, ...expansions.map((e) => e.data));
    const elements = toElements(data, {
      caseColours: colours,
      possibleLinks,
      light: data.nodes.length > LARGE_GRAPH,
    });
    const last = loaded.current;
    const redraw = last.graph !== graph.data || last.possible !== possibleLinks;
    if (redraw || expansions.length < last.expansions) {
      void chart.replace(elements).catch(reportError);
    } else if (expansions.length > last.expansions) {
      void chart.merge(elements, expansions[expansions.length - 1]!.anchor).catch(reportError);
    }
    loaded.current = { graph: graph.data, expansions: expansions.length, possible: possibleLinks };
  }, [chart, graph.data, cases.data, expansions, possibleLinks]);
  return null;
}

export function SelectionSync({ chart }: { chart: ChartController }) {
  const selection = useUi((s) => s.selection);
  useEffect(() => chart.select(selection), [chart, selection]);
  return null;
}

export function LayoutSync({ chart }: { chart: ChartController }) {
  const layoutId = useUi((s) => s.layoutId);
  useEffect(() => {
    void chart.setLayout(layoutId).catch(reportError);
  }, [chart, layoutId]);
  return null;
}

/** Focuses a searched entity; when it is not on the chart, adds it with its neighbours first. */
export function FocusSync({ chart }: { chart: ChartController }) {
  const focus = useUi((s) => s.focus);
  const client = useClient();
  useEffect(() => {
    if (!focus) return;
    const { entityId } = focus;
    useUi.getState().select({ kind: 'node', id: entityId });
    if (chart.focus(entityId)) return;
    client
      .call('graph.neighbours', neighbourInput(entityId))
      .then((data) => {
        const anchor = data.nodes.find((n) => chart.has(n.id))?.id ?? null;
        useUi.getState().addExpansion({ anchor, data });
        noticeIfCapped(data, entityId);
      })
      .catch(reportError);
  }, [chart, focus, client]);
  return null;
}
