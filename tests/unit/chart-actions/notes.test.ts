// The analyst's notes on the chart: text checks (empty and over-long text refused by code and
// message), the pure edits (never touching their input), where a note stands (free, or a
// callout following its entity, also in the export's scene), and each note action as one
// undo step named as the menu shows it.
import { beforeEach, describe, expect, it } from 'vitest';
import { headlessChart } from '../helpers/headless-chart';
import { applyChartActions } from '../../../renderer/src/chart/actions/apply';
import { sceneOf } from '../../../renderer/src/chart/export/scene';
import { leaderLine, notesSvg } from '../../../renderer/src/chart/export/overlays';
import { chartBox, noteBoxes, noteCorners } from '../../../renderer/src/chart/notes/framing';
import { drawnPositions } from '../../../renderer/src/chart/notes/anchors';
import * as commands from '../../../renderer/src/chart/notes/note-commands';
import * as edit from '../../../renderer/src/chart/notes/note-edit';
import { useNotes } from '../../../renderer/src/chart/notes/note-store';
import {
  CALLOUT_OFFSET,
  draggedAt,
  movedEnough,
  notePlace,
} from '../../../renderer/src/chart/notes/placement';
import { EMPTY_CHART_ACTIONS, useChartActions } from '../../../renderer/src/state/chart-actions-store';
import { useHistory } from '../../../renderer/src/state/history';
import { chartAnnotationSchema } from '../../../shared/contract/chart-model';
import { node } from '../renderer/fixtures';

const notes = () => useChartActions.getState().annotations;
const lastLabel = () => useHistory.getState().past.at(-1)?.label;

beforeEach(() => {
  useChartActions.getState().restore(EMPTY_CHART_ACTIONS);
  useHistory.getState().clear();
});

describe('note text', () => {
  it('keeps trimmed text and refuses empty or blank text with a code and a clear message', () => {
    expect(edit.checkNoteText('  Stash house?  ')).toEqual({ ok: true, text: 'Stash house?' });
    for (const blank of ['', '   ', '\n\t ']) {
      const check = edit.checkNoteText(blank);
      expect(check).toMatchObject({ ok: false, code: 'NOTE_EMPTY' });
      expect(!check.ok && check.message).toMatch(/empty/);
    }
  });

  it('takes 2,000 characters and refuses 2,001, saying how long it is and the limit', () => {
    expect(edit.checkNoteText('x'.repeat(2000)).ok).toBe(true);
    const check = edit.checkNoteText('x'.repeat(2001));
    expect(check).toMatchObject({ ok: false, code: 'NOTE_TOO_LONG' });
    expect(!check.ok && check.message).toBe(
      'The note is 2,001 characters long: a note holds at most 2,000 (1 too many).',
    );
    // The chart document's schema agrees on the limit: what the editor keeps, a saved chart takes.
    const kept = { id: 'n1', text: 'x'.repeat(edit.NOTE_MAX_CHARS), at: { x: 0, y: 0 } };
    expect(chartAnnotationSchema.safeParse(kept).success).toBe(true);
    expect(chartAnnotationSchema.safeParse({ ...kept, text: `${kept.text}x` }).success).toBe(false);
  });

  it('names a note by its first line, shortened', () => {
    expect(edit.noteName('Met at the stash house\nsecond line')).toBe('“Met at the stash house”');
    expect(edit.noteName('A very long note that goes on and on about the courier')).toBe(
      '“A very long note that goes on a…”',
    );
  });
});

describe('note edits', () => {
  it('adds with fresh ids, edits, moves and deletes without touching the input', () => {
    const one = edit.addNote(EMPTY_CHART_ACTIONS, { text: 'First', at: { x: 1, y: 2 } });
    const two = edit.addNote(one.data, { text: 'Second', at: { x: 0, y: 0 }, entityId: 7 });
    expect([one.note.id, two.note.id]).toEqual(['n1', 'n2']);
    expect(EMPTY_CHART_ACTIONS.annotations).toEqual([]);
    const edited = edit.editNote(two.data, 'n1', 'First, edited');
    const moved = edit.moveNote(edited, 'n2', { x: 5, y: 6 });
    expect(moved.annotations).toEqual([
      { id: 'n1', text: 'First, edited', at: { x: 1, y: 2 } },
      { id: 'n2', text: 'Second', at: { x: 5, y: 6 }, entityId: 7 },
    ]);
    expect(two.data.annotations[0]!.text).toBe('First');
    const gone = edit.deleteNote(moved, 'n1');
    expect(gone.annotations.map((a) => a.id)).toEqual(['n2']);
    // A deleted id is not reused while a higher one stands; ids are counted from the highest.
    expect(edit.addNote(gone, { text: 'Third', at: { x: 0, y: 0 } }).note.id).toBe('n3');
  });
});

