// The border end of the chain: the Tucson stash house where the three crews' guns
// met, the courier's pickup seized southbound at Nogales, the courier's earlier stop
// in New Mexico, and an older Phoenix multiple-sale report on a border-crew buyer.
import { CaseBuilder, type CaseSpec } from './builder';
import { COURIER_VEHICLE, DEALERS, GUNS, PHONES, STASH_HOUSE, WHO, pick } from './cast';

export function hsiTucson(): CaseSpec {
  const c = new CaseBuilder({
    number: 'HSI-TUC-2021-031',
    title: 'Stash house on Sample Street, Tucson',
    agency: 'HSI Tucson',
    status: 'open',
    openedOn: '2021-05-04',
    jurisdiction: 'Arizona',
    summary:
      'Surveillance of a Tucson residence receiving parcels from Alaska and visits from out-of-state vehicles. Toll records tie the residence to brokers in Wisconsin, Alaska and El Paso and to a number in Mexico.',
  });
  const mendoza = c.person({
    name: 'Francisco Javier Mendoza Ibarra',
    alias: 'Pancho',
    dob: '1983-06-11',
    role: 'broker',
    nationality: 'MX',
    truth: WHO.mendoza,
  });
  const quintero = c.person({
    name: 'R. A. Quintero-Salas',
    dob: '1985-09-17',
    role: 'broker',
    truth: WHO.quintero,
  });
  const hernandez = c.person({
    name: 'Jose L. Hernandez',
    dob: '1988-04-02',
    role: 'broker',
    truth: WHO.hernandez,
  });
  const carrillo = c.person({
    name: 'Luis Alfonso Carrillo Vega',
    alias: 'El Güero',
    dob: '1992-01-28',
    role: 'courier',
    nationality: 'MX',
    truth: WHO.carrillo,
  });
  const rivas = c.person({ name: 'Armando Rivas', role: 'buyer', nationality: 'MX', truth: WHO.rivas });
  const cell = c.organisation('Los Tapatíos (CJNG cell)', 'cartel cell', 'MX', WHO.tapatios);
  const shared = c.phone(PHONES.brokerShared, { subscriber: 'prepaid' });
  const phones = {
    mendoza: c.phone(PHONES.mendoza, { subscriber: 'F. Mendoza' }),
    hernandez: c.phone(PHONES.hernandez),
    carrillo: c.phone(PHONES.carrillo),
    rivas: c.phone(PHONES.rivasMx, { country: 'MX', carrier: 'Telefonía Ejemplo' }),
  };
  c.link('uses_phone', mendoza, phones.mendoza);
  c.link('uses_phone', mendoza, shared);
  c.link('uses_phone', quintero, shared);
  c.link('uses_phone', hernandez, phones.hernandez);
  c.link('uses_phone', carrillo, phones.carrillo);
  c.link('uses_phone', rivas, phones.rivas);
  c.link('called', phones.hernandez, shared, '2021-02-26');
  c.link('called', shared, phones.carrillo, '2021-03-01');
  c.link('called', phones.mendoza, phones.rivas, '2021-03-02');
  const stash = c.address(STASH_HOUSE.street, STASH_HOUSE.city, STASH_HOUSE.state, STASH_HOUSE.postcode);
  for (const who of [mendoza, quintero, hernandez, carrillo]) c.link('stored_at', who, stash);
  c.link('supplied', quintero, mendoza);
  c.link('supplied', hernandez, mendoza);
  c.link('supplied', mendoza, carrillo);
  c.link('supplied', carrillo, rivas);
  c.link('member_of', rivas, cell);
  c.link('drives', carrillo, c.vehicle(COURIER_VEHICLE));
  c.link(
    'holds_account',
    mendoza,
    c.account('Banco Ficticio del Norte', '7700-1122-3344', 'Francisco J Mendoza'),
  );
  c.link(
    'holds_account',
    hernandez,
    c.account('Sample Community Credit Union', '004277810093', 'J L Hernandez'),
  );
  const warrant = c.recovery({
    date: '2021-05-20',
    place: '1208 Sample Street, Tucson, AZ',
    country: 'US',
    agency: 'HSI Tucson',
  });
  for (const g of [...pick(GUNS.alaska, 12, 13, 14), ...pick(GUNS.border, 12, 13)]) {
    c.link('recovered_in', c.firearm(g), warrant, '2021-05-20');
  }
  return c.build();
}

