// A small supply chain in the contract's GraphData shape, for the renderer's pure parts.
import type { GraphData, GraphLink, GraphNode } from '../../../shared/contract/model';
import type { EntityType } from '../../../shared/domain/entity-types';
import type { LinkType } from '../../../shared/domain/link-types';

export function node(
  id: number,
  type: EntityType,
  label: string,
  caseIds: number[],
  role?: string,
): GraphNode {
  return {
    id,
    type,
    label,
    caseIds,
    recordCount: caseIds.length,
    crossCase: caseIds.length > 1,
    ...(role ? { role } : {}),
  };
}

export function link(from: number, type: LinkType, to: number, caseIds: number[], n = 1): GraphLink {
  return {
    id: `${from}>${type}>${to}`,
    from,
    to,
    type,
    label: type.replace('_', ' '),
    caseIds,
    recordLinkCount: n,
  };
}

/** Links point the way a case states them, often against the chain (purchase → dealer). */
export const CHAIN: GraphData = {
  nodes: [
    node(1, 'dealer', 'Northwoods Sporting Goods', [10]),
    node(2, 'purchase', 'Purchase 2021-03-14', [10]),
    node(3, 'firearm', 'Colt AR-15 SN TEST0001', [10, 11]),
    node(4, 'person', 'Jose L. Hernandez', [10], 'straw purchaser'),
    node(5, 'person', 'El Güero', [10, 11], 'broker'),
    node(6, 'person', 'Ramon Ortiz', [11], 'courier'),
    node(7, 'crossing', 'Nogales 2021-04-02', [11]),
    node(8, 'recovery', 'Culiacán 2021-06-20', [11]),
    node(9, 'phone', '(555) 010-0142', [10, 11]),
  ],
  links: [
    link(2, 'sold_at', 1, [10]),
    link(4, 'purchased', 2, [10]),
    link(2, 'sold', 3, [10]),
    link(4, 'bought_for', 5, [10]),
    link(5, 'supplied', 6, [11]),
    link(6, 'crossed_at', 7, [11]),
    link(3, 'recovered_in', 8, [11]),
    link(5, 'uses_phone', 9, [10, 11], 3),
  ],
};
