// A small builder for the training scenario: each case is written as plain data
// (records with stable external ids, links between them) before anything touches
// the database, so the scenario is deterministic and easy to read.
//
// Link direction convention: every link points DOWNSTREAM along the supply chain,
// the way the guns move, so that a left-to-right hierarchical layout (dagre) reads
//   dealer → purchase → firearm / purchaser → broker → courier → vehicle → crossing → recovery
// and the receiving organisation sits at the far right. Where the natural English verb
// points upstream, the link still points downstream and reads in passive voice:
//   dealer   —sold→         purchase       (the dealer sold in this purchase)
//   purchase —purchased→    firearm        (the purchase bought this gun)
//   purchase —purchased→    purchaser      (read: purchased by)
//   purchaser—bought_for→   broker
//   broker   —supplied→     courier / buyer
//   courier  —drives→       vehicle
//   vehicle  —crossed_at→   crossing
//   crossing —recovered_in→ recovery       (seized at the crossing)
//   firearm  —recovered_in→ recovery
//   person   —uses_phone→ phone, —lives_at→ address, —stored_at→ stash house,
//            —holds_account→ account, —member_of→ organisation
//   phone    —called→       phone          (toll records, caller → callee)
//   person   —shipped→      shipment, shipment —transported→ address (destination)
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import type { NewCase } from '../store/write-case-data';

export interface RecordSpec {
  externalId: string;
  type: EntityType;
  label: string;
  fields: Record<string, string>;
  /** Ground-truth cluster when it is not derived from the record's identifier. */
  truth?: string;
  decoy?: boolean;
}

export interface LinkSpec {
  externalId: string;
  type: LinkType;
  from: string;
  to: string;
  occurredOn?: string;
}

export interface CaseSpec {
  info: NewCase;
  records: RecordSpec[];
  links: LinkSpec[];
}

/** Prefix of a record's external id by type: "WI-2020-017/P-003" is person 3 of that case. */
export const RECORD_PREFIX: Record<EntityType, string> = {
  person: 'P',
  organisation: 'O',
  dealer: 'D',
  phone: 'T',
  address: 'A',
  firearm: 'F',
  vehicle: 'V',
  account: 'K',
  purchase: 'B',
  shipment: 'S',
  crossing: 'X',
  recovery: 'R',
  stop: 'H',
};

export interface PersonSpec {
  name: string;
  dob?: string;
  alias?: string;
  role?: string;
  nationality?: string;
  idNumber?: string;
  truth: string;
  decoy?: boolean;
}

export interface GunSpec {
  make: string;
  model: string;
  serial: string;
  calibre: string;
  category: string;
}

export interface DealerSpec {
  name: string;
  ffl: string;
  street: string;
  city: string;
  state: string;
  postcode: string;
}

const clean = (fields: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => !!e[1]));

export class CaseBuilder {
  private readonly records: RecordSpec[] = [];
  private readonly links: LinkSpec[] = [];
  private readonly counters = new Map<string, number>();

  constructor(readonly info: NewCase) {}

  private nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${this.info.number}/${prefix}-${String(n).padStart(3, '0')}`;
  }

  /** Adds a record and returns its external id, which links refer to. */
  record(
    type: EntityType,
    label: string,
    fields: Record<string, string | undefined>,
    truth?: { cluster?: string; decoy?: boolean },
  ): string {
    const externalId = this.nextId(RECORD_PREFIX[type]);
    this.records.push({
      externalId,
      type,
      label,
      fields: clean(fields),
      ...(truth?.cluster ? { truth: truth.cluster } : {}),
      ...(truth?.decoy ? { decoy: true } : {}),
    });
    return externalId;
  }

  link(type: LinkType, from: string, to: string, occurredOn?: string): void {
    this.links.push({ externalId: this.nextId('L'), type, from, to, ...(occurredOn ? { occurredOn } : {}) });
  }

  person(p: PersonSpec): string {
    const { truth, decoy, ...fields } = p;
    return this.record('person', p.name, fields, { cluster: truth, decoy });
  }

  organisation(name: string, kind: string, country: string, truth: string): string {
    return this.record('organisation', name, { name, kind, country }, { cluster: truth });
  }

  phone(
    number: string,
    extra: { country?: 'US' | 'MX'; carrier?: string; subscriber?: string } = {},
  ): string {
    return this.record('phone', number, { number, country: extra.country ?? 'US', ...extra });
  }

  address(street: string, city: string, state: string, postcode: string, country = 'US'): string {
    return this.record('address', `${street}, ${city}`, { street, city, state, postcode, country });
  }

  dealer(d: DealerSpec): string {
    return this.record('dealer', d.name, { ...d });
  }

  firearm(g: GunSpec, serialAsWritten = g.serial): string {
    return this.record('firearm', `${g.make} ${g.model} ${serialAsWritten}`, {
      ...g,
      serial: serialAsWritten,
    });
  }

  vehicle(v: Record<string, string | undefined>): string {
    const plate = v.plate ? ` (${v.plateState ?? ''} ${v.plate})` : '';
    return this.record('vehicle', `${v.year ?? ''} ${v.make ?? ''} ${v.model ?? ''}${plate}`.trim(), v);
  }

  account(bank: string, accountNumber: string, holder: string): string {
    return this.record('account', `${bank} …${accountNumber.slice(-4)}`, { bank, accountNumber, holder });
  }

  recovery(f: {
    date: string;
    place: string;
    country: string;
    agency: string;
    traceNumber?: string;
  }): string {
    return this.record('recovery', `Recovery ${f.place}, ${f.date}`, f);
  }

  /** A traffic stop or roadside field interview, with the people and vehicles stopped in it. */
  stop(
    f: { date: string; place: string; country: string; agency: string; reason: string },
    stopped: string[],
  ): string {
    const stop = this.record('stop', `Traffic stop ${f.place}, ${f.date}`, f);
    for (const who of stopped) this.link('stopped_in', who, stop, f.date);
    return stop;
  }

  crossing(date: string, port: string, direction: 'northbound' | 'southbound'): string {
    return this.record('crossing', `${direction} crossing ${port}, ${date}`, { date, port, direction });
  }

  shipment(f: {
    date: string;
    carrier: string;
    tracking: string;
    origin: string;
    destination: string;
  }): string {
    return this.record('shipment', `Parcel ${f.tracking}`, f);
  }

  /**
   * One visit to a dealer: the purchase record, the guns bought, and the links
   * dealer → purchase → purchaser and purchase → each firearm.
   */
  purchase(p: {
    dealer: string;
    purchaser: string;
    date: string;
    guns: GunSpec[];
    amount: number;
    paymentMethod?: string;
  }): { purchase: string; firearms: string[] } {
    const purchase = this.record('purchase', `Purchase ${p.date}, ${p.guns.length} firearm(s)`, {
      date: p.date,
      quantity: String(p.guns.length),
      amount: p.amount.toFixed(2),
      paymentMethod: p.paymentMethod ?? 'cash',
      form4473: 'yes',
    });
    this.link('sold', p.dealer, purchase, p.date);
    this.link('purchased', purchase, p.purchaser, p.date);
    const firearms = p.guns.map((g) => {
      const f = this.firearm(g);
      this.link('purchased', purchase, f, p.date);
      return f;
    });
    return { purchase, firearms };
  }

  build(): CaseSpec {
    return { info: this.info, records: [...this.records], links: [...this.links] };
  }
}
