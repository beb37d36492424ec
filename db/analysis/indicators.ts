// Trafficking indicators (issue 11 point 3), computed from the source records with their
// evidence: multiple sales, short time-to-crime, repeated high-demand models, one identifier
// in cases of different agencies, and purchases far from the border recovered in Mexico.
import type { IndicatorHit, IndicatorThresholds } from '../../shared/contract/analysis-model';
import type { EntityType } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';
import { CROSS_AGENCY, FIREARMS_BOUGHT, PURCHASES, RECOVERIES } from './indicators-sql';

export const DEFAULT_THRESHOLDS: IndicatorThresholds = {
  multipleSaleFirearms: 2,
  multipleSaleBusinessDays: 5,
  timeToCrimeDays: 60,
  highDemandFirearms: 3,
  crossAgencyCount: 3,
};

/** States along the Mexican border: purchases elsewhere that end in Mexico travelled far. */
const BORDER_STATES = new Set(['CA', 'AZ', 'NM', 'TX']);

/** AR- and AK-pattern rifles, .50 calibre rifles and 5.7 mm pistols, as records name them. */
const HIGH_DEMAND =
  /\bar-?15\b|\bar-?556\b|\bm&p ?15\b|\bpa-?15\b|\bak-?47\b|\bm70\b|\bwasr\b|\bvska\b|\.50\b|\b50 bmg\b|\bm82|five-?seven|\b5\.7\b/i;

export function isHighDemand(fields: Record<string, string>): boolean {
  return HIGH_DEMAND.test(`${fields.model ?? ''} ${fields.calibre ?? ''} ${fields.make ?? ''}`);
}

/** Business days (Mon–Fri) from one ISO date to a later one: Fri → Tue is 2. */
export function businessDaysBetween(from: string, to: string): number {
  let days = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) days++;
  }
  return days;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function findIndicators(db: Db, thresholds: Partial<IndicatorThresholds> = {}): IndicatorHit[] {
  const t = { ...DEFAULT_THRESHOLDS, ...thresholds };
  // Read once for the three indicators that use them; recoveries only of guns bought.
  const bought = db.prepare(FIREARMS_BOUGHT).all() as BoughtRow[];
  const firearmIds = JSON.stringify([...new Set(bought.map((b) => b.firearmId))]);
  const recoveries = bought.length ? (db.prepare(RECOVERIES).all(firearmIds) as RecoveryRow[]) : [];
  return [
    ...multipleSales(db, t),
    ...timeToCrime(bought, recoveries, t),
    ...highDemandRepeats(bought, t),
    ...crossAgency(db, t),
    ...farPurchasesRecoveredInMexico(bought, recoveries),
  ];
}

interface PurchaseRow {
  buyerId: number;
  buyer: string;
  date: string;
  caseNumber: string;
  firearms: number;
}

const person = (id: number, label: string) => ({ id, type: 'person' as EntityType, label });
const unique = (values: string[]) => [...new Set(values)].sort();

/** Several firearms bought by one person within a window of business days (a sliding window per buyer). */
function multipleSales(db: Db, t: IndicatorThresholds): IndicatorHit[] {
  const rows = db.prepare(PURCHASES).all() as PurchaseRow[];
  const hits: IndicatorHit[] = [];
  for (const purchases of groupBy(rows, (r) => r.buyerId).values()) {
    purchases.sort((a, b) => a.date.localeCompare(b.date));
    let best: PurchaseRow[] = [];
    for (let i = 0; i < purchases.length; i++) {
      const window = purchases.filter(
        (p, j) => j >= i && businessDaysBetween(purchases[i]!.date, p.date) < t.multipleSaleBusinessDays,
      );
      if (count(window) > count(best)) best = window;
    }
    if (count(best) < t.multipleSaleFirearms) continue;
    const first = best[0]!;
    const span = businessDaysBetween(first.date, best.at(-1)!.date) + 1;
    hits.push({
      kind: 'multiple_sale',
      entity: person(first.buyerId, first.buyer),
      summary: `${count(best)} firearms in ${span} business day${span === 1 ? '' : 's'}`,
      evidence: best.map((p) => `${p.date}: ${p.firearms} firearm(s) (${p.caseNumber})`),
      caseNumbers: unique(best.map((p) => p.caseNumber)),
      value: count(best),
    });
  }
  return hits;
}

const count = (purchases: PurchaseRow[]) => purchases.reduce((n, p) => n + p.firearms, 0);

