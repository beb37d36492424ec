// Turns the contract's GraphData into Cytoscape element definitions. Pure: no cy, no DOM,
// so it is unit-tested in Node. Everything the stylesheet maps is precomputed here.
import type { ElementDefinition } from 'cytoscape';
import type { GraphData, GraphLink, GraphNode } from '../../../shared/contract/model';
import { LINK_TYPE_LABELS } from '../../../shared/domain/link-types';
import { badgeDataUri, iconDataUri } from './icons';
import { plainLabel } from './drawing/lod';
import {
  credibilityLine,
  CROSS_CASE_COLOUR,
  ENTITY_STYLE,
  LINK_FAMILY,
  UNKNOWN_CASE_COLOUR,
} from './style-tables';

/** A pending match candidate drawn as a dashed "possible same" link (issue 3). */
export interface PossibleLink {
  kind: 'possible';
  id: string;
  from: number;
  to: number;
  label?: string;
}

export interface ElementOptions {
  caseColours: Map<number, string>;
  /**
   * Plain drawing for big charts: type-coloured discs with the first case's colour as
   * border, no icons, rings or badges. Drawing those costs seconds per frame on thousands of nodes.
   */
  light?: boolean;
  possibleLinks?: PossibleLink[];
}

/** Cytoscape draws at most 16 pie slices; further cases share the last one. */
export const MAX_RING_SLICES = 16;

export const nodeKey = (entityId: number) => `n${entityId}`;
export const edgeKey = (linkId: string) => `e${linkId}`;

export function toElements(graph: GraphData, options: ElementOptions): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const nodes = graph.nodes.map((n) => nodeElement(n, options.caseColours, options.light ?? false));
  const links = graph.links
    .filter((l) => nodeIds.has(l.from) && nodeIds.has(l.to))
    .map((l) => linkElement(l, options.light ?? false));
  const possible = (options.possibleLinks ?? [])
    .filter((p) => nodeIds.has(p.from) && nodeIds.has(p.to))
    .map(possibleElement);
  return [...nodes, ...links, ...possible];
}

function nodeElement(node: GraphNode, colours: Map<number, string>, light: boolean): ElementDefinition {
  const style = ENTITY_STYLE[node.type];
  const ring = ringOf(node.caseIds, colours);
  const classes = ['entity', `type-${node.type}`, light ? 'light' : 'detailed'];
  if (node.crossCase) classes.push('cross-case');
  return {
    group: 'nodes',
    data: {
      id: nodeKey(node.id),
      entityId: node.id,
      type: node.type,
      label: node.label,
      role: node.role ?? '',
      caseIds: node.caseIds,
      caseCount: node.caseIds.length,
      recordCount: node.recordCount,
      crossCase: node.crossCase,
      colour: style.colour,
      tint: style.tint,
      icon: iconDataUri(node.type, style.colour),
      badge: node.crossCase ? badgeDataUri(node.caseIds.length, CROSS_CASE_COLOUR) : '',
      ring,
      // What plain (big-chart) entities draw, read as plain data: a style function per
      // entity is called again on every restyle of thousands of them.
      shortLabel: plainLabel(node.label),
      ringColour: ring[0]?.colour ?? '#ffffff',
      size: nodeSize(node.recordCount),
    },
    classes: classes.join(' '),
  };
}

/** Ring slices (colour, percent) for the node's cases, in case order. */
export function ringOf(caseIds: number[], colours: Map<number, string>): { colour: string; size: number }[] {
  if (caseIds.length === 0) return [{ colour: UNKNOWN_CASE_COLOUR, size: 100 }];
  const shown = caseIds.slice(0, MAX_RING_SLICES);
  const size = 100 / shown.length;
  return shown.map((id, i) => ({
    colour:
      i === MAX_RING_SLICES - 1 && caseIds.length > MAX_RING_SLICES
        ? UNKNOWN_CASE_COLOUR
        : (colours.get(id) ?? UNKNOWN_CASE_COLOUR),
    size,
  }));
}

/** Entities holding more records are drawn a little larger (sub-linear, capped). */
export function nodeSize(recordCount: number): number {
  return Math.round(34 + Math.min(16, 6 * Math.log2(Math.max(1, recordCount))));
}

function linkElement(link: GraphLink, light: boolean): ElementDefinition {
  const family = LINK_FAMILY[link.type] ?? 'trade';
  const classes = ['link', `family-${family}`];
  if (light) classes.push('light');
  if (link.caseIds.length > 1) classes.push('cross-case-link');
  const graded = credibilityLine(link.credibility);
  if (graded) classes.push(`graded-${graded}`);
  return {
    group: 'edges',
    data: {
      id: edgeKey(link.id),
      linkId: link.id,
      source: nodeKey(link.from),
      target: nodeKey(link.to),
      type: link.type,
      label: link.recordLinkCount > 1 ? `${link.label} ×${link.recordLinkCount}` : link.label,
      caseIds: link.caseIds,
      recordLinkCount: link.recordLinkCount,
      width: Math.min(5, 1.3 + Math.log2(link.recordLinkCount) * 0.9),
      credibility: link.credibility ?? null,
    },
    classes: classes.join(' '),
  };
}

function possibleElement(p: PossibleLink): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: `p${p.id}`,
      possibleId: p.id,
      source: nodeKey(p.from),
      target: nodeKey(p.to),
      label: p.label ?? 'possible same',
      width: 2,
    },
    classes: 'possible',
  };
}

/** Union of graphs by entity and link id; of two copies of a node, the one spanning more cases wins. */
export function mergeGraphs(...graphs: GraphData[]): GraphData {
  const nodes = new Map<number, GraphNode>();
  const links = new Map<string, GraphLink>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const prev = nodes.get(n.id);
      nodes.set(n.id, prev && prev.caseIds.length > n.caseIds.length ? prev : n);
    }
    for (const l of g.links) if (!links.has(l.id)) links.set(l.id, l);
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

/** Label of a link type in the analyst's words, for the legend and inspector. */
export const linkTypeLabel = (type: keyof typeof LINK_TYPE_LABELS) => LINK_TYPE_LABELS[type] ?? type;
