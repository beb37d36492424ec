// Renderless controllers: each one watches a piece of UI or server state and tells
// the chart controller about it. None of them renders anything.
import { useEffect, useRef } from 'react';
import { useClient } from '../client/client-context';
import { useCall } from '../data/queries';
import { reportError, reportInfo } from '../state/notices';
import { useUi, type UiState } from '../state/ui-store';
import { useLook } from '../state/look-store';
import { usePossibleLinks } from '../components/review/possible-links';
import type { ChartController } from './controller';
import { mergeGraphs, toElements } from './elements';
import { caseColours } from './style-tables';
import { LARGE_GRAPH } from './layouts';
import { neighbourInput } from './budget';
import { useScopeGraph } from '../casemap/scope-graph';
import { noticeIfCapped } from './expansion-notice';
import { askNeighbours, currentRoom, setChartEntities } from './room-state';
import { noRoomNotice } from './room';
import { MAX_BUDGET } from '../../../shared/contract/budget';
import { takeAddedEntity } from './actions/place-added';
import { mark } from '../app/marks';

/**
 * Loads the scope's graph (plus expansions) into the chart; a reopened chart's own entities
 * instead of the scope's when one is open. A placement waiting in the UI state (a chart
 * reopened, an expansion undone or redone) puts the entities where it says, with no layout.
 */
export function GraphSync({ chart }: { chart: ChartController }) {
  const expansions = useUi((s) => s.expansions);
  const base = useUi((s) => s.chartBase);
  const ready = useUi((s) => s.sessionChecked);
  const scopeGraph = useScopeGraph(ready && !base);
  const savedGraph = useCall('graph.entities', savedInput(base), { enabled: ready && base !== null });
  const graph = base ? savedGraph : scopeGraph;
  const cases = useCall('cases.list', {});
  const possibleLinks = usePossibleLinks();
  const loaded = useRef<{ graph: unknown; expansions: number; possible: unknown }>({
    graph: null,
    expansions: 0,
    possible: null,
  });

  useEffect(() => {
    // Other panels fetch the cases' graph at once, so its answer can be here before the
    // session's: drawing it would start a layout the session's chart then replaces (an F5
    // under load re-laid the chart out). Nothing is drawn until the session was looked for,
    // nor while the chart to show has changed since this render (its own run follows).
    if (!isCurrent(ready, base) || !graph.data || !cases.data) return;
    const colours = caseColours(cases.data.map((c) => c.id));
    const data = mergeGraphs(graph.data, ...expansions.map((e) => e.data));
    setChartEntities(data.nodes.map((n) => n.id));
    const elements = toElements(data, {
      caseColours: colours,
      possibleLinks,
      light: data.nodes.length > LARGE_GRAPH,
    });
    const last = loaded.current;
    const redraw = last.graph !== graph.data || last.possible !== possibleLinks;
    const ui = useUi.getState();
    // A placement belongs to the chart it was made for (a chart being opened waits for its entities).
    const placement = ui.chartBase === base ? ui.placement : null;
    // An entity the analyst added from the chart's menu goes where they clicked (place-added.ts).
    const added = placement || !redraw ? null : takeAddedEntity(data.nodes.map((n) => n.id));
    if (placement) {
      useUi.setState({ placement: null });
      chart.restore(elements, placement.positions, placement.viewport);
    } else if (added) {
      chart.placeAdded(elements, added);
    } else if (redraw && base && last.graph) {
      // A reopened chart whose data changed (a merge, a removal) keeps its positions.
      chart.restore(elements, chart.exactPositions(), chart.viewport());
    } else if (redraw || expansions.length < last.expansions) {
      mark('chart-graph');
      void chart.replace(elements).catch(reportError);
    } else if (expansions.length > last.expansions) {
      void chart.merge(elements, expansions[expansions.length - 1]!.anchor).catch(reportError);
    }
    loaded.current = { graph: graph.data, expansions: expansions.length, possible: possibleLinks };
  }, [chart, graph.data, cases.data, expansions, possibleLinks, base, ready]);
  return null;
}

/** Whether the chart state this render saw is still the store's (a session shown since would make it stale). */
function isCurrent(ready: boolean, base: UiState['chartBase']): boolean {
  const ui = useUi.getState();
  return ready && ui.sessionChecked && ui.chartBase === base;
}

const savedInput = (base: { entityIds: number[] } | null) => ({
  entityIds: base?.entityIds ?? [],
  limit: MAX_BUDGET,
});

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
    // The entity takes a place on the chart too; with no room at all nothing is asked.
    const ask = askNeighbours(entityId, neighbourInput(entityId).limit, { self: 1 });
    if (!ask) {
      reportInfo(noRoomNotice(currentRoom(), 'the entity you searched for was not added'));
      return;
    }
    client
      .call('graph.neighbours', ask.input)
      .then((data) => {
        const anchor = data.nodes.find((n) => chart.has(n.id))?.id ?? null;
        useUi.getState().addExpansion({ anchor, data });
        noticeIfCapped(data, ask);
      })
      .catch(reportError);
  }, [chart, focus, client]);
  return null;
}

/** The theme and presenter view, as the chart's look. */
export function LookSync({ chart }: { chart: ChartController }) {
  const theme = useLook((s) => s.theme);
  const presenting = useLook((s) => s.presenting);
  useEffect(() => chart.setLook({ theme, presenting }), [chart, theme, presenting]);
  return null;
}
