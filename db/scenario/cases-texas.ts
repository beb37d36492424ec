// The border crew in El Paso run by Francisco Javier Mendoza Ibarra, seen through a
// DEA wire case and a state multiple-sale investigation of one of his buyers.
import { CaseBuilder, type CaseSpec } from './builder';
import { DEALERS, GUNS, PHONES, WHO } from './cast';

const TORRES_HOME = ['7731 Example Sage Drive', 'El Paso', 'TX', '79924'] as const;

export function deaElPaso(): CaseSpec {
  const c = new CaseBuilder({
    number: 'DEA-ELP-2021-058',
    title: 'Wire intercept: firearms traded for narcotics proceeds',
    agency: 'DEA El Paso Division',
    status: 'open',
    openedOn: '2021-08-23',
    jurisdiction: 'Texas',
    summary:
      'A narcotics wire on "Frank Mendoza" revealed him paying local buyers to purchase rifles and arranging delivery to a contact in Mexico known as "El Contador".',
  });
  const mendoza = c.person({ name: 'Frank Mendoza', dob: '1983-11-06', role: 'broker', truth: WHO.mendoza });
  const rivas = c.person({
    name: 'Armando Rivas Cortes',
    alias: 'El Contador',
    role: 'buyer',
    nationality: 'MX',
    truth: WHO.rivas,
  });
  const own = c.phone('555-010-0161');
  const shared = c.phone('555 010 0177');
  const rivasPhone = c.phone('+52 555 010 0190', { country: 'MX' });
  c.link('uses_phone', mendoza, own);
  c.link('uses_phone', mendoza, shared);
  c.link('uses_phone', rivas, rivasPhone);
  c.link('called', own, rivasPhone, '2021-08-30');
  c.link('supplied', mendoza, rivas);
  c.link('holds_account', mendoza, c.account('Banco Ficticio del Norte', '770011223344', 'F. Mendoza'));
  const crew = [
    {
      name: 'María Guadalupe Torres Medina',
      alias: 'Lupita',
      dob: '1990-12-08',
      phone: PHONES.torres,
      home: TORRES_HOME,
      truth: WHO.torres,
    },
    {
      name: 'Daniel Ortega',
      dob: '1987-04-30',
      phone: '555-010-0126',
      home: ['4020 Sample Mesa Street', 'El Paso', 'TX', '79903'] as const,
      truth: WHO.ortega,
    },
    {
      name: 'Kevin Alvarado',
      dob: '1995-09-09',
      phone: '(555) 010-0127',
      home: ['19 Fictional Alameda Avenue', 'El Paso', 'TX', '79905'] as const,
      truth: 'person:alvarado-kevin',
    },
  ];
  const people = crew.map((p) => {
    const id = c.person({
      name: p.name,
      alias: p.alias,
      dob: p.dob,
      role: 'straw purchaser',
      truth: p.truth,
    });
    const phone = c.phone(p.phone);
    c.link('uses_phone', id, phone);
    c.link('called', phone, own);
    const [street, city, state, postcode] = p.home;
    c.link('lives_at', id, c.address(street, city, state, postcode));
    c.link('bought_for', id, mendoza);
    return id;
  });
  const dealers = [c.dealer(DEALERS.sunCityGuns), c.dealer(DEALERS.riograndeTactical)];
  const visits: [number, number, string, number][] = [
    [0, 0, '2021-03-15', 3],
    [1, 1, '2021-03-18', 3],
    [2, 0, '2021-04-06', 2],
    [0, 1, '2021-05-11', 2],
    [1, 0, '2021-06-22', 2],
    [2, 1, '2021-07-13', 2],
  ];
  const guns = GUNS.border.slice(0, 14);
  for (const [who, dealer, date, n] of visits) {
    c.purchase({
      dealer: dealers[dealer]!,
      purchaser: people[who]!,
      date,
      guns: guns.splice(0, n),
      amount: 1700 * n,
    });
  }
  return c.build();
}

export function texasDps(): CaseSpec {
  const c = new CaseBuilder({
    number: 'TXDPS-2022-014',
    title: 'Repeat 5.7 mm pistol purchases, El Paso',
    agency: 'Texas DPS Criminal Investigations Division',
    status: 'open',
    openedOn: '2022-04-06',
    jurisdiction: 'Texas',
    summary:
      'Multiple-sale reports on one buyer of FN 5.7 mm pistols and rifles; two of the guns were seized at Nogales within a month of sale.',
  });
  const buyer = c.person({
    name: 'Maria G. Torres',
    dob: '1990-08-12',
    role: 'straw purchaser',
    nationality: 'US',
    truth: WHO.torres,
  });
  c.link('uses_phone', buyer, c.phone('555 010 0133'));
  c.link('lives_at', buyer, c.address('7731 Example Sage Dr', 'El Paso', 'TX', '79924'));
  c.link(
    'drives',
    buyer,
    c.vehicle({
      make: 'Nissan',
      model: 'Altima',
      year: '2018',
      colour: 'grey',
      vin: '1THORSMPL00000133',
      plate: 'SMP-2290',
      plateState: 'TX',
    }),
  );
  const dealers = [c.dealer(DEALERS.riograndeTactical), c.dealer(DEALERS.sunCityGuns)];
  const visits: [number, string, number][] = [
    [0, '2021-10-12', 3],
    [1, '2021-11-30', 3],
    [0, '2022-01-18', 2],
  ];
  const guns = GUNS.border.slice(14, 22);
  for (const [dealer, date, n] of visits) {
    c.purchase({
      dealer: dealers[dealer]!,
      purchaser: buyer,
      date,
      guns: guns.splice(0, n),
      amount: 1800 * n,
    });
  }
  return c.build();
}
