// The link preview (renderer/src/chart/drawing/link-preview.ts) draws a big chart's links
// before Cytoscape has styled them, so each kind of link must look as the chart itself then
// draws it: its colour, width, dashes, outline and shape are read here from a headless chart
// holding the real entities and links with the real stylesheet (and the presenting look),
// and must equal what the preview took from its own pass over the link rules alone.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../shared/contract/model';
import { ENTITY_TYPES } from '../../../shared/domain/entity-types';
import { LINK_TYPES } from '../../../shared/domain/link-types';
import {
  linesByLook,
  linkLooks,
  lookKey,
  type LinkLook,
} from '../../../renderer/src/chart/drawing/link-preview';
import { toElements } from '../../../renderer/src/chart/elements';
import { lookRules, NORMAL_LOOK } from '../../../renderer/src/chart/look';
import { caseColours, LINK_FAMILY, LINK_FAMILY_STYLE } from '../../../renderer/src/chart/style-tables';
import { buildStylesheet } from '../../../renderer/src/chart/stylesheet';
import { headlessChart } from '../helpers/headless-chart';
import { link, node } from './fixtures';

const n = ENTITY_TYPES.length;
/** Every link type, in one case or across two, for one or several record links. */
const GRAPH: GraphData = {
  nodes: ENTITY_TYPES.map((type, i) => node(i + 1, type, `${type} ${i + 1}`, i % 3 ? [10] : [10, 11])),
  links: LINK_TYPES.map((type, i) =>
    link((i % n) + 1, type, ((i + 1) % n) + 1, i % 2 ? [10] : [10, 11], 1 + (i % 4)),
  ),
};

const elementsOf = (light: boolean) =>
  toElements(GRAPH, { caseColours: caseColours([10, 11]), light }).filter((el) => el.group === 'edges');

/** How the chart draws a link, read from the chart itself. */
function drawnLook(cy: Core, el: ElementDefinition): Omit<LinkLook, 'shown'> {
  const edge = cy.getElementById(el.data.id as string) as unknown as {
    pstyle(name: string): { value: unknown; pfValue?: unknown };
    style(name: string): string;
  };
  const line = edge.pstyle('line-style').value;
  const outline = Number(edge.pstyle('line-outline-width').value);
  return {
    straight: ['haystack', 'straight'].includes(edge.pstyle('curve-style').value as string),
    colour: edge.style('line-color'),
    width: Number(edge.pstyle('width').pfValue),
    opacity: Number(edge.pstyle('opacity').value) * Number(edge.pstyle('line-opacity').value),
    dash:
      line === 'dotted'
        ? [1, 1]
        : line === 'dashed'
          ? (edge.pstyle('line-dash-pattern').pfValue as number[])
          : [],
    cap: edge.pstyle('line-cap').value as CanvasLineCap,
    outline: outline > 0 ? { width: outline, colour: edge.style('line-outline-color') } : null,
  };
}

function expectSameLooks(light: boolean, style: StylesheetJson) {
  const links = elementsOf(light);
  const cy = headlessChart(GRAPH, { cases: [10, 11], light, style });
  const looks = linkLooks(style, links);
  for (const el of links) {
    const { shown, ...look } = looks.get(lookKey(el))!;
    expect(shown).toBe(true);
    expect({ link: el.data.id, ...look }).toEqual({ link: el.data.id, ...drawnLook(cy, el) });
  }
  cy.destroy();
  return { links, looks };
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

describe('link preview looks', () => {
  it("give each big chart's link the look the chart draws it with", () => {
    const { links, looks } = expectSameLooks(true, buildStylesheet());
    for (const el of links) {
      const look = looks.get(lookKey(el))!;
      // Plain straight lines in the link family's colour; links across cases outlined.
      expect(look.straight).toBe(true);
      expect(look.colour).toBe(
        rgb(LINK_FAMILY_STYLE[LINK_FAMILY[el.data.type as keyof typeof LINK_FAMILY]].colour),
      );
      expect(look.dash).toEqual([]);
      expect(look.outline !== null).toBe(String(el.classes).includes('cross-case-link'));
      expect(look.width).toBe(el.data.width);
    }
  });

  it('follow the presenting look (heavier links)', () => {
    const { looks } = expectSameLooks(true, [
      ...buildStylesheet(),
      ...lookRules({ ...NORMAL_LOOK, presenting: true }),
    ]);
    expect([...looks.values()].every((look) => look.width === 2.5)).toBe(true);
  });

  it('say a small chart draws curved links, which the preview leaves to the chart', () => {
    const { looks } = expectSameLooks(false, buildStylesheet());
    expect([...looks.values()].some((look) => !look.straight)).toBe(true);
  });

  it('dash possible links in their own colour', () => {
    const possible: ElementDefinition = {
      group: 'edges',
      data: { id: 'p1', source: 'n1', target: 'n2', label: 'possible same', width: 2 },
      classes: 'possible',
    };
    const look = linkLooks(buildStylesheet(), [possible]).get(lookKey(possible))!;
    expect(look.dash.length).toBeGreaterThan(0);
    expect(look.colour).toBe('rgb(217,72,15)');
  });
});

describe('link preview lines', () => {
  it('draw each placed link once, grouped by look, and leave out links with an end not placed', () => {
    const links = elementsOf(true);
    const looks = linkLooks(buildStylesheet(), links);
    const positions = Object.fromEntries(ENTITY_TYPES.map((_, i) => [`n${i + 1}`, { x: 10 * i, y: -5 * i }]));
    const unplaced = 'n1';
    delete positions[unplaced];
    const byLook = linesByLook(links, positions, looks);
    const drawn = [...byLook.values()].reduce((sum, coords) => sum + coords.length / 4, 0);
    const placed = links.filter((el) => el.data.source !== unplaced && el.data.target !== unplaced);
    expect(drawn).toBe(placed.length);
    expect(placed.length).toBeLessThan(links.length);
    // Each line runs from its source's position to its target's.
    const first = placed[0]!;
    const coords = byLook.get(lookKey(first))!;
    const from = positions[first.data.source as string]!;
    const to = positions[first.data.target as string]!;
    expect(coords.slice(0, 4)).toEqual([from.x, from.y, to.x, to.y]);
  });

  it('leave out links their look hides', () => {
    const links = elementsOf(true).slice(0, 3);
    const looks = new Map(
      [...linkLooks(buildStylesheet(), links)].map(([k, look]) => [k, { ...look, shown: false }]),
    );
    const positions = Object.fromEntries(ENTITY_TYPES.map((_, i) => [`n${i + 1}`, { x: i, y: i }]));
    expect(linesByLook(links, positions, looks).size).toBe(0);
  });
});
