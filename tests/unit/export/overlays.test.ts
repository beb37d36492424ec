// The SVG export draws what the analyst laid over the entities: a group's dashed box with its
// name above (under the links), a collapsed group's counted node and its "n links" links, and
// notes (wrapped, never cut, a leader line to the entity of a callout). Read back by parsing.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { composeSvg, layoutOf, NO_DECORATIONS } from '../../../renderer/src/chart/export/compose';
import type { SvgScene } from '../../../renderer/src/chart/export/svg';

const person = (x: number, label: string) => ({
  x,
  y: 100,
  size: 30,
  label,
  type: 'person' as const,
  colour: '#2f6db0',
  tint: '#eaf1fa',
  ring: [{ colour: '#4e79a7', size: 100 }],
  crossCase: false,
  caseCount: 1,
});

const longNote =
  'Bought eight rifles in one week at Sample Street Guns; paid in cash, said they were for his cousin in Tucson.';

const scene: SvgScene = {
  box: { x: 0, y: 0, w: 600, h: 300 },
  width: 600,
  height: 300,
  background: '#ffffff',
  crossCaseColour: '#d9480f',
  fontFamily: 'sans-serif',
  nodes: [person(100, 'Ramón Alberto Quintero Salas'), person(200, 'Sample Buyer One')],
  edges: [
    {
      points: [
        { x: 200, y: 100 },
        { x: 420, y: 100 },
      ],
      label: '3 links',
      colour: '#1864ab',
      line: 'solid',
      width: 3,
      arrow: false,
    },
  ],
  groups: [
    { collapsed: false, x: 60, y: 60, w: 180, h: 90, label: 'Anchorage crew & friends' },
    { collapsed: true, x: 400, y: 80, w: 66, h: 46, label: 'Milwaukee buyers (4)' },
  ],
  notes: [
    { text: longNote, x: 150, y: 200, to: { x: 100, y: 100 } },
    { text: 'Stash house?', x: 500, y: 200 },
  ],
};

type El = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_n, _p, _leaf, isAttribute) => !isAttribute,
});
const svgOf = (separateHalos = false) =>
  composeSvg(
    scene,
    NO_DECORATIONS,
    layoutOf(scene.box, NO_DECORATIONS, { width: 600 }),
    undefined,
    separateHalos,
  );

/** Every element named `tag` anywhere under `node`. */
function all(node: unknown, tag: string): El[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, tag));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === tag ? [...(v as El[]), ...all(v, tag)] : k.startsWith('@_') ? [] : all(v, tag),
  );
}
const byClass = (root: unknown, cls: string) => all(root, 'g').filter((g) => g['@_class'] === cls);
const texts = (node: unknown) => all(node, 'text').map((t) => String(t['#text']));

describe('SVG export of groups and notes', () => {
  const text = svgOf();
  const root = parser.parse(text);

  it('draws an expanded group as a dashed box with its full name above it, under the links', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const [box] = byClass(root, 'group-box');
    const rect = all(box, 'rect')[0]!;
    expect([rect['@_x'], rect['@_y'], rect['@_width'], rect['@_height']]).toEqual(['60', '60', '180', '90']);
    expect(rect['@_stroke-dasharray']).toBe('6 4');
    expect(texts(box)).toEqual(['Anchorage crew & friends']);
    expect(Number(all(box, 'text')[0]!['@_y'])).toBeLessThan(60);
    expect(text.indexOf('class="group-box"')).toBeLessThan(text.indexOf('class="links"'));
  });

  it('draws a collapsed group as one node with its icon and count, over the entities', () => {
    const [node] = byClass(root, 'group-node');
    const rect = all(node, 'rect')[0]!;
    expect([rect['@_x'], rect['@_width'], rect['@_height']]).toEqual(['400', '66', '46']);
    expect(all(node, 'svg')).toHaveLength(1);
    expect(texts(node)).toEqual(['Milwaukee buyers (4)']);
    expect(Number(all(node, 'text')[0]!['@_y'])).toBeGreaterThan(80 + 46);
    expect(text.indexOf('class="group-node"')).toBeGreaterThan(text.indexOf('class="entities"'));
    expect(texts(byClass(root, 'links'))).toContain('3 links');
  });

  it('draws notes wrapped over lines, every word kept, a callout with its leader line', () => {
    const [callout, plain] = byClass(root, 'chart-note');
    const lines = texts(callout);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(longNote);
    const leader = all(callout, 'line')[0]!;
    expect([leader['@_x2'], leader['@_y2']]).toEqual(['100', '100']);
    expect(texts(plain)).toEqual(['Stash house?']);
    expect(all(plain, 'line')).toHaveLength(0);
    expect(text).not.toContain('…');
  });

  it('for the PDF, draws each halo as a white copy under the text instead of paint-order', () => {
    const pdf = svgOf(true);
    expect(XMLValidator.validate(pdf)).toBe(true);
    expect(pdf).not.toContain('paint-order');
    const proot = parser.parse(pdf);
    const labels = all(proot, 'text').filter((t) => t['#text'] === 'Ramón Alberto Quintero Salas');
    expect(labels.map((t) => [t['@_class'] ?? '', t['@_fill']])).toEqual([
      ['halo', '#fff'],
      ['', '#1f2933'],
    ]);
    expect(text).toContain('paint-order="stroke"');
  });
});
