// The flow of guns the map draws: for each store and each recovery on the map, how many
// guns the store sold (directly, or in a purchase) were recovered there.
import type { GunFlow } from '../../shared/contract/map-model';
import type { Db } from '../store/open-workspace';

/** Entity-level ends of the links of one type: from entity → to entity. */
const ENDS = `SELECT DISTINCT fm.entity_id AS fromId, tm.entity_id AS toId
                FROM links l
                JOIN entity_members fm ON fm.record_id = l.from_record
                JOIN entity_members tm ON tm.record_id = l.to_record
               WHERE l.type = ?`;

export function gunFlows(db: Db, entityIds: number[]): GunFlow[] {
  const onMap = new Set(entityIds);
  const ends = (type: string) => db.prepare(ENDS).all(type) as { fromId: number; toId: number }[];
  const types = new Map(
    (
      db
        .prepare('SELECT e.id, e.type FROM json_each(?) j JOIN entities e ON e.id = j.value')
        .all(JSON.stringify(entityIds)) as { id: number; type: string }[]
    ).map((r) => [r.id, r.type]),
  );
  const recoveredIn = ends('recovered_in').filter((l) => types.get(l.toId) === 'recovery');
  const firearms = new Set(recoveredIn.map((l) => l.fromId));
  // The store of a gun: it sold the gun, or it sold in the purchase that bought it.
  const sold = ends('sold');
  const purchased = ends('purchased').filter((l) => firearms.has(l.toId));
  const storeOf = new Map<number, Set<number>>();
  const addStore = (gun: number, store: number) => {
    if (types.get(store) !== 'dealer') return;
    storeOf.set(gun, (storeOf.get(gun) ?? new Set()).add(store));
  };
  const purchasesOf = new Map<number, number[]>();
  for (const p of purchased) purchasesOf.set(p.fromId, [...(purchasesOf.get(p.fromId) ?? []), p.toId]);
  for (const s of sold) {
    if (firearms.has(s.toId)) addStore(s.toId, s.fromId);
    for (const gun of purchasesOf.get(s.toId) ?? []) addStore(gun, s.fromId);
  }
  const flows = new Map<string, GunFlow>();
  for (const { fromId: gun, toId: recovery } of recoveredIn) {
    if (!onMap.has(recovery)) continue;
    for (const store of storeOf.get(gun) ?? []) {
      if (!onMap.has(store)) continue;
      const key = `${store}>${recovery}`;
      const flow = flows.get(key) ?? { fromEntityId: store, toEntityId: recovery, count: 0, firearmIds: [] };
      if (!flow.firearmIds.includes(gun)) flow.firearmIds.push(gun);
      flow.count = flow.firearmIds.length;
      flows.set(key, flow);
    }
  }
  return [...flows.values()].sort((a, b) => b.count - a.count);
}
