// Links are drawn by the credibility of their information (source grading): the element
// carries its grade and a class the stylesheet turns into a solid, dashed or dotted line;
// an ungraded link keeps the line of its kind.
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../renderer/src/chart/elements';
import { buildStylesheet } from '../../../renderer/src/chart/stylesheet';
import { caseColours, credibilityLine, CREDIBILITY_LINE } from '../../../renderer/src/chart/style-tables';
import { link, node } from './fixtures';

const graph = {
  nodes: [node(1, 'person', 'Wendell Samplesby', [10]), node(2, 'phone', '(555) 010-0161', [10])],
  links: [1, 3, 6, undefined].map((credibility, i) => ({
    ...link(1, (['uses_phone', 'called', 'associate_of', 'owns'] as const)[i]!, 2, [10]),
    ...(credibility ? { credibility } : {}),
  })),
};

describe('link lines by credibility', () => {
  it('maps 1–2 to solid, 3–4 to dashed, 5–6 to dotted, and nothing to ungraded', () => {
    expect([1, 2, 3, 4, 5, 6, undefined].map((c) => credibilityLine(c))).toEqual([
      'solid',
      'solid',
      'dashed',
      'dashed',
      'dotted',
      'dotted',
      undefined,
    ]);
  });

  it('gives each graded link its grade and line class, and an ungraded one neither', () => {
    const edges = toElements(graph, { caseColours: caseColours([10]) }).filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.credibility)).toEqual([1, 3, 6, null]);
    expect(edges.map((e) => String(e.classes).match(/graded-\w+/)?.[0] ?? null)).toEqual([
      'graded-solid',
      'graded-dashed',
      'graded-dotted',
      null,
    ]);
  });

  it('styles the graded classes after the link kinds, so the grade wins over the kind', () => {
    const sheet = buildStylesheet() as { selector: string; style: Record<string, unknown> }[];
    const at = (selector: string) => sheet.findIndex((s) => s.selector === selector);
    for (const c of CREDIBILITY_LINE) {
      expect(sheet[at(`edge.graded-${c.line}`)]!.style['line-style']).toBe(c.line);
      // The phones family draws dotted lines; a graded phone link must be drawn by its grade.
      expect(at(`edge.graded-${c.line}`)).toBeGreaterThan(at('edge.family-contact'));
    }
  });
});
