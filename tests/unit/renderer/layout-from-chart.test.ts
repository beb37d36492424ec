// The layout input read off the live chart carries what the element definitions would:
// entities with type, role, label, size, position, pin and group; links; nothing synthetic.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC } from '../../../renderer/src/chart/actions/apply';
import { toElements } from '../../../renderer/src/chart/elements';
import { layoutRequest } from '../../../renderer/src/chart/layout-compute';
import { chartLayoutRequest } from '../../../renderer/src/chart/layout-from-chart';
import { CHAIN } from './fixtures';

describe('layout request from the live chart', () => {
  it('matches the request built from the same elements, without synthetic ones', () => {
    const elements = toElements(CHAIN, { caseColours: new Map([[10, '#f00']]) }).map((el, i) =>
      el.group === 'nodes'
        ? {
            ...el,
            position: { x: 10 * i, y: -5 * i },
            data: { ...el.data, ...(el.data.id === 'n5' ? { pinned: true } : {}) },
          }
        : el,
    );
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add([
      { group: 'nodes', data: { id: 'gbox:g1' }, classes: SYNTHETIC },
      ...elements.map((el) =>
        el.data.id === 'n1' ? { ...el, data: { ...el.data, parent: 'gbox:g1' } } : el,
      ),
      { group: 'edges', data: { id: 'syn-e', source: 'n1', target: 'n2' }, classes: SYNTHETIC },
    ]);
    cy.$id('n5').addClass('pinned');
    const fromChart = chartLayoutRequest(cy, 'force', true);
    const expected = layoutRequest(
      'force',
      true,
      elements.map((el) => (el.data.id === 'n1' ? { ...el, data: { ...el.data, parent: 'gbox:g1' } } : el)),
    );
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(fromChart.nodes)).toEqual(byId(expected.nodes));
    expect(byId(fromChart.edges)).toEqual(byId(expected.edges));
    expect(fromChart.nodes.find((n) => n.id === 'n5')).toMatchObject({ pinned: true });
    expect(fromChart.nodes.find((n) => n.id === 'n1')).toMatchObject({ parent: 'gbox:g1' });
    cy.destroy();
  });
});