interface BoughtRow {
  firearmId: number;
  firearm: string;
  buyerId: number;
  buyer: string;
  date: string;
  fields: string;
  caseNumber: string;
  dealerState: string | null;
}
interface RecoveryRow {
  firearmId: number;
  date: string;
  place: string;
  country: string | null;
  caseNumber: string;
}

function timeToCrime(bought: BoughtRow[], all: RecoveryRow[], t: IndicatorThresholds): IndicatorHit[] {
  const recoveries = groupBy(all, (r) => r.firearmId);
  const hits: IndicatorHit[] = [];
  for (const b of bought) {
    for (const r of recoveries.get(b.firearmId) ?? []) {
      const days = daysBetween(b.date, r.date);
      // A recovery dated before the purchase is a data question, not a short time-to-crime.
      if (days < 0 || days > t.timeToCrimeDays) continue;
      hits.push({
        kind: 'time_to_crime',
        entity: { id: b.firearmId, type: 'firearm', label: b.firearm },
        summary: `recovered ${days} days after purchase`,
        evidence: [
          `bought ${b.date} by ${b.buyer} (${b.caseNumber})`,
          `recovered ${r.date} at ${r.place} (${r.caseNumber})`,
        ],
        caseNumbers: unique([b.caseNumber, r.caseNumber]),
        value: days,
      });
    }
  }
  return hits;
}

function highDemandRepeats(all: BoughtRow[], t: IndicatorThresholds): IndicatorHit[] {
  const bought = all.filter((b) => isHighDemand(JSON.parse(b.fields) as Record<string, string>));
  const hits: IndicatorHit[] = [];
  for (const guns of groupBy(bought, (b) => b.buyerId).values()) {
    const distinct = [...new Map(guns.map((g) => [g.firearmId, g])).values()];
    if (distinct.length < t.highDemandFirearms) continue;
    const first = distinct[0]!;
    hits.push({
      kind: 'high_demand_repeat',
      entity: person(first.buyerId, first.buyer),
      summary: `${distinct.length} high-demand firearms`,
      evidence: distinct.map((g) => `${g.date}: ${g.firearm} (${g.caseNumber})`),
      caseNumbers: unique(distinct.map((g) => g.caseNumber)),
      value: distinct.length,
    });
  }
  return hits;
}

interface CrossAgencyRow {
  entityId: number;
  type: EntityType;
  label: string;
  agencies: string;
  cases: string;
  identifiers: string | null;
}

function crossAgency(db: Db, t: IndicatorThresholds): IndicatorHit[] {
  const rows = db.prepare(CROSS_AGENCY).all(t.crossAgencyCount) as CrossAgencyRow[];
  return rows.map((r) => {
    const agencies = r.agencies.split(',');
    return {
      kind: 'cross_agency',
      entity: { id: r.entityId, type: r.type, label: r.label },
      summary: `in cases of ${agencies.length} agencies`,
      evidence: [`${r.identifiers ?? ''}`, ...agencies.map((a) => `agency: ${a}`)],
      caseNumbers: r.cases.split(',').sort(),
      value: agencies.length,
    };
  });
}

function farPurchasesRecoveredInMexico(all: BoughtRow[], allRecoveries: RecoveryRow[]): IndicatorHit[] {
  const bought = all.filter((b) => b.dealerState && !BORDER_STATES.has(b.dealerState.toUpperCase()));
  const recoveries = groupBy(
    allRecoveries.filter((r) => r.country === 'MX'),
    (r) => r.firearmId,
  );
  const hits = new Map<number, IndicatorHit>();
  for (const b of bought) {
    for (const r of recoveries.get(b.firearmId) ?? []) {
      const hit = hits.get(b.buyerId) ?? {
        kind: 'far_purchase_recovered_in_mexico' as const,
        entity: person(b.buyerId, b.buyer),
        summary: '',
        evidence: [],
        caseNumbers: [],
        value: 0,
      };
      hit.evidence.push(
        `${b.firearm}: bought ${b.date} in ${b.dealerState}, recovered ${r.date} at ${r.place}`,
      );
      hit.caseNumbers = unique([...hit.caseNumbers, b.caseNumber, r.caseNumber]);
      hit.value = hit.evidence.length;
      hit.summary = `${hit.value} firearm(s) bought in ${b.dealerState} recovered in Mexico`;
      hits.set(b.buyerId, hit);
    }
  }
  return [...hits.values()];
}

function groupBy<T>(rows: T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
