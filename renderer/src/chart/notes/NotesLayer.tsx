// The analyst's notes drawn over the chart: one layer that follows the chart's viewport (a
// CSS transform of pan and zoom, so notes pan and zoom with the chart), holding each note in
// chart coordinates as the exports draw it (same box, same lines), and a leader line from a
// callout to its entity. Notes are not Cytoscape elements: layouts, analysis, counts and
// selection never see them; a free note stays where it was put and a callout follows its entity.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';
import { useChartActions } from '../../state/chart-actions-store';
import type { ChartController } from '../controller';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { notePlace, type Anchor } from './placement';
import './notes.css';

export function NotesLayer({ chart }: { chart: ChartController }) {
  const notes = useChartActions((s) => s.annotations);
  const { layer, anchors } = useAnchors(chart, notes);
  const placed = notes.flatMap((note) => {
    const place = notePlace(note, note.entityId === undefined ? undefined : anchors.get(note.entityId));
    return place ? [{ note, place }] : [];
  });
  return (
    <>
      <div className="chart-notes" ref={layer} data-testid="chart-notes">
        {placed.map(({ note, place }) => (
          <NoteCard key={note.id} note={note} place={place} zoom={() => chart.viewport().zoom} />
        ))}
      </div>
      <NoteEditor chart={chart} />
    </>
  );
}

/**
 * Keeps the layer on the chart's viewport and answers where the callouts' entities are drawn,
 * re-read after every pan, zoom, layout step or drag (once a frame) and every chart action.
 */
function useAnchors(chart: ChartController, notes: ChartAnnotation[]) {
  const layer = useRef<HTMLDivElement>(null);
  const ids = useMemo(
    () => [...new Set(notes.flatMap((n) => (n.entityId === undefined ? [] : [n.entityId])))],
    [notes],
  );
  const [anchors, setAnchors] = useState<Map<number, Anchor>>(() => chart.noteAnchors(ids));
  useEffect(() => {
    const follow = () => {
      const view = chart.viewport();
      if (layer.current)
        layer.current.style.transform = `translate(${view.pan.x}px, ${view.pan.y}px) scale(${view.zoom})`;
      const next = chart.noteAnchors(ids);
      setAnchors((prev) => (samePoints(prev, next) ? prev : next));
    };
    follow();
    const unwatch = chart.watchView(follow);
    // Hiding, grouping or collapsing changes what is drawn: read it after the chart applied it.
    let frame = 0;
    const unActions = useChartActions.subscribe(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(follow);
    });
    return () => {
      cancelAnimationFrame(frame);
      unwatch();
      unActions();
    };
  }, [chart, ids]);
  return { layer, anchors };
}

function samePoints(a: Map<number, Anchor>, b: Map<number, Anchor>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of b) {
    const q = a.get(id);
    if (!q || q.x !== p.x || q.y !== p.y || q.r !== p.r) return false;
  }
  return true;
}
