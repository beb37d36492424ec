// Fellegi-Sunter parameters: for each type, field and agreement level, m = P(level | same
// thing) and u = P(level | different things); the level's weight is log2(m/u). The prior is
// the log2 odds that a pair sharing a blocking key is a match. Where the numbers come from:
// see WEIGHTS.md next to this file.
import type { MatchableType } from './types';

/** [m, u, phrase]; the phrase may hold {a} and {b}, the two values compared. */
export type LevelSpec = readonly [m: number, u: number, phrase: string];
export type FieldSpec = Record<string, LevelSpec>;

export interface TypeWeights {
  prior: number;
  fields: Record<string, FieldSpec>;
}

const MISSING: LevelSpec = [1, 1, '{field} not stated on both'];

const nameLike = (what: string): FieldSpec => ({
  exact: [0.75, 0.01, `same ${what}`],
  close: [0.1, 0.004, `${what} spelled alike ({a} / {b})`],
  contained: [0.08, 0.004, `one ${what} holds every word of the other ({a} / {b})`],
  tokens: [0.04, 0.01, `${what} shares words ({a} / {b})`],
  differs: [0.03, 0.972, `${what} differs ({a} / {b})`],
  missing: MISSING,
});

const codeLike = (what: string, uExact: number): FieldSpec => ({
  exact: [0.86, uExact, `same ${what}`],
  confusable: [0.06, uExact * 2, `${what} equal once look-alike characters are folded ({a} / {b})`],
  // Guns bought together carry consecutive serials, so "one character apart" is common
  // between different guns: weak evidence on its own.
  typo: [0.05, 0.01, `${what} one character apart ({a} / {b})`],
  differs: [0.03, 0.99 - uExact * 3, `${what} differs ({a} / {b})`],
  missing: MISSING,
});

const sameOrNot = (what: string, m: number, u: number): FieldSpec => ({
  same: [m, u, `same ${what}`],
  differs: [1 - m, 1 - u, `${what} differs ({a} / {b})`],
  missing: MISSING,
});