describe('where a note stands', () => {
  it('puts a free note at its point and a callout at its offset from its entity, with a leader', () => {
    const free = { id: 'n1', text: 'Free', at: { x: 10, y: -20 } };
    expect(notePlace(free, undefined)).toEqual({ x: 10, y: -20 });
    const callout = { id: 'n2', text: 'On him', at: CALLOUT_OFFSET, entityId: 4 };
    expect(notePlace(callout, { x: 100, y: 50 })).toEqual({
      x: 100 + CALLOUT_OFFSET.x,
      y: 50 + CALLOUT_OFFSET.y,
      to: { x: 100, y: 50 },
    });
    // A callout whose entity is not drawn is not drawn either.
    expect(notePlace(callout, undefined)).toBeNull();
  });

  it('turns a drag of screen pixels into chart units at the zoom, and ignores a twitch', () => {
    expect(draggedAt({ x: 10, y: 10 }, { x: 50, y: -20 }, 2)).toEqual({ x: 35, y: 0 });
    expect(draggedAt({ x: 10, y: 10 }, { x: 50, y: -20 }, 0.5)).toEqual({ x: 110, y: -30 });
    expect(movedEnough({ x: 1, y: 2 })).toBe(false);
    expect(movedEnough({ x: 3, y: 0 })).toBe(true);
  });

  /** A broker (1) and a phone (2) on a headless chart, the broker at (200, 100). */
  const brokerChart = () => {
    // No links: a headless chart cannot route them (the export reads their drawn curve).
    const graph = {
      nodes: [node(1, 'person', 'Broker', [10]), node(2, 'phone', '(555) 010-0177', [10])],
      links: [],
    };
    const cy = headlessChart(graph, { cases: [10] });
    cy.getElementById('n1').position({ x: 200, y: 100 });
    return cy;
  };
  const annotations = [
    { id: 'n1', text: 'Free note', at: { x: -50, y: -60 } },
    { id: 'n2', text: 'Callout', at: { x: 30, y: -40 }, entityId: 1 },
  ];

  it('places notes in an export where the chart draws them; a callout follows its entity', () => {
    const cy = brokerChart();
    const scene = sceneOf(cy, 'full', null, annotations);
    // The leader stops at the broker's disc: the radius the export draws it at (its size / 2).
    const r = (cy.getElementById('n1').data('size') as number) / 2;
    expect(r).toBeGreaterThan(5);
    expect(scene.notes).toEqual([
      { text: 'Free note', x: -50, y: -60 },
      { text: 'Callout', x: 230, y: 60, to: { x: 200, y: 100, r } },
    ]);
    expect(notesSvg(scene.notes!)).toContain('>Free note</text>');
    const phone = cy.getElementById('n2');
    expect(drawnPositions(cy, [1, 2, 99])).toEqual(
      new Map([
        [1, { x: 200, y: 100, r: cy.getElementById('n1').width() / 2 }],
        [2, { ...phone.position(), r: phone.width() / 2 }],
      ]),
    );
    // The entity moves (a layout, a drag): its callout goes with it; the free note stays.
    cy.getElementById('n1').position({ x: 0, y: 0 });
    expect(sceneOf(cy, 'full', null, annotations).notes).toEqual([
      { text: 'Free note', x: -50, y: -60 },
      { text: 'Callout', x: 30, y: -40, to: { x: 0, y: 0, r } },
    ]);
  });

  it("ends a callout's leader on its entity's border, in the SVG too, and none when the note covers it", () => {
    const to = { x: 200, y: 100, r: 17 };
    // A note up and to the right: the leader leaves its lower-left corner for the disc's edge.
    const line = leaderLine({ x: 230, y: 60, w: 80, h: 20 }, to)!;
    expect(line).toMatchObject({ x1: 230, y1: 80 });
    expect(Math.hypot(line.x2 - to.x, line.y2 - to.y)).toBeCloseTo(17, 6);
    // On the segment from the centre to the note's corner (it points at the centre).
    const along = (line.x2 - to.x) / (line.x1 - to.x);
    expect((line.y2 - to.y) / (line.y1 - to.y)).toBeCloseTo(along, 6);
    expect(leaderLine({ x: 190, y: 90, w: 80, h: 20 }, to)).toBeNull();

    const cy = brokerChart();
    const svg = notesSvg(sceneOf(cy, 'full', null, annotations).notes!);
    const [x2, y2] = /<line [^>]*x2="([-\d.]+)" y2="([-\d.]+)"/.exec(svg)!.slice(1).map(Number) as [
      number,
      number,
    ];
    const r = (cy.getElementById('n1').data('size') as number) / 2;
    expect(Math.abs(Math.hypot(x2 - 200, y2 - 100) - r)).toBeLessThanOrEqual(0.02);
  });

  it('frames the notes with the entities: the chart box, a fit and the full export reach a far note', () => {
    const cy = brokerChart();
    const far = [...annotations, { id: 'n3', text: 'Far away', at: { x: 3000, y: 2000 } }];
    const entities = cy.elements().boundingBox();
    expect(entities.x2).toBeLessThan(3000);
    const noteEnd = noteBoxes(far, () => undefined).at(-1)!;
    expect(noteEnd).toMatchObject({ x1: 3000, y1: 2000 });
    const box = chartBox(cy, far)!;
    expect(box).toMatchObject({ x2: noteEnd.x2, y2: noteEnd.y2 });
    // The free note stands above and left of the entities.
    expect(box).toMatchObject({ x1: Math.min(entities.x1, -50), y1: Math.min(entities.y1, -60) });
    // A layout's fit: the callout goes with its entity to where the layout puts it.
    const moved = chartBox(cy, annotations, (n) => (n.id() === 'n1' ? { x: -900, y: 0 } : n.position()))!;
    expect(moved.x1).toBeLessThan(-900);
    expect(moved.x2).toBeLessThan(box.x2);
    // Big charts are fitted from numbers: the notes' corners join the entities' points.
    expect(noteCorners(far, { n1: { x: 0, y: 0 } })).toContainEqual({ x: 30, y: -40 });
    expect(noteCorners(far, {})).toHaveLength(4);
    // The full-chart export holds the far note whole.
    const scene = sceneOf(cy, 'full', null, far);
    expect(scene.box.x + scene.box.w).toBeGreaterThanOrEqual(noteEnd.x2);
    expect(scene.box.y + scene.box.h).toBeGreaterThanOrEqual(noteEnd.y2);
    expect(scene.box.y).toBeLessThanOrEqual(-60);
  });

  it('leaves out a callout on a hidden entity, in the export and on the chart', () => {
    const cy = brokerChart();
    applyChartActions(cy, { ...EMPTY_CHART_ACTIONS, hidden: [1] });
    expect(sceneOf(cy, 'full', null, annotations).notes).toEqual([{ text: 'Free note', x: -50, y: -60 }]);
    expect([...drawnPositions(cy, [1, 2]).keys()]).toEqual([2]);
  });
});

