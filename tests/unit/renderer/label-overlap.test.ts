// The label de-overlap pass (issue 11, point 4): of overlapping labels the more important
// is kept, and no two shown label boxes meet, on a hand-made case and on a crowded random field.
import { describe, expect, it } from 'vitest';
import { labelsToShow, type LabelBox } from '../../../renderer/src/chart/label-overlap';

const box = (id: string, x: number, y: number, priority: number, w = 80, h = 14): LabelBox => ({
  id,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
  priority,
});

const meets = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('label de-overlap', () => {
  it('keeps the more important of two overlapping labels and every label that meets none', () => {
    const shown = labelsToShow([
      box('minor', 10, 5, 1),
      box('hub', 0, 0, 9),
      box('apart', 300, 0, 0),
      box('touching', 80, 0, 0), // edge to edge with the hub: not an overlap
    ]);
    expect([...shown].sort()).toEqual(['apart', 'hub', 'touching']);
  });

  it('breaks ties by id, so the same chart always shows the same labels', () => {
    expect([...labelsToShow([box('b', 0, 0, 1), box('a', 5, 5, 1)])]).toEqual(['a']);
  });

  it('leaves no two shown boxes meeting on a crowded field, across grid cells', () => {
    // A deterministic pseudo-random field of 1,500 labels of different widths.
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const boxes = Array.from({ length: 1500 }, (_, i) =>
      box(
        `n${i}`,
        rand() * 3000 - 1500,
        rand() * 2000 - 1000,
        Math.floor(rand() * 10),
        30 + rand() * 200,
        12 + rand() * 10,
      ),
    );
    const kept = labelsToShow(boxes);
    const shown = boxes.filter((b) => kept.has(b.id));
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.length).toBeLessThan(boxes.length);
    const clashes: string[] = [];
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        if (meets(shown[i]!, shown[j]!)) clashes.push(`${shown[i]!.id}/${shown[j]!.id}`);
      }
    }
    expect(clashes).toEqual([]);
    // Every hidden label meets a shown one of at least its priority (nothing hidden for nothing).
    const hiddenForNothing = boxes
      .filter((b) => !kept.has(b.id))
      .filter((b) => !shown.some((s) => meets(s, b) && s.priority >= b.priority));
    expect(hiddenForNothing).toEqual([]);
  });
});
