// Comparators on tricky pairs: accents, initials, double surnames, nicknames, word order,
// aliases, swapped dates, look-alike serials, phone formats; and the scenario's decoys.
import { describe, expect, it } from 'vitest';
import { compareGiven, compareSurnames, parseName } from '../../../db/matching/names';
import { compareDob, personModel, type PersonFeatures } from '../../../db/matching/person';
import { firearmModel, phoneModel, vehicleModel } from '../../../db/matching/objects';
import { addressModel, organisationModel } from '../../../db/matching/places';
import { scoreComparisons, type TypeModel } from '../../../db/matching/model';
import { DEFAULT_EVAL_THRESHOLD } from '../../../db/matching/evaluate';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../db/matching/settings';
import type { MatchableType } from '../../../db/matching/types';

function score<F>(model: TypeModel<F>, a: Record<string, string>, b: Record<string, string>) {
  const fa = model.features(a, a.name ?? '');
  const fb = model.features(b, b.name ?? '');
  if (!fa || !fb) throw new Error('no features');
  return scoreComparisons(model.type as MatchableType, model.compare(fa, fb));
}
const person = (a: Record<string, string>, b: Record<string, string>) => score(personModel, a, b);
const levelOf = (s: ReturnType<typeof person>, field: string) =>
  s.evidence.find((e) => e.field === field)?.level;
const p = (name: string, dob = '') => personModel.features({ name, dob }, name) as PersonFeatures;

describe('names', () => {
  it('parses "Last, First", double surnames, initials and quoted aliases', () => {
    expect(parseName('Hernández Ruiz, José Luis')).toMatchObject({
      given: ['jose', 'luis'],
      surnames: ['hernandez', 'ruiz'],
    });
    expect(parseName('José Luis Hernández Ruiz')).toMatchObject({
      given: ['jose', 'luis'],
      surnames: ['hernandez', 'ruiz'],
    });
    expect(parseName('Jose L. Hernandez')).toMatchObject({ given: ['jose', 'l'], surnames: ['hernandez'] });
    expect(parseName('Jose "El Flaco" Hernandez')).toMatchObject({ alias: 'flaco', surnames: ['hernandez'] });
  });

  it('José Luis Hernández Ruiz ~ Jose L. Hernandez: same first name, same surname', () => {
    const a = p('José Luis Hernández Ruiz');
    const b = p('Jose L. Hernandez');
    expect(compareGiven(a.given, b.given)).toBe('exact');
    expect(compareSurnames(a.surnames, b.surnames)).toBe('exact');
  });

  it('initials fit full names (J. L. ~ José Luis; R. A. ~ Ramón) but not other letters', () => {
    expect(compareGiven(['j', 'l'], ['jose', 'luis'])).toBe('initials');
    expect(compareGiven(['r', 'a'], ['ramon'])).toBe('initials');
    expect(compareGiven(['m'], ['jose'])).toBe('differs');
  });

  it('nicknames and Spanish/English forms: Joe ~ José, Memo ~ Guillermo, Pancho ~ Francisco, Chuy ~ Jesús, Pepe ~ José Luis', () => {
    expect(compareGiven(['joe'], ['jose'])).toBe('nickname');
    expect(compareGiven(['memo'], ['guillermo'])).toBe('nickname');
    expect(compareGiven(['bill'], ['guillermo'])).toBe('nickname');
    expect(compareGiven(['pancho'], ['francisco'])).toBe('nickname');
    expect(compareGiven(['chuy'], ['jesus'])).toBe('nickname');
    expect(compareGiven(['beto'], ['roberto'])).toBe('nickname');
    expect(compareGiven(['lalo'], ['eduardo'])).toBe('nickname');
    expect(compareGiven(['pepe'], ['jose', 'luis'])).toBe('nickname');
    expect(compareGiven(['pancho'], ['guillermo'])).toBe('differs');
  });

  it('double surnames: Hernández Ruiz ~ Hernández is the same surname; siblings only share one', () => {
    expect(compareSurnames(['hernandez', 'ruiz'], ['hernandez'])).toBe('exact');
    expect(compareSurnames(['hernandez', 'ruiz'], ['hernandez', 'ruiz'])).toBe('full');
    expect(compareSurnames(['hernandez', 'ruiz'], ['hernandez', 'lopez'])).toBe('shared');
    // One letter apart is graded "close" (its weight is estimated); the decoy test below keeps
    // Fernández apart from Hernández through the birth date.
    expect(compareSurnames(['hernandez'], ['fernandez'])).toBe('close');
    expect(compareSurnames(['hernandez'], ['lopez'])).toBe('differs');
    expect(compareSurnames(['gonzalez'], ['gonzales'])).toBe('close');
  });

  it('names written surname-first still match', () => {
    const s = person(
      { name: 'Hernandez Jose', dob: '1988-04-02' },
      { name: 'Jose Hernandez', dob: '1988-04-02' },
    );
    expect(levelOf(s, 'given')).toBe('exact');
    expect(s.score).toBeGreaterThan(0.99);
  });

  it('an alias ("El Flaco" ~ "Flaco") is compared as its own field', () => {
    const s = person({ name: 'Jose Hernandez', alias: 'El Flaco' }, { name: 'J. Hernandez', alias: 'Flaco' });
    expect(levelOf(s, 'alias')).toBe('same');
    expect(s.evidence.find((e) => e.field === 'alias')!.text).toMatch(/same alias/);
  });
});

