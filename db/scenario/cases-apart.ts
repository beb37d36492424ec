// Two local cases that have nothing to do with the network. They hold decoys: people
// whose names look like the brokers' and courier's, with other dates of birth and no
// shared phone, address, vehicle or gun. A good match review leaves them apart.
import { CaseBuilder, type CaseSpec } from './builder';
import { DEALERS, GUNS } from './cast';

export function milwaukeePolice(): CaseSpec {
  const c = new CaseBuilder({
    number: 'MPD-2022-0417',
    title: 'Burglary at Cream City Sample Pawn',
    agency: 'Milwaukee Police Department',
    status: 'closed',
    openedOn: '2022-04-17',
    jurisdiction: 'Wisconsin',
    summary:
      'Night-time burglary of a pawn shop; six handguns taken. Two suspects identified from video; two guns recovered at one suspect’s home.',
  });
  const shop = c.dealer(DEALERS.creamCityPawn);
  const suspects = [
    c.person({
      name: 'Jose Luis Hernandez',
      dob: '1991-11-23',
      role: 'associate',
      nationality: 'US',
      truth: 'person:hernandez-jose-luis-1991',
      decoy: true,
    }),
    c.person({
      name: 'Tremaine Oakley',
      dob: '1990-06-14',
      role: 'associate',
      nationality: 'US',
      truth: 'person:oakley-tremaine',
    }),
  ];
  const homes = [
    c.address('718 Fictional Mitchell Street', 'Milwaukee', 'WI', '53204'),
    c.address('2931 Sample Burleigh Street', 'Milwaukee', 'WI', '53210'),
  ];
  suspects.forEach((s, i) => {
    c.link('uses_phone', s, c.phone(`(555) 010-017${i + 1}`));
    c.link('lives_at', s, homes[i]!);
  });
  const recovery = c.recovery({
    date: '2022-04-29',
    place: '2931 Sample Burleigh Street, Milwaukee',
    country: 'US',
    agency: 'Milwaukee PD',
  });
  GUNS.apart.slice(0, 6).forEach((g, i) => {
    const gun = c.firearm(g);
    c.link('sold', shop, gun); // stolen from the shop's stock
    if (i < 2) c.link('recovered_in', gun, recovery, '2022-04-29');
  });
  return c.build();
}

export function elPasoPolice(): CaseSpec {
  const c = new CaseBuilder({
    number: 'EPPD-2019-1123',
    title: 'False identification at pawn redemption',
    agency: 'El Paso Police Department',
    status: 'closed',
    openedOn: '2019-11-23',
    jurisdiction: 'Texas',
    summary: 'A man redeemed four pawned rifles using a relative’s identification. Resolved locally.',
  });
  const shop = c.dealer(DEALERS.franklinPawn);
  const man = c.person({
    name: 'Francisco J. Mendoza',
    dob: '1990-03-30',
    role: 'associate',
    nationality: 'US',
    truth: 'person:mendoza-francisco-j-1990',
    decoy: true,
  });
  const relative = c.person({
    name: 'Ana Lucía Mendoza',
    dob: '1993-05-02',
    role: 'witness',
    nationality: 'US',
    truth: 'person:mendoza-ana-lucia',
  });
  const witness = c.person({
    name: 'Luis Carrillo',
    dob: '1975-07-19',
    role: 'witness',
    nationality: 'US',
    truth: 'person:carrillo-luis-1975',
    decoy: true,
  });
  c.link('uses_phone', man, c.phone('(555) 010-0181'));
  c.link('uses_phone', witness, c.phone('(555) 010-0182'));
  const home = c.address('1650 Demo Montana Avenue', 'El Paso', 'TX', '79902');
  c.link('lives_at', man, home);
  c.link('lives_at', relative, home);
  const redemption = c.purchase({
    dealer: shop,
    purchaser: man,
    date: '2019-11-20',
    guns: GUNS.apart.slice(6, 10),
    amount: 2100,
    paymentMethod: 'pawn redemption',
  });
  c.link('associate_of', witness, redemption.purchase);
  return c.build();
}
