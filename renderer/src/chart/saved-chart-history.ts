// Chart actions in the one undo history: a drag (of one entity or several), an expansion,
// a layout, opening a saved chart. Each entry puts back plain chart state (positions, the
// expansions, the layout) on whichever chart is live when it runs: the chart is rebuilt
// when the analyst leaves the chart view and comes back, the history is not.
import type { Expansion } from '../state/ui-store';
import { useUi } from '../state/ui-store';
import { useHistory } from '../state/history';
import { layoutById } from './layouts';
import type { ChartController } from './controller';
import type { EntityPositions, Move } from './saved-chart-placement';

let live: ChartController | null = null;

/** The chart undo and redo act on (set while a chart is mounted). */
export function setLiveChart(chart: ChartController | null): void {
  live = chart;
}

export function liveChart(): ChartController | null {
  return live;
}

const onLive = (act: (chart: ChartController) => void) => () => {
  if (live) act(live);
};

export function moveLabel(move: Pick<Move, 'ids' | 'labels'>): string {
  return move.ids.length === 1
    ? `move of ${move.labels[0] ?? 'an entity'}`
    : `move of ${move.ids.length} entities`;
}

export function recordMove(move: Move): void {
  useHistory.getState().push({
    label: moveLabel(move),
    undo: onLive((c) => c.place(move.before)),
    redo: onLive((c) => c.place(move.after)),
  });
}

/**
 * Adds an expansion (neighbours of an entity) as an undoable step. Undo takes the
 * expansion off and puts every entity back where it stood before it; redo puts it back
 * where it had settled, both with no layout run.
 */
export function expandWithUndo(expansion: Expansion, label: string): void {
  const before = live?.exactPositions() ?? {};
  let after: EntityPositions = {};
  useUi.getState().addExpansion(expansion);
  useHistory.getState().push({
    label: `expand of ${label}`,
    undo: () => {
      after = live?.exactPositions() ?? after;
      useUi.setState((s) => ({
        expansions: s.expansions.filter((e) => e !== expansion),
        placement: { positions: before, viewport: null },
      }));
    },
    redo: () =>
      useUi.setState((s) => ({
        expansions: [...s.expansions, expansion],
        placement: { positions: after, viewport: null },
      })),
  });
}

/** Switches the layout as an undoable step: undo puts back the layout and every position. */
export function changeLayoutWithUndo(layoutId: string): void {
  const from = useUi.getState().layoutId;
  if (from === layoutId) return;
  const before = live?.exactPositions() ?? {};
  let after: EntityPositions = {};
  useUi.getState().setLayout(layoutId);
  const put = (id: string, positions: EntityPositions) => {
    live?.adoptLayout(id);
    live?.place(positions);
    useUi.setState({ layoutId: id });
  };
  useHistory.getState().push({
    label: `${layoutById(layoutId).label} layout`,
    undo: () => {
      after = live?.exactPositions() ?? after;
      put(from, before);
    },
    redo: () => put(layoutId, after),
  });
}