export function cbpNogales(): CaseSpec {
  const c = new CaseBuilder({
    number: 'CBP-NOG-2022-0041',
    title: 'Southbound seizure, DeConcini port: rifles in pickup bed liner',
    agency: 'CBP Nogales Port of Entry',
    status: 'referred',
    openedOn: '2022-02-17',
    jurisdiction: 'Arizona',
    summary:
      'Southbound outbound inspection found eight firearms under the bed liner of a white pickup. Crossing history shows three earlier round trips in the same vehicle.',
  });
  const driver = c.person({
    name: 'Luis A. Carrillo',
    dob: '1992-01-28',
    role: 'courier',
    nationality: 'MX',
    truth: WHO.carrillo,
  });
  c.link('uses_phone', driver, c.phone('555-010-0188'));
  const truck = c.vehicle(COURIER_VEHICLE);
  c.link('drives', driver, truck);
  for (const date of ['2021-09-03', '2021-11-19', '2022-01-07']) {
    c.link('crossed_at', truck, c.crossing(date, 'Nogales DeConcini', 'northbound'), date);
  }
  const southbound = c.crossing('2022-02-17', 'Nogales DeConcini', 'southbound');
  c.link('crossed_at', truck, southbound, '2022-02-17');
  const seizure = c.recovery({
    date: '2022-02-17',
    place: 'Nogales DeConcini port, outbound lanes',
    country: 'US',
    agency: 'CBP Office of Field Operations',
  });
  c.link('recovered_in', southbound, seizure, '2022-02-17');
  for (const g of [
    ...pick(GUNS.wisconsin, 26, 27),
    ...pick(GUNS.alaska, 10, 11),
    ...pick(GUNS.border, 18, 19, 20, 21),
  ]) {
    c.link('recovered_in', c.firearm(g), seizure, '2022-02-17');
  }
  return c.build();
}

export function newMexicoStatePolice(): CaseSpec {
  const c = new CaseBuilder({
    number: 'NMSP-2021-1204',
    title: 'I-10 field interview near Lordsburg: rifle cases in pickup',
    agency: 'New Mexico State Police',
    status: 'closed',
    openedOn: '2021-12-04',
    jurisdiction: 'New Mexico',
    summary:
      'Driver of an Arizona-plated pickup stopped for an equipment violation; two long-gun cases seen in the cab. No seizure; plate and phone noted for intelligence.',
  });
  const driver = c.person({ name: 'Luis Carrillo Vega', role: 'courier', truth: WHO.carrillo });
  c.link('uses_phone', driver, c.phone('(555) 010-0188'));
  const pickup = c.vehicle({
    make: 'Ford',
    model: 'pickup',
    colour: 'white',
    plate: 'SMP 4271',
    plateState: 'AZ',
  });
  c.link('drives', driver, pickup);
  c.link('lives_at', driver, c.address('300 Example Frontage Road', 'Lordsburg', 'NM', '88045'));
  c.stop(
    {
      date: '2021-12-04',
      place: 'I-10 near Lordsburg, NM',
      country: 'US',
      agency: 'New Mexico State Police',
      reason: 'equipment violation',
    },
    [driver, pickup],
  );
  for (const model of ['AR-pattern rifle', 'AK-pattern rifle']) {
    c.record('firearm', `${model} (serial not recorded)`, { model, category: 'rifle' });
  }
  return c.build();
}

export function atfPhoenix(): CaseSpec {
  const c = new CaseBuilder({
    number: 'ATF-PHX-2019-088',
    title: 'Multiple-sale report: pistols and rifles, Valley Sample Pawn',
    agency: 'ATF Phoenix Field Division',
    status: 'suspended',
    openedOn: '2019-07-15',
    jurisdiction: 'Arizona',
    summary:
      'A buyer purchased five guns in five days and paid cash. Interview inconclusive; case suspended.',
  });
  const buyer = c.person({
    name: 'Daniel Ortega Ruiz',
    dob: '1987-04-30',
    role: 'straw purchaser',
    nationality: 'US',
    truth: WHO.ortega,
  });
  c.link('uses_phone', buyer, c.phone(PHONES.ortega));
  c.link('lives_at', buyer, c.address('655 Sample Saguaro Street', 'Phoenix', 'AZ', '85033'));
  const pawn = c.dealer(DEALERS.valleyPawn);
  c.purchase({
    dealer: pawn,
    purchaser: buyer,
    date: '2019-06-28',
    guns: GUNS.phoenix.slice(0, 3),
    amount: 3900,
  });
  c.purchase({
    dealer: pawn,
    purchaser: buyer,
    date: '2019-07-02',
    guns: GUNS.phoenix.slice(3, 5),
    amount: 2600,
  });
  return c.build();
}