describe('dates of birth', () => {
  it('exact, day-month swapped, one digit typo, year only, differs, missing', () => {
    expect(compareDob(p('a b', '1988-04-02'), p('a b', '1988-04-02'))).toBe('exact');
    expect(compareDob(p('a b', '1988-04-02'), p('a b', '1988-02-04'))).toBe('transposed');
    expect(compareDob(p('a b', '1988-04-02'), p('a b', '1989-04-02'))).toBe('typo');
    expect(compareDob(p('a b', '1988'), p('a b', '1988-04-02'))).toBe('year');
    expect(compareDob(p('a b', '1988-04-02'), p('a b', '1979-11-23'))).toBe('differs');
    expect(compareDob(p('a b', ''), p('a b', '1988-04-02'))).toBe('missing');
    expect(compareDob(p('a b', '04/02/1988'), p('a b', '1988-04-02'))).toBe('exact');
  });

  it('evidence reads as an analyst would say it', () => {
    const s = person(
      { name: 'José Luis Hernández Ruiz', dob: '1988-04-02' },
      { name: 'Jose L. Hernandez', dob: '1988-02-04' },
    );
    const texts = s.evidence.map((e) => e.text);
    expect(texts).toContain('same first name');
    expect(texts.some((t) => t.startsWith('day and month swapped'))).toBe(true);
    expect(s.score).toBeGreaterThan(DEFAULT_EVAL_THRESHOLD);
  });
});

describe('people: matches and decoys', () => {
  it('Joe Hernandez ~ José Hernández with the same birth date is a likely match', () => {
    const s = person(
      { name: 'Joe Hernandez', dob: '1988-04-02' },
      { name: 'José Hernández', dob: '1988-04-02' },
    );
    expect(levelOf(s, 'given')).toBe('nickname');
    expect(s.score).toBeGreaterThan(DEFAULT_EVAL_THRESHOLD);
  });

  it('decoys: very similar names with another birth date stay below the review threshold', () => {
    const decoys: [Record<string, string>, Record<string, string>][] = [
      [
        { name: 'Jose Luis Hernandez', dob: '1991-11-23' },
        { name: 'José Luis Hernández Ruiz', dob: '1988-04-02' },
      ],
      [
        { name: 'Ramon Quintana Salas', dob: '1979-02-26' },
        { name: 'Ramón Alberto Quintero Salas', dob: '1985-09-17' },
      ],
      [
        { name: 'Francisco J. Mendoza', dob: '1990-03-30' },
        { name: 'Francisco Javier Mendoza', dob: '1987-06-14' },
      ],
      [
        { name: 'Luis Carrillo', dob: '1975-07-19' },
        { name: 'Luis Alfonso Carrillo Vega', dob: '1992-01-28' },
      ],
    ];
    for (const [a, b] of decoys)
      expect(person(a, b).score, `${a.name} vs ${b.name}`).toBeLessThan(DEFAULT_REVIEW_THRESHOLD);
  });

  it('a name alone (no birth date on one side) is not enough to pass the evaluation threshold', () => {
    expect(
      person({ name: 'Luis Carrillo' }, { name: 'Luis Carrillo', dob: '1975-07-19' }).score,
    ).toBeLessThan(DEFAULT_EVAL_THRESHOLD);
  });
});

