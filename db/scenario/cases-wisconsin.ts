// The Wisconsin crew: four straw purchasers in the Milwaukee area recruited by the
// broker José Luis Hernández Ruiz ("El Flaco"), and the traffic stop that caught him
// driving a load south under the name "Joe Hernandez".
import { CaseBuilder, type CaseSpec, type GunSpec } from './builder';
import { DEALERS, GUNS, HERNANDEZ_CAR, PHONES, STASH_HOUSE, WHO } from './cast';

const PURCHASERS = [
  {
    name: 'Kayla Marie Voss',
    dob: '1997-08-14',
    phone: PHONES.voss,
    street: '3315 Sample Avenue',
    truth: WHO.voss,
  },
  {
    name: 'Tyler James Brandt',
    dob: '1995-03-22',
    phone: '(555) 010-0115',
    street: '912 Example Place',
    truth: 'person:brandt-tyler-james',
  },
  {
    name: 'Marcus D. Whitfield',
    dob: '1993-10-05',
    phone: '(555) 010-0116',
    street: '47 Placeholder Lane',
    truth: 'person:whitfield-marcus',
  },
  {
    name: 'Brianna Kowalczyk',
    dob: '1998-12-30',
    phone: '(555) 010-0117',
    street: '2604 Fictional Terrace',
    truth: 'person:kowalczyk-brianna',
  },
];

/** Visits per purchaser: [purchaser index, dealer, date, guns in the visit]. */
const VISITS: [number, 'badgerSports' | 'lakeshoreArms', string, number][] = [
  [0, 'badgerSports', '2019-11-04', 3],
  [1, 'badgerSports', '2019-11-06', 3],
  [0, 'lakeshoreArms', '2019-12-13', 3],
  [2, 'badgerSports', '2020-01-09', 3],
  [1, 'lakeshoreArms', '2020-01-10', 3],
  [3, 'lakeshoreArms', '2020-01-17', 3],
  [0, 'badgerSports', '2020-02-03', 2],
  [1, 'badgerSports', '2020-02-04', 2],
  [2, 'lakeshoreArms', '2020-05-21', 3],
  [3, 'badgerSports', '2020-06-02', 3],
];

export function atfMilwaukee(): CaseSpec {
  const c = new CaseBuilder({
    number: 'WI-2020-017',
    title: 'Operation Lakeshore: straw purchasing crew, Milwaukee',
    agency: 'ATF Milwaukee Field Office',
    status: 'referred',
    openedOn: '2020-02-11',
    jurisdiction: 'Wisconsin',
    summary:
      'Multiple-sale reports flagged four young buyers repeatedly purchasing AR- and AK-pattern rifles and 5.7 mm pistols for cash. All four were recruited and paid by one broker.',
  });
  const broker = c.person({
    name: 'José Luis Hernández Ruiz',
    alias: 'El Flaco',
    dob: '1988-04-02',
    role: 'broker',
    nationality: 'MX',
    truth: WHO.hernandez,
  });
  const brokerPhone = c.phone(PHONES.hernandez, { carrier: 'Sample Wireless', subscriber: 'J. Hernandez' });
  c.link('uses_phone', broker, brokerPhone);
  c.link('lives_at', broker, c.address('2290 Sample Court', 'Milwaukee', 'WI', '53215'));
  c.link('drives', broker, c.vehicle(HERNANDEZ_CAR));
  c.link(
    'holds_account',
    broker,
    c.account('Sample Community Credit Union', '0042-7781-0093', 'Jose L Hernandez'),
  );
  const dealers = {
    badgerSports: c.dealer(DEALERS.badgerSports),
    lakeshoreArms: c.dealer(DEALERS.lakeshoreArms),
  };
  const people = PURCHASERS.map((p) => {
    const id = c.person({
      name: p.name,
      dob: p.dob,
      role: 'straw purchaser',
      nationality: 'US',
      truth: p.truth,
    });
    const phone = c.phone(p.phone, { carrier: 'Sample Wireless' });
    c.link('uses_phone', id, phone);
    c.link('called', phone, brokerPhone);
    c.link('lives_at', id, c.address(p.street, 'Milwaukee', 'WI', '53208'));
    c.link('bought_for', id, broker);
    return id;
  });
  const guns: GunSpec[] = [...GUNS.wisconsin];
  for (const [who, dealer, date, n] of VISITS) {
    const bought = guns.splice(0, n);
    c.purchase({ dealer: dealers[dealer], purchaser: people[who]!, date, guns: bought, amount: 1450 * n });
  }
  return c.build();
}

export function wisconsinStatePatrol(): CaseSpec {
  const c = new CaseBuilder({
    number: 'WSP-2021-0309',
    title: 'I-94 traffic stop, Kenosha County: rifles in rear compartment',
    agency: 'Wisconsin State Patrol',
    status: 'closed',
    openedOn: '2021-03-09',
    jurisdiction: 'Wisconsin',
    summary:
      'A southbound SUV stopped for speeding carried six rifles under the rear floor. The driver gave his name as Joe Hernandez; the navigation unit held an address in Tucson, Arizona.',
  });
  const driver = c.person({
    name: 'Joe Hernandez',
    dob: '1988-02-04',
    role: 'courier',
    truth: WHO.hernandez,
  });
  const passenger = c.person({ name: 'Kayla Voss', dob: '1997-08-14', role: 'associate', truth: WHO.voss });
  c.link('uses_phone', driver, c.phone('555-010-0142', { subscriber: 'prepaid' }));
  c.link('uses_phone', passenger, c.phone('555.010.0114'));
  const car = c.vehicle({ ...HERNANDEZ_CAR, plate: 'SMP 8810' });
  c.link('drives', driver, car);
  c.link(
    'stored_at',
    driver,
    c.address('1208 Sample St.', STASH_HOUSE.city, STASH_HOUSE.state, STASH_HOUSE.postcode),
  );
  const place = 'I-94 mile 340, Kenosha County, WI';
  // The stop itself (who and what was stopped), and the rifles seized in it.
  c.stop({ date: '2021-03-09', place, country: 'US', agency: 'Wisconsin State Patrol', reason: 'speeding' }, [
    driver,
    passenger,
    car,
  ]);
  const seizure = c.recovery({ date: '2021-03-09', place, country: 'US', agency: 'Wisconsin State Patrol' });
  for (const g of GUNS.wisconsin.slice(20, 26)) {
    // The trooper wrote serials as read off the receiver: spaces, lower case.
    c.link('recovered_in', c.firearm(g, g.serial.replace(/-/g, ' ').toLowerCase()), seizure, '2021-03-09');
  }
  return c.build();
}
