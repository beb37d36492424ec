// Draws the analyst's chart actions on the live chart: hidden entities (and so their links)
// and links hidden on their own are not displayed, pinned ones are locked, expanded groups are compound boxes and collapsed
// ones a single node with aggregated links. Idempotent: the controller calls it after every
// load, merge and layout, so nothing done by hand is lost when the graph is reloaded.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ChartStyle } from '../../../../shared/contract/chart-model';
import type { ChartActionsData } from '../../state/chart-actions-store';
import { boxKey, collapsedKey, planActions, type ActionPlan, type GroupPlan } from './plan';
import { setClass, setData } from '../class-state';

/** Elements the actions draw that are not entities or links of the workspace. */
export const SYNTHETIC = 'chart-synthetic';

/** Returns true when a group box was drawn anew (its members were gathered together). */
export function applyChartActions(cy: Core, data: ChartActionsData): boolean {
  const entities = cy.nodes('.entity');
  const hiddenLinks = new Set(data.hiddenLinks);
  const isHidden = (e: EdgeSingular) => hiddenLinks.has(e.data('linkId') as string);
  // A link hidden on its own is not drawn, nor counted in a collapsed group's links.
  const links = cy
    .edges('.link')
    .filter((e: EdgeSingular) => !isHidden(e))
    .map((e: EdgeSingular) => ({
      from: e.source().data('entityId') as number,
      to: e.target().data('entityId') as number,
      count: (e.data('recordLinkCount') as number | undefined) ?? 1,
    }));
  const plan = planActions(
    entities.map((n) => n.data('entityId') as number),
    links,
    data,
  );
  let gathered = false;
  cy.batch(() => {
    cy.elements('.chart-collapsed, .chart-aggregate').remove();
    gathered = placeInBoxes(cy, plan.boxes);
    // Only elements whose state changes are touched (see class-state.ts): this runs after every load.
    cy.edges('.link').forEach((e) => setClass(e, 'chart-hidden', isHidden(e)));
    entities.forEach((n) => {
      markEntity(n, plan);
      styleEntity(n, data.styles[String(n.data('entityId'))]);
    });
    plan.collapsed.forEach((g) => addCollapsed(cy, g));
    for (const a of plan.aggregated) {
      cy.add({
        group: 'edges',
        data: {
          ...a,
          label: `${a.count} link${a.count === 1 ? '' : 's'}`,
          width: Math.min(6, 1.5 + Math.log2(a.count)),
        },
        classes: `${SYNTHETIC} chart-aggregate`,
      });
    }
  });
  return gathered;
}

/** The analyst's own colour and size for an entity (classes read by actionStyles). */
function styleEntity(n: NodeSingular, style: ChartStyle | undefined) {
  setClass(n, 'styled-colour', !!style?.colour);
  if (style?.colour) setData(n, 'styleColour', style.colour);
  setClass(n, 'styled-size', !!style?.size);
  if (style?.size) setData(n, 'styleSize', Math.round((n.data('size') as number) * style.size));
}

function markEntity(n: NodeSingular, plan: ActionPlan) {
  const id = n.data('entityId') as number;
  setClass(n, 'chart-hidden', plan.notDrawn.has(id));
  const pinned = plan.pinned.has(id);
  setClass(n, 'pinned', pinned);
  if (pinned && !n.locked()) n.lock();
  else if (!pinned && n.locked()) n.unlock();
}

/** Expanded groups as compound parents; members move in and out of them as the plan says. */
function placeInBoxes(cy: Core, boxes: GroupPlan[]): boolean {
  const parentOf = new Map<number, string>();
  let fresh = false;
  for (const b of boxes) {
    const key = boxKey(b.groupId);
    const box = cy.getElementById(key);
    if (box.empty()) {
      fresh = true;
      gather(cy, b.members);
      cy.add({
        group: 'nodes',
        // `size` feeds the base node rule's width/height mapping, which Cytoscape warns about
        // when missing; a box's size comes from its members, so the value is never drawn.
        data: { id: key, groupId: b.groupId, label: b.label, size: 1 },
        classes: `${SYNTHETIC} chart-box`,
        selectable: false,
      });
    } else setData(box, 'label', b.label);
    b.members.forEach((id) => parentOf.set(id, key));
  }
  cy.nodes('.entity').forEach((n) => {
    const want = parentOf.get(n.data('entityId') as number) ?? null;
    const parent = n.parent();
    const current = parent.nonempty() ? parent[0]!.id() : null;
    if (want !== current) n.move({ parent: want });
  });
  const wanted = new Set(boxes.map((b) => boxKey(b.groupId)));
  cy.nodes('.chart-box')
    .filter((b) => !wanted.has(b.id()))
    .remove();
  return fresh;
}

/** Moves a new group's members next to each other (a small grid where they stood on average). */
function gather(cy: Core, members: number[]) {
  const nodes = members.map((id) => cy.getElementById(`n${id}`)).filter((n) => !n.locked());
  if (nodes.length < 2) return;
  const centre = nodes.reduce((c, n) => ({ x: c.x + n.position('x'), y: c.y + n.position('y') }), {
    x: 0,
    y: 0,
  });
  const columns = Math.ceil(Math.sqrt(nodes.length));
  const rows = Math.ceil(nodes.length / columns);
  nodes.forEach((n, i) => {
    n.position({
      x: centre.x / nodes.length + ((i % columns) - (columns - 1) / 2) * GATHER_SPACING,
      y: centre.y / nodes.length + (Math.floor(i / columns) - (rows - 1) / 2) * GATHER_SPACING,
    });
  });
}

/** Room for a node and its label in a gathered group. */
const GATHER_SPACING = 90;

/** One node for a collapsed group, where its members stand, labelled with their count. */
function addCollapsed(cy: Core, g: GroupPlan) {
  let x = 0;
  let y = 0;
  for (const id of g.members) {
    const p = cy.getElementById(`n${id}`).position();
    x += p.x;
    y += p.y;
  }
  cy.add({
    group: 'nodes',
    data: {
      id: collapsedKey(g.groupId),
      groupId: g.groupId,
      label: `${g.label} (${g.members.length})`,
      memberCount: g.members.length,
    },
    position: { x: x / g.members.length, y: y / g.members.length },
    classes: `${SYNTHETIC} chart-collapsed`,
    selectable: false,
  });
}
