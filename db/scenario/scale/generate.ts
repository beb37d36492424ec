// The scaled sample generator: a stream of generated cases whose records describe
// real-world identities, each identity stated (with noise) in one to four cases.
// Streaming: an identity's later appearances wait in a queue keyed by the case they
// will appear in, never more than WINDOW cases ahead, so memory stays flat at any N.
import type { EntityType } from '../../../shared/domain/entity-types';
import type { LinkType } from '../../../shared/domain/link-types';
import type { NewCase } from '../../store/write-case-data';
import { RECORD_PREFIX } from '../builder';
import { scenarioCases } from '../scenario';
import * as I from './identities';
import { stateIdentity } from './noise';
import { Prng } from './prng';
import { AGENCIES, CASE_THEMES } from './vocab';

export interface ScaledRecord {
  externalId: string;
  type: EntityType;
  label: string;
  fields: Record<string, string>;
  cluster: string;
  decoy: boolean;
}

export interface ScaledCase {
  info: NewCase;
  records: ScaledRecord[];
  /** Links between records of this case, by index in `records`. */
  links: { type: LinkType; from: number; to: number }[];
}

export interface ScaleOptions {
  records: number;
  seed: number;
}

const WINDOW = 40;
const EVENTS: EntityType[] = ['purchase', 'shipment', 'crossing', 'recovery'];
/** How many cases one identity appears in: mean 1.8. Events appear in one case. */
const APPEARANCES: [number, number][] = [
  [1, 0.5],
  [2, 0.28],
  [3, 0.14],
  [4, 0.08],
];
const MEAN_APPEARANCES = APPEARANCES.reduce((s, [k, p]) => s + k * p, 0);
const DECOY_SHARE = 0.03;

/** New identities per type, weighted so that records come out in the scenario's proportions. */
function identityWeights(): [EntityType, number][] {
  const counts = new Map<EntityType, number>();
  for (const r of scenarioCases().flatMap((c) => c.records))
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return [...counts].map(([t, n]) => [t, EVENTS.includes(t) ? n : n / MEAN_APPEARANCES]);
}

class IdentityFactory {
  private counters = new Map<EntityType, number>();
  private recentPeople: Record<string, string>[] = [];
  constructor(
    private readonly rng: Prng,
    private readonly seed: number,
  ) {}

  make(type: EntityType, year: number): Identity {
    const c = this.counters.get(type) ?? 0;
    this.counters.set(type, c + 1);
    const cluster = `${type}:${this.seed}:${c}`;
    if (type === 'person') return this.person(cluster);
    return { type, cluster, decoy: false, canon: this.canon(type, c, year) };
  }

  private person(cluster: string): Identity {
    const rng = this.rng;
    const model =
      this.recentPeople.length > 0 && rng.chance(DECOY_SHARE) ? rng.pick(this.recentPeople) : null;
    const canon = model ? I.lookalikeCanon(rng, model) : I.personCanon(rng);
    if (!model) {
      this.recentPeople.push(canon);
      if (this.recentPeople.length > 200) this.recentPeople.shift();
    }
    return { type: 'person', cluster, decoy: model !== null, canon };
  }

  private canon(type: EntityType, c: number, year: number): Record<string, string> {
    const rng = this.rng;
    switch (type) {
      case 'phone':
        return I.phoneCanon(c);
      case 'firearm':
        return I.gunCanon(rng, c);
      case 'address':
        return I.addressCanon(c);
      case 'vehicle':
        return I.vehicleCanon(rng, c);
      case 'dealer':
        return I.dealerCanon(rng, c);
      case 'account':
        return I.accountCanon(rng, c, `${rng.pick(['J.', 'M.', 'F.', 'R.'])} ${I.personCanon(rng).surname1}`);
      case 'organisation':
        return I.organisationCanon(rng, c);
      default:
        return I.eventCanon(rng, type, c, year);
    }
  }
}
type Identity = I.Identity;

