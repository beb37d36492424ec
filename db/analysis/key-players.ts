// Key players a page at a time (issue 10: no long task in the renderer). analysis.structure
// measures every entity but answers a summary; the measures are kept here, per workspace,
// under a name (`measured`) and read by analysis.keyPlayers: a sorted page for the Key
// players table, the report and the export, or the entities of a chart (filters, size by
// measure). A measuring no longer kept (a few are) is measured again for the scope asked.
import type {
  EntityMeasures,
  KeyPlayersPage,
  Measure,
  NetworkStructure,
  StructureSummary,
} from '../../shared/contract/analysis-model';
import type { EntityType } from '../../shared/domain/entity-types';
import type { HandlerContext } from '../api/context';
import type { Db } from '../store/open-workspace';
import { runStructure, type StructureInput } from './structure-run';

/** Measurings kept per workspace (about 30 MB each at 100,000 entities). */
const KEPT = 3;
/** Sorted orders kept per measuring (a sort of 100,000 entities takes a few hundred ms). */
const ORDERS_KEPT = 4;
const JOINERS = 4;

interface Kept {
  structure: NetworkStructure;
  byId: Map<number, EntityMeasures>;
  orders: Map<string, EntityMeasures[]>;
}

const keptOf = new WeakMap<Db, Map<string, Kept>>();
let measurings = 0;

/** Measures the scope, keeps the measures and answers what the screens show of them. */
export async function measureAndKeep(ctx: HandlerContext, input: StructureInput): Promise<StructureSummary> {
  const structure = await runStructure(ctx, input);
  const measured = `m${Date.now().toString(36)}-${++measurings}`;
  keep(ctx.db, measured, structure);
  return summaryOf(measured, structure);
}

export interface KeyPlayersInput {
  measured: string;
  caseIds?: number[];
  skipTypes?: EntityType[];
  sort: Measure | 'label';
  desc: boolean;
  type?: EntityType;
  offset: number;
  limit: number;
  ids?: number[];
}

export async function keyPlayers(ctx: HandlerContext, input: KeyPlayersInput): Promise<KeyPlayersPage> {
  const kept = await keptMeasuring(ctx, input);
  if (input.ids) {
    const entities = input.ids.flatMap((id) => kept.byId.get(id) ?? []);
    return { total: entities.length, entities };
  }
  const list = sortedOrder(kept, input.sort, input.desc, input.type);
  return { total: list.length, entities: list.slice(input.offset, input.offset + input.limit) };
}

export function summaryOf(measured: string, s: NetworkStructure): StructureSummary {
  const joined = s.networks.filter((n) => n.entityIds.length > 1);
  const joiners = s.entities
    .filter((e) => e.articulation && e.caseIds.length > 1)
    .sort((a, b) => b.betweenness - a.betweenness)
    .slice(0, JOINERS)
    .map(({ id, type, label }) => ({ id, type, label }));
  return {
    measured,
    entityCount: s.entities.length,
    networkCount: s.networks.length,
    joinedNetworkCount: joined.length,
    largestNetworkCaseCount: joined[0]?.caseNumbers.length ?? 0,
    communityCount: s.communityCount,
    bridgeCount: s.bridges.length,
    caseCount: s.caseCount,
    joiners,
    estimated: s.estimated,
    pivots: s.pivots,
  };
}

function keep(db: Db, measured: string, structure: NetworkStructure): Kept {
  let kept = keptOf.get(db);
  if (!kept) keptOf.set(db, (kept = new Map()));
  const entry = { structure, byId: new Map(structure.entities.map((e) => [e.id, e])), orders: new Map() };
  kept.set(measured, entry);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return entry;
}

async function keptMeasuring(ctx: HandlerContext, input: KeyPlayersInput): Promise<Kept> {
  const kept = keptOf.get(ctx.db)?.get(input.measured);
  if (kept) return kept;
  const structure = await runStructure(ctx, { caseIds: input.caseIds, skipTypes: input.skipTypes });
  // Kept under the name asked for, so the next pages read the same measuring.
  return keep(ctx.db, input.measured, structure);
}

const byName = new Intl.Collator().compare;

function sortedOrder(kept: Kept, key: Measure | 'label', desc: boolean, type?: EntityType): EntityMeasures[] {
  const name = `${key}:${desc}:${type ?? ''}`;
  const known = kept.orders.get(name);
  if (known) return known;
  const all = kept.structure.entities;
  const list = type ? all.filter((e) => e.type === type) : [...all];
  const sign = desc ? -1 : 1;
  list.sort((a, b) =>
    key === 'label'
      ? sign * byName(a.label, b.label) || a.id - b.id
      : sign * (a[key] - b[key]) || byName(a.label, b.label) || a.id - b.id,
  );
  kept.orders.set(name, list);
  if (kept.orders.size > ORDERS_KEPT) kept.orders.delete(kept.orders.keys().next().value!);
  return list;
}
