import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  composeSvg,
  layoutOf,
  NO_DECORATIONS,
  type Decorations,
} from '../../../renderer/src/chart/export/compose';
import type { SvgScene } from '../../../renderer/src/chart/export/svg';

const scene: SvgScene = {
  box: { x: 0, y: 0, w: 400, h: 200 },
  width: 400,
  height: 200,
  background: '#ffffff',
  crossCaseColour: '#d9480f',
  fontFamily: 'sans-serif',
  nodes: [
    {
      x: 100,
      y: 100,
      size: 30,
      label: 'Ramón Alberto Quintero Salas "Beto" (Anchorage)',
      type: 'person',
      colour: '#2f6db0',
      tint: '#eaf1fa',
      ring: [{ colour: '#4e79a7', size: 100 }],
      crossCase: false,
      caseCount: 1,
    },
  ],
  edges: [],
};

const decorations: Decorations = {
  title: 'Supply chain & brokers',
  date: '2026-11-30',
  analyst: 'A. Analyst',
  scaleNote: '1 entity from 1 case',
  caveat: 'TRAINING DATA — FICTIONAL',
  legend: {
    types: [{ type: 'person', label: 'People', colour: '#2f6db0' }],
    links: [{ label: 'Trade', colour: '#333333', line: 'dashed' }],
    crossCase: { label: 'In several cases (0)', colour: '#d9480f' },
    cases: [{ label: 'AK-2020-006', colour: '#4e79a7' }],
  },
};

describe('briefing picture layout', () => {
  it('without decorations is the chart alone at the requested width, height from its shape', () => {
    const l = layoutOf(scene.box, NO_DECORATIONS, { width: 800 });
    expect([l.width, l.height]).toEqual([800, 400]);
    expect(l.chart).toEqual({ x: 0, y: 0, w: 800, h: 400 });
  });

  it('adds room for banners, header and legend above and below the chart', () => {
    const l = layoutOf(scene.box, decorations, { width: 800 });
    expect(l.chart.y).toBeGreaterThan(0);
    expect(l.chart.w).toBeCloseTo(780, 5);
    expect(l.height).toBeGreaterThan(l.chart.y + l.chart.h);
    // The chart keeps its shape (within the rounding of the picture to whole pixels).
    expect(Math.abs(l.chart.h - (780 * 200) / 400)).toBeLessThanOrEqual(1);
  });

  it('fits the chart into a fixed page and wraps a long legend over several lines', () => {
    const many = {
      ...decorations,
      legend: {
        ...decorations.legend!,
        cases: Array.from({ length: 30 }, (_, i) => ({ label: `CASE-2021-${i}`, colour: '#888888' })),
      },
    };
    const l = layoutOf(scene.box, many, { width: 1000, height: 1400 });
    expect([l.width, l.height]).toEqual([1000, 1400]);
    expect(l.legendLines.length).toBeGreaterThan(2);
    expect(l.legendY + l.legendLines.length * 1.8 * l.unit).toBeLessThan(1400 - 2.2 * l.unit + 1);
  });
});

describe('briefing picture SVG', () => {
  const l = layoutOf(scene.box, decorations, { width: 800 });
  const svg = composeSvg(scene, decorations, l);

  it('is well-formed and holds the title, date, analyst, scale, full labels, legend and the caveat twice', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>Supply chain &amp; brokers</text>');
    expect(svg).toContain('2026-11-30  ·  A. Analyst  ·  1 entity from 1 case');
    expect(svg).toContain('>Ramón Alberto Quintero Salas &quot;Beto&quot; (Anchorage)</text>');
    expect(svg).toContain('>AK-2020-006</text>');
    expect(svg.match(/>TRAINING DATA — FICTIONAL<\/text>/g)).toHaveLength(2);
    expect(svg).not.toContain('…');
  });

  it('draws one tile at 1:1 through the viewBox of that rectangle', () => {
    const tile = composeSvg(scene, decorations, l, { x: 512, y: 256, width: 200, height: 100 });
    const root = new XMLParser({ ignoreAttributes: false }).parse(tile).svg;
    expect([root['@_width'], root['@_height'], root['@_viewBox']]).toEqual(['200', '100', '512 256 200 100']);
  });
});
