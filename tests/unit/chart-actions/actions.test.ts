// The chart actions' pure logic (hide, pin, group, collapse and their aggregated links) and
// how they are drawn on a real (headless) Cytoscape, including after the graph is reloaded.
import { describe, expect, it } from 'vitest';
import { headlessChart } from '../helpers/headless-chart';
import type { GraphData } from '../../../shared/contract/model';
import { applyChartActions } from '../../../renderer/src/chart/actions/apply';
import * as edit from '../../../renderer/src/chart/actions/edit';
import { collapsedKey, planActions } from '../../../renderer/src/chart/actions/plan';
import { toElements } from '../../../renderer/src/chart/elements';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import { EMPTY_CHART_ACTIONS, type ChartActionsData } from '../../../renderer/src/state/chart-actions-store';
import { link, node } from '../renderer/fixtures';

/** A crew of three buyers (1-3) paid by a broker (4) who uses a phone (5) also used by a courier (6). */
const CREW: GraphData = {
  nodes: [
    node(1, 'person', 'Buyer A', [10]),
    node(2, 'person', 'Buyer B', [10]),
    node(3, 'person', 'Buyer C', [10]),
    node(4, 'person', 'Broker', [10, 11]),
    node(5, 'phone', '(555) 010-0177', [10, 11]),
    node(6, 'person', 'Courier', [11]),
  ],
  links: [
    link(4, 'paid', 1, [10]),
    link(4, 'paid', 2, [10], 2),
    link(4, 'paid', 3, [10]),
    link(1, 'associate_of', 2, [10]),
    link(4, 'uses_phone', 5, [10, 11], 3),
    link(6, 'uses_phone', 5, [11]),
  ],
};
const ends = CREW.links.map((l) => ({ from: l.from, to: l.to, count: l.recordLinkCount }));
const ALL = CREW.nodes.map((n) => n.id);

describe('chart action edits', () => {
  it('hides and shows without duplicates or touching the input', () => {
    const once = edit.hideEntities(EMPTY_CHART_ACTIONS, [1, 2]);
    const twice = edit.hideEntities(once, [2, 3]);
    expect(twice.hidden).toEqual([1, 2, 3]);
    expect(once.hidden).toEqual([1, 2]);
    expect(edit.showEntities(twice, [2]).hidden).toEqual([1, 3]);
    expect(edit.showAllHidden(twice).hidden).toEqual([]);
  });

  it('groups into a new group; an entity leaves its old group and empty groups go', () => {
    const first = edit.groupEntities(EMPTY_CHART_ACTIONS, [1, 2], 'Pair');
    expect(first.group).toEqual({ id: 'g1', label: 'Pair', members: [1, 2], collapsed: false });
    const second = edit.groupEntities(first.data, [1, 2, 3], 'Milwaukee crew');
    expect(second.group.id).toBe('g2');
    expect(second.data.groups).toEqual([second.group]);
    const collapsed = edit.setCollapsed(second.data, 'g2', true);
    expect(collapsed.groups[0]!.collapsed).toBe(true);
    expect(edit.ungroup(collapsed, 'g2').groups).toEqual([]);
    expect(edit.groupOf(second.data, 3)?.label).toBe('Milwaukee crew');
  });

  it('hides links once each and shows them, with the entities, all at once', () => {
    const once = edit.hideLinks(EMPTY_CHART_ACTIONS, ['4>paid>1']);
    const twice = edit.hideLinks(edit.hideEntities(once, [3]), ['4>paid>1', '4>paid>2']);
    expect(twice.hiddenLinks).toEqual(['4>paid>1', '4>paid>2']);
    expect(once.hiddenLinks).toEqual(['4>paid>1']);
    expect(edit.showAllHidden(twice)).toMatchObject({ hidden: [], hiddenLinks: [] });
  });

  it('pins and unpins', () => {
    const pinned = edit.setPinned(EMPTY_CHART_ACTIONS, [4, 5], true);
    expect(pinned.pinned).toEqual([4, 5]);
    expect(edit.setPinned(pinned, [4], false).pinned).toEqual([5]);
  });
});