describe('note commands', () => {
  it('adds, edits, moves and deletes, one named undo step each; undo and redo put each back', async () => {
    const id = commands.addNote('Stash house on Sample Street', { x: 12, y: 34 });
    expect(lastLabel()).toBe('adding note “Stash house on Sample Street”');
    const callout = commands.addCallout('Uses the prepaid phone', 5, '(555) 010-0177');
    expect(lastLabel()).toBe('adding note “Uses the prepaid phone” to (555) 010-0177');
    expect(notes().find((n) => n.id === callout)).toEqual({
      id: callout,
      text: 'Uses the prepaid phone',
      at: CALLOUT_OFFSET,
      entityId: 5,
    });

    commands.moveNote(id, { x: 100, y: 200 });
    expect(lastLabel()).toBe('moving note “Stash house on Sample Street”');
    commands.editNote(id, 'Stash house, 1208 Sample Street');
    expect(lastLabel()).toBe('editing note “Stash house on Sample Street”');
    commands.deleteNote(id);
    expect(lastLabel()).toBe('deleting note “Stash house, 1208 Sample Street”');
    expect(notes().map((n) => n.id)).toEqual([callout]);

    await useHistory.getState().undo();
    expect(notes().find((n) => n.id === id)).toEqual({
      id,
      text: 'Stash house, 1208 Sample Street',
      at: { x: 100, y: 200 },
    });
    await useHistory.getState().undo();
    await useHistory.getState().undo();
    expect(notes().find((n) => n.id === id)).toEqual({
      id,
      text: 'Stash house on Sample Street',
      at: { x: 12, y: 34 },
    });
    await useHistory.getState().redo();
    expect(notes().find((n) => n.id === id)?.at).toEqual({ x: 100, y: 200 });
  });

  it('forgets the selected note when it is deleted (a removed note fires no blur)', () => {
    const id = commands.addNote('Selected', { x: 0, y: 0 });
    useNotes.getState().select(id);
    commands.deleteNote(id);
    expect(useNotes.getState().selected).toBeNull();
  });

  it('records nothing for a change that changes nothing', () => {
    const id = commands.addNote('Same', { x: 0, y: 0 });
    const steps = useHistory.getState().past.length;
    commands.moveNote(id, { x: 0, y: 0 });
    commands.editNote(id, 'Same');
    commands.deleteNote('n404');
    expect(useHistory.getState().past.length).toBe(steps);
  });
});