export const WEIGHTS: Record<MatchableType, TypeWeights> = {
  // People: these are priors. Each workspace estimates its own m and u (estimate.ts):
  // u from random pairs of its people, m by expectation-maximisation over blocked pairs.
  person: {
    prior: -10,
    fields: {
      given: {
        exact: [0.55, 0.02, 'same first name'],
        nickname: [0.14, 0.004, 'first names are forms of one name ({a} / {b})'],
        close: [0.08, 0.004, 'first name spelled alike ({a} / {b})'],
        near: [0.03, 0.01, 'first name spelled somewhat alike ({a} / {b})'],
        phonetic: [0.04, 0.005, 'first name sounds alike ({a} / {b})'],
        initials: [0.1, 0.03, 'initials fit the first name ({a} / {b})'],
        partial: [0.05, 0.01, 'shares a given name ({a} / {b})'],
        differs: [0.03, 0.921, 'first name differs ({a} / {b})'],
        missing: MISSING,
      },
      surname: {
        full: [0.35, 0.0004, 'same two surnames'],
        exact: [0.5, 0.01, 'same surname'],
        shared: [0.08, 0.003, 'one surname of a double surname present ({a} / {b})'],
        close: [0.04, 0.003, 'surname spelled alike ({a} / {b})'],
        near: [0.01, 0.006, 'surname spelled somewhat alike ({a} / {b})'],
        phonetic: [0.02, 0.004, 'surname sounds alike ({a} / {b})'],
        differs: [0.01, 0.974, 'surname differs ({a} / {b})'],
        missing: MISSING,
      },
      order: {
        // Only stated when the names match better with given name and surname swapped. The
        // names' own levels already count the agreement; needing the swap makes it a little
        // weaker (a one-level field EM cannot estimate: hand-set).
        swapped: [0.02, 0.04, 'given name and surname written the other way round'],
      },
      dob: {
        exact: [0.78, 0.001, 'same date of birth'],
        transposed: [0.04, 0.0001, 'day and month swapped ({a} / {b})'],
        typo: [0.06, 0.01, 'date of birth one digit apart ({a} / {b})'],
        year: [0.06, 0.03, 'same birth year ({a} / {b})'],
        near: [0.02, 0.05, 'birth years one apart ({a} / {b})'],
        differs: [0.04, 0.9089, 'date of birth differs ({a} / {b})'],
        missing: MISSING,
      },
      address: {
        same: [0.6, 0.0005, 'same address ({a})'],
        street: [0.1, 0.0005, 'same street and number ({a} / {b})'],
        area: [0.15, 0.02, 'same postcode or town ({a} / {b})'],
        differs: [0.15, 0.979, 'address differs ({a} / {b})'],
        missing: MISSING,
      },
      phone: sameOrNot('phone number', 0.7, 0.0001),
      email: sameOrNot('email', 0.7, 0.0001),
      linked: {
        // Relational evidence: both records are linked to one address, phone, vehicle or account entity.
        address: [0.3, 0.002, 'both linked to the address {a}'],
        phone: [0.3, 0.0005, 'both linked to the phone {a}'],
        vehicle: [0.2, 0.0005, 'both linked to the vehicle {a}'],
        account: [0.2, 0.0005, 'both linked to the account {a}'],
        none: [0.3, 0.99, 'linked to no common address, phone, vehicle or account'],
        missing: MISSING,
      },
      alias: {
        // Street names like "El Flaco" are worn by many: agreement is modest evidence.
        same: [0.5, 0.02, 'same alias ({a})'],
        close: [0.1, 0.01, 'alias spelled alike ({a} / {b})'],
        differs: [0.4, 0.987, 'alias differs ({a} / {b})'],
        missing: MISSING,
      },
      idNumber: sameOrNot('ID number', 0.95, 0.00001),
      nationality: sameOrNot('nationality', 0.92, 0.5),
    },
  },
  phone: {
    prior: -12,
    fields: {
      number: {
        exact: [0.9, 0.000001, 'same number'],
        local: [0.05, 0.0001, 'same national number, different country code ({a} / {b})'],
        // Numbers are handed out in runs: one digit apart is as often a neighbour's phone.
        typo: [0.03, 0.01, 'number one digit apart ({a} / {b})'],
        differs: [0.02, 0.9899, 'number differs ({a} / {b})'],
        missing: MISSING,
      },
      subscriber: nameLike('subscriber'),
      carrier: sameOrNot('carrier', 0.85, 0.3),
    },
  },
  firearm: {
    prior: -14,
    fields: {
      serial: codeLike('serial number', 0.000001),
      make: sameOrNot('make', 0.95, 0.1),
      model: {
        same: [0.85, 0.05, 'same model'],
        close: [0.08, 0.05, 'model written alike ({a} / {b})'],
        differs: [0.07, 0.9, 'model differs ({a} / {b})'],
        missing: MISSING,
      },
      calibre: sameOrNot('calibre', 0.9, 0.2),
    },
  },
  vehicle: {
    prior: -14,
    fields: {
      vin: codeLike('VIN', 0.000001),
      plate: {
        exact: [0.7, 0.00001, 'same plate'],
        confusable: [0.05, 0.00002, 'plate equal once look-alike characters are folded ({a} / {b})'],
        typo: [0.05, 0.01, 'plate one character apart ({a} / {b})'],
        differs: [0.2, 0.9995, 'plate differs ({a} / {b})'],
        missing: MISSING,
      },
      // Fleets of one make, model, year and colour are common among candidates sharing a VIN half.
      make: sameOrNot('make', 0.95, 0.1),
      model: sameOrNot('model', 0.9, 0.2),
      year: sameOrNot('model year', 0.9, 0.15),
      colour: sameOrNot('colour', 0.8, 0.3),
    },
  },
  address: {
    prior: -9,
    fields: {
      number: sameOrNot('street number', 0.95, 0.01),
      street: {
        exact: [0.85, 0.01, 'same street'],
        close: [0.08, 0.004, 'street name spelled alike ({a} / {b})'],
        phonetic: [0.03, 0.004, 'street name sounds alike ({a} / {b})'],
        differs: [0.04, 0.982, 'street differs ({a} / {b})'],
        missing: MISSING,
      },
      unit: sameOrNot('unit', 0.85, 0.1),
      postcode: {
        same: [0.9, 0.01, 'same postcode'],
        near: [0.04, 0.05, 'postcode one digit apart ({a} / {b})'],
        differs: [0.06, 0.94, 'postcode differs ({a} / {b})'],
        missing: MISSING,
      },
      city: {
        same: [0.9, 0.02, 'same city'],
        close: [0.05, 0.005, 'city spelled alike ({a} / {b})'],
        differs: [0.05, 0.975, 'city differs ({a} / {b})'],
        missing: MISSING,
      },
    },
  },
  dealer: {
    prior: -10,
    fields: {
      licence: {
        exact: [0.85, 0.00001, 'same licence number'],
        serial: [0.08, 0.0005, 'same licence serial, other parts differ ({a} / {b})'],
        // Licences are issued in sequence: one character apart is usually another dealer.
        typo: [0.03, 0.05, 'licence number one character apart ({a} / {b})'],
        differs: [0.04, 0.9495, 'licence number differs ({a} / {b})'],
        missing: MISSING,
      },
      // Chains and look-alike shop names share a town: name and place agree often by chance.
      name: { ...nameLike('business name'), exact: [0.75, 0.05, 'same business name'] },
      city: sameOrNot('city', 0.9, 0.3),
      postcode: sameOrNot('postcode', 0.85, 0.2),
    },
  },
  organisation: {
    prior: -3,
    fields: {
      name: nameLike('name'),
      country: sameOrNot('country', 0.95, 0.5),
      kind: sameOrNot('kind', 0.8, 0.3),
    },
  },
  account: {
    prior: -12,
    fields: {
      number: {
        exact: [0.9, 0.000001, 'same account number'],
        tail: [0.05, 0.0005, 'same last digits ({a} / {b})'],
        differs: [0.05, 0.998, 'account number differs ({a} / {b})'],
        missing: MISSING,
      },
      bank: sameOrNot('bank', 0.9, 0.2),
      holder: nameLike('holder'),
    },
  },
};

/** Match probability from a total log2 weight. */
export const probability = (weight: number): number => 1 / (1 + Math.pow(2, -weight));