/** Yields generated cases until exactly `records` records have been produced. */
export function* generateScaledCases(options: ScaleOptions): Generator<ScaledCase> {
  const rng = new Prng(options.seed);
  const factory = new IdentityFactory(rng, options.seed);
  const weights = identityWeights();
  const pending = new Map<number, Identity[]>();
  let left = options.records;
  for (let index = 0; left > 0; index++) {
    const year = rng.int(2015, 2024);
    const identities = pending.get(index) ?? [];
    pending.delete(index);
    const size = rng.int(10, 60);
    while (identities.length < size) {
      const id = factory.make(rng.weighted(weights), year);
      identities.push(id);
      if (!EVENTS.includes(id.type)) schedule(rng, pending, index, id);
    }
    const kept = identities.slice(0, left);
    left -= kept.length;
    yield buildCase(rng, options.seed, index, year, kept);
  }
}

function schedule(rng: Prng, pending: Map<number, Identity[]>, index: number, id: Identity): void {
  const more = rng.weighted(APPEARANCES) - 1;
  const cases = new Set<number>();
  while (cases.size < more) cases.add(index + rng.int(1, WINDOW));
  for (const at of cases) {
    const list = pending.get(at);
    if (list) list.push(id);
    else pending.set(at, [id]);
  }
}

function buildCase(rng: Prng, seed: number, index: number, year: number, ids: Identity[]): ScaledCase {
  const { agency, jurisdiction } = rng.pick(AGENCIES);
  const number = `GEN-${seed}-${String(index + 1).padStart(6, '0')}`;
  const info: NewCase = {
    number,
    title: `${rng.pick(CASE_THEMES)} ${index + 1}`,
    agency,
    status: rng.pick(['open', 'closed', 'referred', 'suspended'] as const),
    openedOn: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    jurisdiction,
    summary: 'Generated case for scale testing.',
  };
  const counters = new Map<string, number>();
  const records = ids.map((id): ScaledRecord => {
    const prefix = RECORD_PREFIX[id.type];
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const stated = stateIdentity(rng, id);
    return {
      externalId: `${number}/${prefix}-${String(n).padStart(3, '0')}`,
      type: id.type,
      ...stated,
      cluster: id.cluster,
      decoy: id.decoy,
    };
  });
  return { info, records, links: linksOf(rng, records) };
}

/** Link rules, pointing downstream as in the training scenario (see builder.ts). */
const RULES: [EntityType, LinkType, EntityType, 'from' | 'to'][] = [
  ['phone', 'uses_phone', 'person', 'to'],
  ['address', 'lives_at', 'person', 'to'],
  ['vehicle', 'drives', 'person', 'to'],
  ['account', 'holds_account', 'person', 'to'],
  ['organisation', 'member_of', 'person', 'to'],
  ['shipment', 'shipped', 'person', 'to'],
  ['purchase', 'sold', 'dealer', 'to'],
  ['purchase', 'purchased', 'person', 'from'],
  ['firearm', 'purchased', 'purchase', 'to'],
  ['firearm', 'recovered_in', 'recovery', 'from'],
  ['crossing', 'crossed_at', 'vehicle', 'to'],
  ['recovery', 'recovered_in', 'crossing', 'to'],
];

function linksOf(rng: Prng, records: ScaledRecord[]): ScaledCase['links'] {
  const byType = new Map<EntityType, number[]>();
  records.forEach((r, i) => {
    const list = byType.get(r.type);
    if (list) list.push(i);
    else byType.set(r.type, [i]);
  });
  const links: ScaledCase['links'] = [];
  records.forEach((r, i) => {
    for (const [type, linkType, other, side] of RULES) {
      if (r.type !== type) continue;
      const candidates = byType.get(other);
      if (!candidates) continue;
      const j = rng.pick(candidates);
      links.push(side === 'to' ? { type: linkType, from: j, to: i } : { type: linkType, from: i, to: j });
    }
    if (r.type === 'person' && r.fields.role === 'straw purchaser') {
      const brokers = (byType.get('person') ?? []).filter((j) => records[j]!.fields.role === 'broker');
      if (brokers.length > 0) links.push({ type: 'bought_for', from: i, to: rng.pick(brokers) });
    }
  });
  return links;
}

/** The generated records one after another, with the number of their case. */
export function* generateScaledRecords(
  options: ScaleOptions,
): Generator<ScaledRecord & { caseNumber: string }> {
  for (const c of generateScaledCases(options)) {
    for (const r of c.records) yield { ...r, caseNumber: c.info.number };
  }
}
