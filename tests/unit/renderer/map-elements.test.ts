// The map's elements and its SVG export, in Node on a headless Cytoscape: entities at one
// place fan out round it within a few rings, a flow arrow joins store and recovery, and the
// exported SVG is well-formed XML with one disc per entity and one arrow per flow.
import cytoscape from 'cytoscape';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { EntityPlace, GunFlow } from '../../../shared/contract/map-model';
import type { GraphNode } from '../../../shared/contract/model';
import { mapElements } from '../../../renderer/src/map/map-elements';
import { mapSvg } from '../../../renderer/src/map/map-export';
import { PROJECTION, stateAt } from '../../../renderer/src/map/outlines';

const node = (id: number, type: GraphNode['type'], label: string): GraphNode => ({
  id,
  type,
  label,
  caseIds: [1],
  recordCount: 1,
  crossCase: false,
});
const at = (
  entityId: number,
  lat: number,
  lon: number,
  placeName: string,
  stateCode: string,
): EntityPlace => ({
  entityId,
  source: 'gazetteer',
  lat,
  lon,
  placeName,
  stateCode,
});

// A store and 30 buyers in Milwaukee, a recovery in Zapopan <Jalisco> & a flow of 4 guns.
const nodes = [
  node(1, 'dealer', 'Badger Sporting Goods'),
  node(2, 'recovery', 'Recovery Calle Ejemplo 418, Zapopan & <safe house>'),
  ...Array.from({ length: 30 }, (_, i) => node(10 + i, 'person', `Buyer ${i}`)),
];
const places = [
  at(1, 43.0389, -87.9065, 'Milwaukee, WI', 'US-WI'),
  at(2, 20.7211, -103.3874, 'Zapopan, Jalisco', 'MX-JAL'),
  ...Array.from({ length: 30 }, (_, i) => at(10 + i, 43.0389, -87.9065, 'Milwaukee, WI', 'US-WI')),
];
const flows: GunFlow[] = [{ fromEntityId: 1, toEntityId: 2, count: 4, firearmIds: [100, 101, 102, 103] }];

describe('the map elements', () => {
  it('fans the entities of one place round it, and draws the flow between places', () => {
    const { elements, mapNodes } = mapElements(nodes, places, flows);
    expect(mapNodes).toHaveLength(32);
    const [mx, my] = PROJECTION.project(-87.9065, 43.0389);
    const milwaukee = mapNodes.filter((n) => n.placeName === 'Milwaukee, WI');
    const distances = milwaukee.map((n) => Math.hypot(n.x - mx, n.y - my));
    expect(Math.max(...distances)).toBeLessThan(80);
    // No two discs (16 px) of the fan sit on top of each other.
    for (const a of milwaukee)
      for (const b of milwaukee) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(12);
    expect(elements.filter((e) => e.classes === 'flow')).toHaveLength(1);
    expect(stateAt(-103.3874, 20.7211)).toBe('MX-JAL');
  });

  it('exports well-formed SVG with a disc per entity and an arrow per flow', () => {
    const cy = cytoscape({ headless: true, elements: mapElements(nodes, places, flows).elements });
    const svg = mapSvg(cy);
    expect(XMLValidator.validate(svg)).toBe(true);
    // One disc per entity (the icons inside draw circles of their own).
    expect(svg.match(/<circle [^>]*stroke-width="1\.5"/g)).toHaveLength(32);
    expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(1);
    expect(svg).toContain('ZAPOPAN, JALISCO');
    expect(svg).toContain('GeoNames (CC BY 4.0)');
    cy.destroy();
  });
});
