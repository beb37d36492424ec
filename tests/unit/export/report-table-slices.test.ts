// The report's table laid out in slices (table-in-slices.ts), on a headless jsPDF document:
// every row there, in order, across the pages it fills, with the column heads on each;
// progress after each slice; Cancel stops it between slices, laying out nothing more.
import { describe, expect, it } from 'vitest';
import { newDoc, pagesOf } from './report-fixtures';
import { nextSliceSize, SLICE_MS } from '../../../renderer/src/components/report/slice-size';
import { tableInSlices, type SlicedTable } from '../../../renderer/src/components/report/table-in-slices';

const FRAME = { head: 46, foot: 44, side: 40, y: 74 };
const serial = (i: number) => `TRN-SMP-${String(i).padStart(4, '0')}`;

/** `n` firearms, each an item of two rows. */
function firearms(n: number, perSlice: number): SlicedTable<number> {
  return {
    columns: ['Firearm', 'Seen at'],
    widths: [300, 412],
    items: Array.from({ length: n }, (_, i) => i),
    rowsOf: (i) => [
      [serial(i), 'bought at Sample Street Guns'],
      ['', `recovered at ${i} Example Place`],
    ],
    perSlice,
    empty: 'No firearm.',
  };
}

describe('the size of a report slice', () => {
  it('scales to what the last slice cost, at most doubling, never below one', () => {
    // 64 entities drawn in 466 ms: the next slice should take SLICE_MS.
    expect(nextSliceSize(64, 466, 64)).toBe(4);
    expect(nextSliceSize(1, 10 * SLICE_MS, 20)).toBe(1);
    expect(nextSliceSize(5, SLICE_MS / 4, 20)).toBe(10);
    expect(nextSliceSize(16, 0, 20)).toBe(20);
    expect(nextSliceSize(12, SLICE_MS, 20)).toBe(12);
  });
});

describe('a report table laid out in slices', () => {
  it('lays out every row in order across its pages, the heads on each, reporting each slice', async () => {
    const doc = newDoc();
    const slices: [number, number][] = [];
    const end = await tableInSlices(doc, firearms(500, 37), FRAME, FRAME.y, {
      onSlice: (done, total) => slices.push([done, total]),
    });
    const pages = pagesOf(doc).slice(1);
    expect(pages.length).toBeGreaterThan(5);
    for (const [n, page] of pages.entries()) expect(page, `page ${n + 2}`).toContain('(Seen at) Tj');
    // Each firearm's two rows, in order, none missing or repeated.
    const all = pages.join('\n');
    let at = -1;
    for (let i = 0; i < 500; i++) {
      const next = all.indexOf(`(${serial(i)})`, at + 1);
      expect(next, serial(i)).toBeGreaterThan(at);
      expect(all.indexOf(`(recovered at ${i} Example Place)`, next)).toBeGreaterThan(next);
      at = next;
    }
    expect(all.split('(TRN-SMP-').length - 1).toBe(500);
    // Slices of at most 37 (fewer after a slow one), each reported, the last at the end.
    const done = slices.map(([d]) => d);
    expect(slices.every(([, total]) => total === 500)).toBe(true);
    expect(done.at(-1)).toBe(500);
    expect(done.length).toBeGreaterThanOrEqual(14);
    done.forEach((d, k) => expect(d - (done[k - 1] ?? 0)).toBeGreaterThan(0));
    done.forEach((d, k) => expect(d - (done[k - 1] ?? 0)).toBeLessThanOrEqual(37));
    expect(end).toBeGreaterThan(FRAME.head);
  });

  it('stops between slices once cancelled, laying out nothing more', async () => {
    const doc = newDoc();
    const controller = new AbortController();
    const slices: number[] = [];
    const table = tableInSlices(doc, firearms(500, 50), FRAME, FRAME.y, {
      signal: controller.signal,
      onSlice: (done) => {
        slices.push(done);
        if (done >= 100) controller.abort();
      },
    });
    await expect(table).rejects.toMatchObject({ name: 'AbortError' });
    const stopped = slices.at(-1)!;
    expect(stopped).toBeGreaterThanOrEqual(100);
    expect(slices.filter((d) => d >= 100)).toHaveLength(1);
    // What was laid out stays whole; nothing after it.
    const all = pagesOf(doc).join('\n');
    for (let i = 0; i < stopped; i++) expect(all).toContain(`(${serial(i)})`);
    expect(all).not.toContain(`(${serial(stopped)})`);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const doc = newDoc();
    // 80 groups of 1 to 6 rows of 1 to 4 lines, each under a heading spanning both columns.
    const groups: SlicedTable<number> = {
      ...firearms(80, 10),
      rowsOf: (g) => [
        [{ content: `Group ${g}`, colSpan: 2 }],
        ...Array.from({ length: 1 + (g % 6) }, (_, k) => [
          `${serial(g)}-${k}`,
          Array.from({ length: 1 + ((g + k) % 4) }, (_, l) => `seen ${l + 1}`).join('\n'),
        ]),
      ],
    };
    await tableInSlices(doc, groups, FRAME, FRAME.y, { onSlice: () => {} });
    const pages = pagesOf(doc).slice(1);
    expect(pages.length).toBeGreaterThan(5);
    for (const [n, page] of pages.entries()) {
      const last = [...page.matchAll(/\(Group (\d+)\) Tj/g)].at(-1);
      if (last)
        expect(page, `page ${n + 2}, group ${last[1]}`).toContain(`(${serial(Number(last[1]))}-0) Tj`);
    }
    const all = pages.join('\n');
    for (let g = 0; g < 80; g++) expect(all).toContain(`(${serial(g)}-${g % 6}) Tj`);
  });

  it('says so when there is nothing to list', async () => {
    const doc = newDoc();
    const slices: number[] = [];
    await tableInSlices(doc, firearms(0, 10), FRAME, FRAME.y, { onSlice: (d) => slices.push(d) });
    expect(pagesOf(doc).join('\n')).toContain('(No firearm.) Tj');
    expect(slices).toEqual([]);
  });
});