describe('things', () => {
  it('serials equal after folding look-alike characters (0/O, 1/I/L, 5/S, 8/B) are a strong match', () => {
    const s = score(
      firearmModel,
      { make: 'Sample Arms', serial: 'SA0O1I58B' },
      { make: 'Sample Arms Inc.', serial: 'SAO011S8B' },
    );
    expect(s.evidence[0]!.level).toBe('confusable');
    expect(s.score).toBeGreaterThan(DEFAULT_EVAL_THRESHOLD);
  });

  it('consecutive serials of one make and model (guns bought together) are not a match', () => {
    const gun = { make: 'Barrett', model: 'M82A1', calibre: '.50 BMG' };
    const s = score(firearmModel, { ...gun, serial: 'TRN-SMP-006311' }, { ...gun, serial: 'TRN-SMP-006319' });
    expect(s.evidence[0]!.level).toBe('typo');
    expect(s.score).toBeLessThan(DEFAULT_REVIEW_THRESHOLD);
  });

  it('phone formats normalise to one number; a missing country code is a weaker level', () => {
    const same = score(phoneModel, { number: '(555) 010-0142' }, { number: '+1 555.010.0142' });
    expect(same.evidence[0]!.level).toBe('exact');
    const mx = score(phoneModel, { number: '33 5550 0142', country: 'MX' }, { number: '+52 33 5550 0142' });
    expect(mx.evidence[0]!.level).toBe('exact');
    const prefix = score(phoneModel, { number: '+52 33 5550 0142' }, { number: '33 5550 0142' });
    expect(prefix.evidence[0]!.level).toBe('local');
    const typo = score(phoneModel, { number: '(555) 010-0142' }, { number: '(655) 010-0142' });
    expect(typo.evidence[0]!.level).toBe('typo');
    expect(typo.score).toBeLessThan(DEFAULT_REVIEW_THRESHOLD);
    const other = score(phoneModel, { number: '(555) 010-0142' }, { number: '(555) 010-0199' });
    expect(other.evidence[0]!.level).toBe('differs');
  });

  it('VIN with look-alike characters and an address written two ways', () => {
    const v = score(vehicleModel, { vin: '1FTSAMPLE0O000001' }, { vin: '1FTSAMPLEOO000001' });
    expect(v.evidence[0]!.level).toBe('confusable');
    const a = score(
      addressModel,
      { street: '1208 N. Sample St., Apt 4', postcode: '53201', city: 'Milwaukee' },
      { street: '1208 North Sample Street #4', postcode: '53201', city: 'Milwaukee' },
    );
    expect(a.evidence.find((e) => e.field === 'street')!.level).toBe('exact');
    expect(a.score).toBeGreaterThan(0.99);
  });

  it('organisation names without legal forms or group words', () => {
    const o = score(
      organisationModel,
      { name: 'Los Tapatíos (CJNG cell)', country: 'MX' },
      { name: 'Los Tapatios - CJNG', country: 'MX' },
    );
    expect(o.evidence[0]!.level).toBe('exact');
  });

  it('garbage fields are compared on what they have and never throw', () => {
    expect(personModel.features({ name: '!!!', dob: 'soon' }, '')).toBeNull();
    const f = personModel.features({ name: 'Ana', dob: '1990-13-45' }, 'Ana')!;
    expect(f.y).toBe(1990);
    expect(f.m).toBe(0);
    expect(firearmModel.features({ serial: '#' }, '')).toBeNull();
  });
});
