// The Alaska crew: three purchasers in Anchorage and the Mat-Su valley recruited by
// Ramón Alberto Quintero Salas ("Beto"), who shipped the guns by parcel to the Tucson
// stash house; and the air-cargo interdiction that opened a state case.
import { CaseBuilder, type CaseSpec } from './builder';
import { DEALERS, GUNS, PHONES, STASH_HOUSE, WHO } from './cast';

const PURCHASERS = [
  {
    name: 'Dustin Ray Akers',
    dob: '1996-05-19',
    phone: '(555) 010-0151',
    street: '1450 Sample Spruce Drive',
  },
  { name: 'Cody Pruitt', dob: '1994-07-07', phone: '(555) 010-0152', street: '88 Example Birch Lane' },
  { name: 'Shayla Marie Olin', dob: '1999-01-25', phone: '(555) 010-0153', street: '402 Placeholder Way' },
];
const truthOf = (name: string) => `person:${name.toLowerCase().replace(/ /g, '-')}`;

const VISITS: [number, 'northernLights' | 'kenaiOutfitters', string, number][] = [
  [0, 'northernLights', '2020-03-02', 3],
  [1, 'kenaiOutfitters', '2020-03-05', 3],
  [2, 'northernLights', '2020-04-17', 3],
  [0, 'kenaiOutfitters', '2020-05-29', 3],
  [1, 'northernLights', '2020-06-08', 3],
  [2, 'kenaiOutfitters', '2020-07-14', 3],
  [0, 'northernLights', '2020-08-20', 2],
];

export function atfAnchorage(): CaseSpec {
  const c = new CaseBuilder({
    number: 'AK-2020-006',
    title: 'Anchorage straw purchases shipped to Arizona',
    agency: 'ATF Anchorage Field Office',
    status: 'open',
    openedOn: '2020-09-15',
    jurisdiction: 'Alaska',
    summary:
      'Three Anchorage-area buyers purchased rifles and 5.7 mm pistols in quick succession; parcel records show the guns shipped to a residential address in Tucson.',
  });
  const broker = c.person({
    name: 'Ramón Alberto Quintero Salas',
    alias: 'Beto',
    dob: '1985-09-17',
    role: 'broker',
    nationality: 'MX',
    truth: WHO.quintero,
  });
  const own = c.phone(PHONES.quintero, { subscriber: 'R. Quintero' });
  const shared = c.phone(PHONES.brokerShared, { subscriber: 'prepaid, no subscriber' });
  c.link('uses_phone', broker, own);
  c.link('uses_phone', broker, shared);
  c.link('lives_at', broker, c.address('5012 Sample Glacier Court', 'Anchorage', 'AK', '99507'));
  // A lawful customer of the same store, checked and cleared: a decoy for name matching.
  c.person({
    name: 'Ramon Quintana Salas',
    dob: '1979-02-26',
    role: 'witness',
    nationality: 'US',
    truth: 'person:quintana-salas-ramon',
    decoy: true,
  });
  const dealers = {
    northernLights: c.dealer(DEALERS.northernLights),
    kenaiOutfitters: c.dealer(DEALERS.kenaiOutfitters),
  };
  const people = PURCHASERS.map((p) => {
    const id = c.person({
      name: p.name,
      dob: p.dob,
      role: 'straw purchaser',
      nationality: 'US',
      truth: truthOf(p.name),
    });
    const phone = c.phone(p.phone);
    c.link('uses_phone', id, phone);
    c.link('called', phone, own);
    c.link('lives_at', id, c.address(p.street, 'Anchorage', 'AK', '99504'));
    c.link('bought_for', id, broker);
    return id;
  });
  const guns = [...GUNS.alaska];
  for (const [who, dealer, date, n] of VISITS) {
    c.purchase({
      dealer: dealers[dealer],
      purchaser: people[who]!,
      date,
      guns: guns.splice(0, n),
      amount: 1600 * n,
      paymentMethod: 'cash',
    });
  }
  const stash = c.address(STASH_HOUSE.street, STASH_HOUSE.city, STASH_HOUSE.state, STASH_HOUSE.postcode);
  for (const [date, tracking] of [
    ['2020-04-22', 'SMPL0000AK0417'],
    ['2020-06-12', 'SMPL0000AK0612'],
    ['2020-08-24', 'SMPL0000AK0824'],
  ] as const) {
    const parcel = c.shipment({
      date,
      carrier: 'Sample Freight Air',
      tracking,
      origin: 'Anchorage, AK',
      destination: 'Tucson, AZ',
    });
    c.link('shipped', broker, parcel, date);
    c.link('transported', parcel, stash, date);
  }
  return c.build();
}

export function alaskaStateTroopers(): CaseSpec {
  const c = new CaseBuilder({
    number: 'AST-2021-0112',
    title: 'Air cargo interdiction: rifles declared as auto parts',
    agency: 'Alaska State Troopers',
    status: 'closed',
    openedOn: '2021-01-12',
    jurisdiction: 'Alaska',
    summary:
      'A parcel declared as auto parts held four rifles. The waybill named the sender as Ramon Quintero with a callback number; the consignee address was in Tucson.',
  });
  const sender = c.person({ name: 'Ramon Quintero', dob: '1985-09-17', role: 'broker', truth: WHO.quintero });
  const dropOff = c.person({ name: 'C. Pruitt', role: 'associate', truth: truthOf('Cody Pruitt') });
  c.link('uses_phone', sender, c.phone('+1 555 010 0155'));
  const parcel = c.shipment({
    date: '2021-01-11',
    carrier: 'Sample Freight Air',
    tracking: 'SMPL0000AK1101',
    origin: 'Anchorage, AK',
    destination: 'Tucson, AZ',
  });
  c.link('shipped', sender, parcel, '2021-01-11');
  c.link('shipped', dropOff, parcel, '2021-01-11');
  c.link('transported', parcel, c.address('1208 Sample Str', 'Tucson', 'Arizona', '85705'));
  const seizure = c.recovery({
    date: '2021-01-12',
    place: 'Anchorage air cargo terminal',
    country: 'US',
    agency: 'Alaska State Troopers',
  });
  for (const g of GUNS.alaska.slice(16, 20)) c.link('recovered_in', c.firearm(g), seizure, '2021-01-12');
  return c.build();
}