describe('planActions', () => {
  const crew = (collapsed: boolean): ChartActionsData => ({
    ...EMPTY_CHART_ACTIONS,
    groups: [{ id: 'g1', label: 'Crew', members: [1, 2, 3], collapsed }],
  });

  it('draws a collapsed group as one node with its links to outsiders aggregated and counted', () => {
    const plan = planActions(ALL, ends, crew(true));
    expect([...plan.notDrawn].sort()).toEqual([1, 2, 3]);
    expect(plan.collapsed).toEqual([{ groupId: 'g1', label: 'Crew', members: [1, 2, 3] }]);
    // Broker paid the three buyers through 1 + 2 + 1 source links; the link inside the crew vanishes.
    expect(plan.aggregated).toEqual([
      { id: `agg:${collapsedKey('g1')}|n4`, source: collapsedKey('g1'), target: 'n4', count: 4 },
    ]);
  });

  it('draws an expanded group as a box and aggregates nothing', () => {
    const plan = planActions(ALL, ends, crew(false));
    expect(plan.boxes).toEqual([{ groupId: 'g1', label: 'Crew', members: [1, 2, 3] }]);
    expect(plan.aggregated).toEqual([]);
    expect(plan.notDrawn.size).toBe(0);
  });

  it('joins two collapsed groups by one aggregated link', () => {
    const d: ChartActionsData = {
      ...crew(true),
      groups: [
        { id: 'g1', label: 'Crew', members: [1, 2, 3], collapsed: true },
        { id: 'g2', label: 'Phone users', members: [5, 6], collapsed: true },
      ],
    };
    const plan = planActions(ALL, ends, d);
    const between = plan.aggregated.filter(
      (a) => a.source.startsWith('gnode') && a.target.startsWith('gnode'),
    );
    expect(between).toEqual([]);
    expect(plan.aggregated.map((a) => [a.source, a.target, a.count])).toEqual([
      [collapsedKey('g1'), 'n4', 4],
      [collapsedKey('g2'), 'n4', 3],
    ]);
  });

  it('leaves out what is not on the chart, and members the analyst hid', () => {
    const d = { ...crew(true), hidden: [3, 99], pinned: [4, 98] };
    const plan = planActions([1, 2, 3, 4], ends, d);
    expect(plan.collapsed[0]!.members).toEqual([1, 2]);
    expect([...plan.pinned]).toEqual([4]);
    expect([...plan.notDrawn].sort()).toEqual([1, 2, 3]);
    expect(plan.aggregated[0]!.count).toBe(3);
  });
});

/** A gathered grid is centred on the members' old middle within a cell. */
const GATHER_SLACK = 100;

