// The map's Cytoscape elements: each placed entity at its projected place, entities at one
// place fanned out round it, a label per place, and the flow of guns as curved arrows
// from store to recovery, thicker for more guns. Pure, so it can be read in tests.
import type { ElementDefinition } from 'cytoscape';
import type { GraphNode } from '../../../shared/contract/model';
import type { EntityPlace, GunFlow } from '../../../shared/contract/map-model';
import { ENTITY_STYLE } from '../chart/style-tables';
import { iconDataUri } from '../chart/icons';
import { PROJECTION } from './outlines';

/** Types whose label is always drawn: the places a briefing names. */
const NAMED_TYPES = new Set(['dealer', 'recovery', 'crossing', 'stop', 'organisation']);
/** Sizes in screen pixels: the controller divides them by the zoom, so they hold at every scale. */
const NODE_SIZE = 16;
export const LABEL_PX = 10;
export const PLACE_LABEL_PX = 11;

/** 1.5 px for one gun, up to 7 px for ten or more. */
export function flowWidth(count: number): number {
  return 1.5 + (Math.min(count, 10) - 1) * 0.6;
}

export interface MapNode {
  entityId: number;
  lat: number;
  lon: number;
  placeName: string;
  stateCode: string | null;
  x: number;
  y: number;
}

export function mapElements(nodes: GraphNode[], places: EntityPlace[], flows: GunFlow[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = places.filter((p) => p.lat !== undefined && p.lon !== undefined && byId.has(p.entityId));
  const groups = new Map<string, EntityPlace[]>();
  for (const p of placed) {
    const key = `${p.lat!.toFixed(3)},${p.lon!.toFixed(3)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const elements: ElementDefinition[] = [];
  const mapNodes: MapNode[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const [cx, cy] = PROJECTION.project(first.lon!, first.lat!);
    group.sort((a, b) => rank(byId.get(a.entityId)!) - rank(byId.get(b.entityId)!));
    group.forEach((p, i) => {
      const [dx, dy] = fan(i, group.length);
      const node = byId.get(p.entityId)!;
      const style = ENTITY_STYLE[node.type];
      const position = { x: cx + dx, y: cy + dy };
      const size = NODE_SIZE + (NAMED_TYPES.has(node.type) ? 4 : 0);
      mapNodes.push({
        entityId: p.entityId,
        lat: p.lat!,
        lon: p.lon!,
        placeName: p.placeName ?? '',
        stateCode: p.stateCode ?? null,
        ...position,
      });
      elements.push({
        group: 'nodes',
        data: {
          id: `n${p.entityId}`,
          entityId: p.entityId,
          label: shortLabel(node.label),
          fullLabel: node.label,
          type: node.type,
          colour: style.colour,
          icon: iconDataUri(node.type, '#ffffff'),
          size,
          ax: cx,
          ay: cy,
          dx,
          dy,
        },
        position,
        classes: [NAMED_TYPES.has(node.type) ? 'named' : '', p.source === 'manual' ? 'manual' : ''].join(' '),
      });
    });
    elements.push({
      group: 'nodes',
      data: {
        id: `place:${first.lat},${first.lon}`,
        label: first.placeName?.replace(/^near /, '') ?? '',
        count: group.length,
        size: 1,
        ax: cx,
        ay: cy,
        dx: 0,
        dy: -fanRadius(group.length) - 16,
      },
      position: { x: cx, y: cy - fanRadius(group.length) - 16 },
      classes: 'place-label',
      selectable: false,
      grabbable: false,
    });
  }
  const onMap = new Map(mapNodes.map((n) => [n.entityId, n]));
  for (const f of flows) {
    if (!onMap.has(f.fromEntityId) || !onMap.has(f.toEntityId)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: `flow:${f.fromEntityId}>${f.toEntityId}`,
        source: `n${f.fromEntityId}`,
        target: `n${f.toEntityId}`,
        count: f.count,
        width: flowWidth(f.count),
        bow: bowOf(onMap.get(f.fromEntityId)!, onMap.get(f.toEntityId)!),
        label: `${f.count} gun${f.count === 1 ? '' : 's'}`,
      },
      classes: 'flow',
      selectable: false,
    });
  }
  return { elements, mapNodes };
}

/** Arrows bow to one side by a fifth of their length, so flows between the same places part. */
function bowOf(a: MapNode, b: MapNode): number {
  return -0.2 * Math.hypot(b.x - a.x, b.y - a.y);
}

/** Stores first, then recoveries and the rest: the ring reads the same at every place. */
function rank(n: GraphNode): number {
  return ['dealer', 'recovery', 'crossing', 'address', 'organisation'].indexOf(n.type) + 1 || 9;
}

/** Rings of discs round a place: ring k has radius 16 + 18k px and holds as many as fit side by side. */
const ringRadius = (k: number) => 16 + 18 * k;
const ringHolds = (k: number) => Math.floor((2 * Math.PI * ringRadius(k)) / 19);

function ringOf(i: number): { ring: number; first: number } {
  let [ring, first] = [0, 0];
  while (i >= first + ringHolds(ring)) [first, ring] = [first + ringHolds(ring), ring + 1];
  return { ring, first };
}

function fanRadius(n: number): number {
  return n <= 1 ? 0 : ringRadius(ringOf(n - 1).ring);
}

/** Offsets round a place: one entity on it; more on rings round it. */
function fan(i: number, n: number): [number, number] {
  if (n === 1) return [0, 0];
  const { ring, first } = ringOf(i);
  const inRing = Math.min(ringHolds(ring), n - first);
  const angle = (2 * Math.PI * (i - first)) / inRing - Math.PI / 2;
  return [ringRadius(ring) * Math.cos(angle), ringRadius(ring) * Math.sin(angle)];
}

function shortLabel(label: string): string {
  return label.length > 28 ? `${label.slice(0, 26)}…` : label;
}
