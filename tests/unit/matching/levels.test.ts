// Every comparison level of a person pair, and the estimation of m and u: EM recovers the m
// and match share that generated a synthetic set of comparison vectors.
import { describe, expect, it } from 'vitest';
import { estimationSpace, expectationMaximisation } from '../../../db/matching/estimate';
import { scoreComparisons } from '../../../db/matching/model';
import { personModel, type PersonFeatures } from '../../../db/matching/person';
import type { LinkedEntities } from '../../../db/matching/person-contact';

const f = (fields: Record<string, string>, linked: number[] = []) => {
  const out = personModel.features(fields, fields.name ?? '') as PersonFeatures;
  out.linked.push(...linked);
  return out;
};
const ENTITIES: LinkedEntities = {
  typeOf: (e) => (e < 100 ? 'address' : 'phone'),
  labelOf: (e) => (e < 100 ? `${e} Sample Street` : '(555) 010-0142'),
};
const stats = { share: () => 0, entities: ENTITIES };
function levels(a: Record<string, string>, b: Record<string, string>, la: number[] = [], lb: number[] = []) {
  const comps = personModel.compare(f(a, la), f(b, lb), stats);
  return Object.fromEntries(comps.map((c) => [c.field, c.level]));
}
const given = (a: string, b: string) => levels({ name: `${a} Quintero` }, { name: `${b} Quintero` }).given;
const surname = (a: string, b: string) => levels({ name: `Ana ${a}` }, { name: `Ana ${b}` }).surname;
const dob = (a: string, b: string) => levels({ name: 'Ana Soto', dob: a }, { name: 'Ana Soto', dob: b }).dob;

describe('name levels', () => {
  it.each([
    ['maria', 'maria', 'exact'],
    ['guillermo', 'memo', 'nickname'],
    ['jonathon', 'jonathan', 'close'], // Jaro-Winkler ≥ 0.92
    ['kayla', 'kyala', 'close'], // one edit (adjacent swap)
    ['margaret', 'margot', 'near'], // Jaro-Winkler ≥ 0.85
    ['katherine', 'cathryn', 'phonetic'],
    ['j', 'jose', 'initials'],
    ['ana maria', 'luisa maria', 'partial'],
    ['pedro', 'xochitl', 'differs'],
  ])('given %s / %s → %s', (a, b, level) => expect(given(a, b)).toBe(level));

  it.each([
    ['hernandez ruiz', 'hernandez ruiz', 'full'],
    ['hernandez', 'hernandez', 'exact'],
    ['hernandez ruiz', 'ruiz', 'shared'], // a double surname partly present
    ['homann', 'homamn', 'close'],
    ['bernadette', 'bernardine', 'near'],
    ['schmidt', 'shmit', 'phonetic'],
    ['quintero', 'lopez', 'differs'],
  ])('surname %s / %s → %s', (a, b, level) => expect(surname(a, b)).toBe(level));

  it('given name and surname swapped is its own level, and the names still agree', () => {
    const l = levels({ givenName: 'Kayla', surname: 'Voss' }, { givenName: 'Voss', surname: 'Kayla' });
    expect(l).toMatchObject({ given: 'exact', surname: 'exact', order: 'swapped' });
  });

  it('a missing name part is missing, not differing', () => {
    expect(levels({ givenName: 'Kayla', surname: 'Voss' }, { surname: 'Voss' }).given).toBe('missing');
  });
});

describe('date of birth levels', () => {
  it.each([
    ['1988-04-02', '1988-04-02', 'exact'],
    ['1988-04-02', '1988-02-04', 'transposed'],
    ['1988-04-02', '1988-04-03', 'typo'],
    ['1988-04-02', '1988-09-21', 'year'],
    ['1988-04-02', '1989-11-30', 'near'],
    ['1988-04-02', '1975-11-30', 'differs'],
    ['1988-04-02', '', 'missing'],
  ])('%s / %s → %s', (a, b, level) => expect(dob(a, b)).toBe(level));
});

