// One note on the chart: a sticky note drawn with the export's box and lines (a callout with its
// leader line, which follows a drag). Drag moves it (one undo step), a double-click or Enter
// edits it, Delete removes it, a right-click opens its menu. Focus is its selection, so the
// keyboard reaches it with Tab.
import {
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type WheelEvent,
} from 'react';
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';
import { useOverlay } from '../actions/overlay-store';
import { keyFor } from '../actions/shortcuts';
import { leaderLine, NOTE, noteBox } from '../export/overlays';
import { FONT_STACK } from '../stylesheet';
import { deleteNote, moveNote } from './note-commands';
import { NOTE_KEYS } from './note-keys';
import { useNotes } from './note-store';
import { draggedAt, movedEnough, type NotePlace, type Point } from './placement';

interface Props {
  note: ChartAnnotation;
  place: NotePlace;
  /** The chart's zoom now (a drag of screen pixels moves the note by pixels / zoom). */
  zoom(): number;
}

/** The mouse wheel over a note zooms the chart as it does anywhere else over it. */
function zoomChart(e: WheelEvent<HTMLDivElement>) {
  const chart = e.currentTarget.closest('.chart-stage')?.querySelector('[data-testid="chart"]');
  chart?.dispatchEvent(new globalThis.WheelEvent('wheel', e.nativeEvent));
}

export function NoteCard({ note, place, zoom }: Props) {
  const selected = useNotes((s) => s.selected === note.id);
  const [drag, setDrag] = useState<Point | null>(null);
  const start = useRef<Point | null>(null);
  const box = noteBox({ text: note.text, x: place.x, y: place.y });
  const shift = drag ? draggedAt({ x: 0, y: 0 }, drag, zoom()) : { x: 0, y: 0 };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    start.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    const by = { x: e.clientX - start.current.x, y: e.clientY - start.current.y };
    if (drag || movedEnough(by)) setDrag(by);
  };
  const onPointerUp = () => {
    if (drag) moveNote(note.id, draggedAt(note.at, drag, zoom()));
    start.current = null;
    setDrag(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const command = keyFor(NOTE_KEYS, e)?.command;
    if (command === 'delete') deleteNote(note.id);
    else if (command === 'edit') useNotes.getState().openEditor({ kind: 'edit', noteId: note.id });
    else if (command === 'menu') openMenu(e.currentTarget);
    else return;
    // The chart's own shortcuts (Delete hides the selected entities) leave it alone.
    e.preventDefault();
    e.stopPropagation();
  };
  /** The note's menu, at the pointer or (from the keyboard) at the note's lower left. */
  const openMenu = (el: HTMLElement, at?: Point) => {
    const stage = el.closest('.chart-stage')!.getBoundingClientRect();
    const own = el.getBoundingClientRect();
    const { x, y } = at ?? { x: own.left, y: own.bottom };
    el.focus();
    useOverlay
      .getState()
      .openMenu({ kind: 'note', noteId: note.id }, { x: x - stage.left, y: y - stage.top });
  };
  const onContextMenu = (e: MouseEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    openMenu(e.currentTarget, { x: e.clientX, y: e.clientY });
  };

  const leader = place.to && leaderLine({ ...box, x: box.x + shift.x, y: box.y + shift.y }, place.to);
  return (
    <>
      {leader && (
        // Under the note, from its nearest edge to its entity's border (as the exports draw it).
        <svg className="chart-note-leaders" width="1" height="1" aria-hidden="true">
          <line className="chart-note-leader" {...leader} />
        </svg>
      )}
      <div
        className={`chart-note${note.entityId === undefined ? '' : ' callout'}${selected ? ' selected' : ''}${drag ? ' dragging' : ''}`}
        role="note"
        tabIndex={0}
        aria-label={`Note: ${note.text}`}
        title="Drag to move · double-click to edit · Delete to remove"
        data-testid="chart-note"
        data-note-id={note.id}
        style={{
          left: box.x + shift.x,
          top: box.y + shift.y,
          width: box.w,
          height: box.h,
          padding: NOTE.pad,
          fontSize: NOTE.font,
          lineHeight: `${NOTE.line}px`,
          fontFamily: FONT_STACK,
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          start.current = null;
          setDrag(null);
        }}
        onDoubleClick={() => useNotes.getState().openEditor({ kind: 'edit', noteId: note.id })}
        onFocus={() => useNotes.getState().select(note.id)}
        onBlur={() => useNotes.getState().select(null)}
        onKeyDown={onKeyDown}
        onContextMenu={onContextMenu}
        onWheel={zoomChart}
      >
        {box.lines.map((line, i) => (
          <div key={i} className="chart-note-line">
            {line}
          </div>
        ))}
      </div>
    </>
  );
}