describe('applyChartActions on a headless chart', () => {
  const chartOf = (graph: GraphData) => headlessChart(graph, { cases: [10, 11] });
  const shown = (cy: ReturnType<typeof chartOf>) =>
    cy
      .nodes('.entity')
      .filter((n) => !n.hasClass('chart-hidden'))
      .map((n) => n.data('entityId') as number);

  it('re-applies hidden and pinned entities after the graph is reloaded', () => {
    const d = { ...EMPTY_CHART_ACTIONS, hidden: [5], pinned: [4] };
    const cy = chartOf({ nodes: CREW.nodes.filter((n) => n.id !== 5), links: [] });
    applyChartActions(cy, d);
    expect(shown(cy)).toEqual([1, 2, 3, 4, 6]);
    // A reload brings the hidden phone back on the chart: it stays hidden, the broker stays locked.
    cy.elements().remove();
    cy.add(toElements(CREW, { caseColours: caseColours([10, 11]) }));
    applyChartActions(cy, d);
    expect(shown(cy)).toEqual([1, 2, 3, 4, 6]);
    expect(cy.getElementById('n4').locked()).toBe(true);
    expect(cy.getElementById('n6').locked()).toBe(false);
    applyChartActions(cy, EMPTY_CHART_ACTIONS);
    expect(shown(cy)).toEqual(ALL);
    expect(cy.getElementById('n4').locked()).toBe(false);
  });

  it('hides one link with both its entities still drawn, again after a reload, and shows it back', () => {
    const phoneLink = '6>uses_phone>5';
    const visibleLinks = (cy: ReturnType<typeof chartOf>) =>
      cy
        .edges('.link')
        .filter((e) => e.visible())
        .map((e) => e.data('linkId') as string);
    const d = edit.hideLinks(EMPTY_CHART_ACTIONS, [phoneLink]);
    const cy = chartOf(CREW);
    applyChartActions(cy, d);
    expect(visibleLinks(cy)).toHaveLength(CREW.links.length - 1);
    expect(visibleLinks(cy)).not.toContain(phoneLink);
    expect(shown(cy)).toEqual(ALL);
    cy.elements().remove();
    cy.add(toElements(CREW, { caseColours: caseColours([10, 11]) }));
    applyChartActions(cy, d);
    expect(visibleLinks(cy)).not.toContain(phoneLink);
    applyChartActions(cy, edit.showAllHidden(d));
    expect(visibleLinks(cy)).toContain(phoneLink);
  });

  it('leaves a hidden link out of the links a collapsed group draws', () => {
    const cy = chartOf(CREW);
    const group = { id: 'g1', label: 'Crew', members: [1, 2, 3, 4], collapsed: true };
    const aggregated = () =>
      cy.edges('.chart-aggregate').map((e) => `${e.data('source')}|${e.data('target')}`);
    applyChartActions(cy, { ...EMPTY_CHART_ACTIONS, groups: [group] });
    expect(aggregated()).toEqual([`${collapsedKey('g1')}|n5`]);
    applyChartActions(cy, { ...EMPTY_CHART_ACTIONS, groups: [group], hiddenLinks: ['4>uses_phone>5'] });
    expect(aggregated()).toEqual([]);
  });

  it('puts group members in a box, collapses them into one counted node, and takes them out again', () => {
    const cy = chartOf(CREW);
    const group = { id: 'g1', label: 'Crew', members: [1, 2, 3], collapsed: false };
    [1, 2, 3].forEach((id, i) => cy.getElementById(`n${id}`).position({ x: i * 1000, y: -i * 800 }));
    expect(applyChartActions(cy, { ...EMPTY_CHART_ACTIONS, groups: [group] })).toBe(true);
    const members = cy.getElementById('gbox:g1').children();
    expect(members.map((n) => n.data('entityId'))).toEqual([1, 2, 3]);
    // The members, far apart before, now stand together around where they were on average.
    const points = [1, 2, 3].map((id) => cy.getElementById(`n${id}`).position());
    const spread = Math.max(...points.flatMap((a) => points.map((b) => Math.hypot(a.x - b.x, a.y - b.y))));
    expect(spread).toBeLessThan(200);
    expect(Math.abs(points.reduce((x, p) => x + p.x, 0) / 3 - 1000)).toBeLessThan(GATHER_SLACK);
    // Drawn again, the box is not new and nothing moves.
    expect(applyChartActions(cy, { ...EMPTY_CHART_ACTIONS, groups: [group] })).toBe(false);
    applyChartActions(cy, { ...EMPTY_CHART_ACTIONS, groups: [{ ...group, collapsed: true }] });
    expect(cy.getElementById('gbox:g1').empty()).toBe(true);
    expect(cy.getElementById('gnode:g1').data('label')).toBe('Crew (3)');
    expect(shown(cy)).toEqual([4, 5, 6]);
    expect(cy.edges('.chart-aggregate').map((e) => e.data('label'))).toEqual(['4 links']);
    applyChartActions(cy, EMPTY_CHART_ACTIONS);
    expect(cy.nodes('.chart-synthetic').length + cy.edges('.chart-synthetic').length).toBe(0);
    expect(cy.nodes('.entity').filter((n) => n.parent().nonempty()).length).toBe(0);
    expect(cy.edges('.link').length).toBe(CREW.links.length);
  });
});