describe('address, phone, email and linked-entity levels', () => {
  const home = { name: 'Ana Soto', street: '12 Sample Street', locality: 'Springfield', postcode: '4011' };
  it.each([
    [{ street: '12 Sample Street', locality: 'Springfield', postcode: '4011' }, 'same'],
    [{ street: '12 Sampel Street', locality: 'Shelbyville', postcode: '4999' }, 'street'],
    [{ street: '40 Other Road', locality: 'Springfield', postcode: '4011' }, 'area'],
    [{ street: '40 Other Road', locality: 'Shelbyville', postcode: '4999' }, 'differs'],
  ])('%j → %s', (other, level) => expect(levels(home, { name: 'Ana Soto', ...other }).address).toBe(level));

  it('no address on one side states nothing; phone and email compare when both have one', () => {
    expect(levels(home, { name: 'Ana Soto' }).address).toBeUndefined();
    const a = { name: 'Ana Soto', phone: '(555) 010-0142', email: 'Ana@Sample.test' };
    expect(levels(a, { name: 'Ana Soto', phone: '555 010 0142', email: 'ana@sample.test' })).toMatchObject({
      phone: 'same',
      email: 'same',
    });
    expect(levels(a, { name: 'Ana Soto', phone: '555 010 0199', email: 'x@sample.test' })).toMatchObject({
      phone: 'differs',
      email: 'differs',
    });
  });

  it('records linked to one entity are relational evidence that names the entity', () => {
    const a = { name: 'Ana Soto' };
    const b = { name: 'A. Soto' };
    expect(levels(a, b, [12, 150], [12]).linked).toBe('address');
    expect(levels(a, b, [12, 150], [7, 150]).linked).toBe('phone');
    expect(levels(a, b, [12], [13]).linked).toBe('none');
    expect(levels(a, b, [12], []).linked).toBeUndefined();
    const scored = scoreComparisons(
      'person',
      personModel.compare(f(a, [150]), f(b, [150]), stats),
      undefined,
      stats,
    );
    const linked = scored.evidence.find((e) => e.field === 'linked')!;
    expect(linked.text).toBe('both linked to the phone (555) 010-0142');
    expect(linked.weight).toBeGreaterThan(0);
  });
});

describe('estimation', () => {
  it('EM recovers the m and match share that generated a synthetic set (u known)', () => {
    const sp = estimationSpace();
    const field = (name: string) => sp.fields.indexOf(name);
    // Known distributions over each field's levels (in the space's level order).
    const truth: Record<string, { m: number[]; u: number[] }> = {
      given: {
        m: [0.7, 0.05, 0.1, 0.03, 0.02, 0.02, 0.03, 0.05],
        u: [0.02, 0.005, 0.01, 0.02, 0.01, 0.01, 0.005, 0.92],
      },
      surname: {
        m: [0.1, 0.6, 0.05, 0.1, 0.05, 0.05, 0.05],
        u: [0.001, 0.01, 0.004, 0.01, 0.02, 0.02, 0.935],
      },
      dob: { m: [0.8, 0.03, 0.07, 0.04, 0.02, 0.04], u: [0.001, 0.0005, 0.01, 0.03, 0.05, 0.9085] },
    };
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const draw = (p: number[]) => {
      let x = rand();
      for (let l = 0; l < p.length; l++) if ((x -= p[l]!) < 0) return l;
      return p.length - 1;
    };
    const lambda = 0.2;
    const vectors = Array.from({ length: 20_000 }, () => {
      const match = rand() < lambda;
      const v = new Int8Array(sp.fields.length).fill(-1);
      for (const [name, t] of Object.entries(truth)) v[field(name)] = draw(match ? t.m : t.u);
      return v;
    });
    const u = sp.fields.map((name, i) => truth[name]?.u ?? sp.levels[i]!.map(() => 1 / sp.levels[i]!.length));
    const fit = expectationMaximisation(sp, vectors, u);
    expect(fit.lambda).toBeCloseTo(lambda, 1);
    for (const [name, t] of Object.entries(truth)) {
      t.m.forEach((m, l) =>
        expect(Math.abs(fit.m[field(name)]![l]! - m), `${name} level ${l}`).toBeLessThan(0.03),
      );
    }
  });
});
