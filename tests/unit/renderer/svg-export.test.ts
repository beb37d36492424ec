import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { composeSvg, layoutOf, NO_DECORATIONS } from '../../../renderer/src/chart/export/compose';
import { escapeXml, type SvgScene } from '../../../renderer/src/chart/export/svg';

const scene: SvgScene = {
  box: { x: -50, y: -40, w: 300, h: 200 },
  width: 600,
  height: 400,
  background: '#ffffff',
  crossCaseColour: '#d9480f',
  fontFamily: 'system-ui, "Segoe UI"',
  nodes: [
    {
      x: 0,
      y: 0,
      size: 40,
      label: 'Jose "El Güero" <Hernández> & Co',
      type: 'person',
      colour: '#2f6db0',
      tint: '#eaf1fa',
      ring: [
        { colour: '#4e79a7', size: 50 },
        { colour: '#f28e2b', size: 50 },
      ],
      crossCase: true,
      caseCount: 2,
    },
    {
      x: 150,
      y: 60,
      size: 34,
      label: '(555) 010-0142',
      type: 'phone',
      colour: '#b86e0b',
      tint: '#fbf1e3',
      ring: [{ colour: '#4e79a7', size: 100 }],
      crossCase: false,
      caseCount: 1,
    },
  ],
  edges: [
    {
      points: [
        { x: 20, y: 5 },
        { x: 80, y: 0 },
        { x: 133, y: 55 },
      ],
      label: 'uses phone',
      colour: '#b86e0b',
      line: 'dotted',
      width: 1.3,
      arrow: true,
    },
    {
      points: [
        { x: 20, y: 5 },
        { x: 133, y: 55 },
      ],
      label: 'possible same',
      colour: '#d9480f',
      line: 'dashed',
      width: 2,
      arrow: false,
    },
  ],
};

/** The chart alone, as the SVG export writes it (no title, legend or caveat). */
const sceneToSvg = (sc: SvgScene) =>
  composeSvg(sc, NO_DECORATIONS, layoutOf(sc.box, NO_DECORATIONS, { width: sc.width }));

describe('SVG export of a scene', () => {
  const svg = sceneToSvg(scene);

  it('is well-formed XML with an <svg> root of the requested size and box', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
    expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(doc.svg['@_width']).toBe('600');
    expect(doc.svg['@_height']).toBe('400');
    // The chart's model box, fitted into the picture.
    expect(doc.svg.svg['@_viewBox']).toBe('-50 -40 300 200');
  });

  it('contains every node label in full (title and visible text, never cut) and link label, escaped', () => {
    expect(svg).toContain('<title>Jose &quot;El Güero&quot; &lt;Hernández&gt; &amp; Co</title>');
    expect(svg).toContain('>Jose &quot;El Güero&quot; &lt;Hernández&gt; &amp; Co</text>');
    expect(svg).not.toContain('…');
    expect(svg).toContain('>(555) 010-0142<');
    expect(svg).toContain('>uses phone<');
  });

  it('draws arrows only on directed links, a curve through control points, and dash styles', () => {
    expect(svg.match(/<polygon/g)).toHaveLength(1);
    expect(svg).toMatch(/d="M20,5 Q80,0 133,55"/);
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('stroke-dasharray="1.5 3"');
  });

  it('draws a ring arc per case, the cross-case outline, and a transparent background when asked', () => {
    expect(svg.match(/ A\d/g)).toHaveLength(2);
    expect(svg).toContain('stroke="#d9480f" stroke-width="3"');
    const backdrop = '<rect x="0" y="0" width="600" height="400" fill="#ffffff"/>';
    expect(svg).toContain(backdrop);
    expect(sceneToSvg({ ...scene, background: null })).not.toContain(backdrop);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
