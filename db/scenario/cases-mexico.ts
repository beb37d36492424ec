// Recoveries in Mexico, shared with U.S. agencies through liaison: guns found at a
// cartel safe house in Jalisco and at a crime scene in Sonora, traced back by serial
// number to stores in Wisconsin, Alaska and Texas. Both name the receiving cell.
import { CaseBuilder, type CaseSpec } from './builder';
import { DEALERS, GUNS, PHONES, WHO, pick } from './cast';

export function fgrJalisco(): CaseSpec {
  const c = new CaseBuilder({
    number: 'FGR-JAL-2021-0233',
    title: 'Safe house in Zapopan: weapons of a CJNG-linked cell (liaison)',
    agency: 'FGR Jalisco (liaison via ATF Mexico City)',
    status: 'referred',
    openedOn: '2021-10-14',
    jurisdiction: 'Jalisco, Mexico',
    summary:
      'A search of a safe house used by the cell "Los Tapatíos del Pacífico" recovered ten rifles and pistols. Traces by serial number lead to retail purchases in Wisconsin, Alaska and Texas.',
  });
  const rivas = c.person({
    name: 'Armando Rivas Cortés',
    alias: 'El Contador',
    dob: '1979-12-05',
    role: 'buyer',
    nationality: 'MX',
    idNumber: 'SMPL791205HJCRVR09',
    truth: WHO.rivas,
  });
  const cell = c.organisation('Célula Los Tapatíos del Pacífico (CJNG)', 'cartel cell', 'MX', WHO.tapatios);
  c.link('member_of', rivas, cell);
  for (const [name, dob] of [
    ['Jesús Omar Valdivia Ochoa', '1994-02-17'],
    ['Cristian Ulises Macías Robles', '1997-10-03'],
  ] as const) {
    const member = c.person({
      name,
      dob,
      role: 'associate',
      nationality: 'MX',
      truth: `person:${name.toLowerCase().replace(/ /g, '-')}`,
    });
    c.link('member_of', member, cell);
  }
  c.link('uses_phone', rivas, c.phone(PHONES.rivasMx, { country: 'MX', carrier: 'Telefonía Ejemplo' }));
  c.link('stored_at', rivas, c.address('Calle Ejemplo 418', 'Zapopan', 'Jalisco', '45100', 'MX'));
  c.link(
    'drives',
    rivas,
    c.vehicle({
      make: 'Dodge',
      model: 'Ram 2500',
      year: '2019',
      colour: 'black',
      plate: 'JSM-41-27',
      plateState: 'JAL',
    }),
  );
  const raid = c.recovery({
    date: '2021-10-14',
    place: 'Calle Ejemplo 418, Zapopan, Jalisco',
    country: 'MX',
    agency: 'FGR',
    traceNumber: 'T-SMPL-2021-0233',
  });
  const traced: [typeof GUNS.wisconsin, number[], keyof typeof DEALERS][] = [
    [GUNS.wisconsin, [0, 3, 7, 12], 'badgerSports'],
    [GUNS.alaska, [0, 4, 8], 'northernLights'],
    [GUNS.border, [2, 5, 9], 'sunCityGuns'],
  ];
  for (const [batch, indexes, dealerKey] of traced) {
    // The trace result names the dealer of first retail sale.
    const dealer = c.dealer(DEALERS[dealerKey]);
    for (const g of pick(batch, ...indexes)) {
      const gun = c.firearm(g);
      c.link('sold', dealer, gun);
      c.link('recovered_in', gun, raid, '2021-10-14');
    }
  }
  return c.build();
}

export function fgrSonora(): CaseSpec {
  const c = new CaseBuilder({
    number: 'FGR-SON-2022-0118',
    title: 'Caborca shootout: weapons recovered at the scene (liaison)',
    agency: 'FGR Sonora (liaison via ATF Mexico City)',
    status: 'open',
    openedOn: '2022-03-22',
    jurisdiction: 'Sonora, Mexico',
    summary:
      'Six weapons recovered after a clash between armed groups; two with obliterated serials. A phone found at the scene had a contact saved as "Contador".',
  });
  const cell = c.organisation('Los Tapatios - CJNG', 'cartel cell', 'MX', WHO.tapatios);
  const rivas = c.person({
    name: 'A. Rivas Cortes',
    alias: 'Contador',
    role: 'buyer',
    nationality: 'MX',
    truth: WHO.rivas,
  });
  c.link('member_of', rivas, cell);
  c.link('uses_phone', rivas, c.phone('555 010 0190', { country: 'MX' }));
  const scene = c.recovery({
    date: '2022-03-21',
    place: 'Caborca, Sonora',
    country: 'MX',
    agency: 'FGR',
    traceNumber: 'T-SMPL-2022-0118',
  });
  for (const g of [...pick(GUNS.alaska, 1, 5), ...pick(GUNS.border, 6, 11)]) {
    c.link('recovered_in', c.firearm(g), scene, '2022-03-21');
  }
  for (const model of ['AK-pattern rifle', 'belt-fed machine gun']) {
    c.link(
      'recovered_in',
      c.record('firearm', `${model} (serial obliterated)`, { model, category: 'rifle' }),
      scene,
      '2022-03-21',
    );
  }
  return c.build();
}
