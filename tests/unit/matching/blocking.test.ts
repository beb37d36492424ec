// Blocking keys: spelling variants share a key, unrelated records do not, and hot keys
// (one surname and year shared by many) are windowed instead of compared all-to-all.
import { describe, expect, it } from 'vitest';
import { BLOCK_CAP, buildBlocks, forEachPair, WINDOW } from '../../../db/matching/blocking';
import { nameStats, type LoadedRecords } from '../../../db/matching/load';
import { MODELS } from '../../../db/matching/models';
import { MATCHABLE_TYPES, type MatchableType } from '../../../db/matching/types';

const keys = (type: MatchableType, fields: Record<string, string>) => {
  const f = MODELS[type].features(fields, fields.name ?? '');
  return f ? MODELS[type].keys(f) : [];
};
const shareKey = (type: MatchableType, a: Record<string, string>, b: Record<string, string>) => {
  const kb = new Set(keys(type, b));
  return keys(type, a).some((k) => kb.has(k));
};

describe('blocking keys', () => {
  it('person variants share a key; unrelated people do not', () => {
    expect(
      shareKey(
        'person',
        { name: 'José Luis Hernández Ruiz', dob: '1988-04-02' },
        { name: 'Jose L. Hernandez', dob: '1988-02-04' },
      ),
    ).toBe(true);
    expect(shareKey('person', { name: 'Joe Hernandez' }, { name: 'José Hernández' })).toBe(true);
    expect(shareKey('person', { name: 'Guillermo Soto' }, { name: 'Memo Soto' })).toBe(true);
    expect(shareKey('person', { name: 'Cody Pruitt', dob: '1994-07-07' }, { name: 'C. Pruitt' })).toBe(true);
    expect(
      shareKey(
        'person',
        { name: 'Jose Hernandez', dob: '1988-04-02' },
        { name: 'Tremaine Oakley', dob: '1990-01-01' },
      ),
    ).toBe(false);
  });

  it('serials, VINs, phones and addresses: variants share a key, others do not', () => {
    expect(shareKey('firearm', { serial: 'SA0O1I58B' }, { serial: 'SAO011S8B' })).toBe(true);
    expect(shareKey('firearm', { serial: 'TRN-SMP-004201' }, { serial: 'TRX-SMP-004201' })).toBe(true);
    // consecutive serials of one production run do not share a block
    expect(shareKey('firearm', { serial: 'TRN-SMP-004201' }, { serial: 'TRN-SMP-004202' })).toBe(false);
    expect(shareKey('firearm', { serial: 'SA0O1I58B' }, { serial: 'XK9920017' })).toBe(false);
    expect(shareKey('vehicle', { vin: '1FTSAMPLE0O000001' }, { vin: '1FTSAMPLEOO000001' })).toBe(true);
    expect(shareKey('phone', { number: '+52 33 5550 0142' }, { number: '33 5550 0142' })).toBe(true);
    expect(shareKey('phone', { number: '(555) 010-0142' }, { number: '(555) 010-0199' })).toBe(false);
    expect(
      shareKey(
        'address',
        { street: '1208 N. Sample St.', postcode: '53201' },
        { street: '1208 North Sampel Street', postcode: '53201' },
      ),
    ).toBe(true);
    expect(
      shareKey(
        'address',
        { street: '1208 N. Sample St.', postcode: '53201' },
        { street: '77 Example Ave', postcode: '53201' },
      ),
    ).toBe(false);
  });
});

function loaded(people: Record<string, string>[]): LoadedRecords {
  const n = people.length;
  const features = people.map((f) => MODELS.person.features(f, f.name ?? ''));
  const typeIndex = new Uint8Array(n).fill(MATCHABLE_TYPES.indexOf('person'));
  return {
    count: n,
    recordId: Int32Array.from(people, (_, i) => i + 1),
    entityId: Int32Array.from(people, (_, i) => i + 1),
    caseId: new Int32Array(n).fill(1),
    typeIndex,
    inScope: new Uint8Array(n).fill(1),
    features,
    stats: nameStats(features, typeIndex),
  };
}

describe('candidate pairs', () => {
  it('visits each pair sharing keys once, however many keys it shares', () => {
    const recs = loaded([
      { name: 'Jose Hernandez', dob: '1988-04-02' },
      { name: 'José Hernández', dob: '1988-04-02' },
      { name: 'Joe Hernandez', dob: '1988-04-02' },
      { name: 'Tremaine Oakley', dob: '1990-01-01' },
    ]);
    const seen: string[] = [];
    forEachPair(
      buildBlocks(recs),
      recs.count,
      (i, j) => seen.push(`${Math.min(i, j)}-${Math.max(i, j)}`),
      () => {},
    );
    expect(seen.sort()).toEqual(['0-1', '0-2', '1-2']);
  });

  it('a hot key does not go quadratic: each record meets at most its window of neighbours', () => {
    const n = BLOCK_CAP * 20;
    const recs = loaded(
      Array.from({ length: n }, (_, i) => ({ name: `Person${i} Garcia`, dob: '1990-01-01' })),
    );
    const blocks = buildBlocks(recs);
    let pairs = 0;
    forEachPair(
      blocks,
      recs.count,
      () => pairs++,
      () => {},
    );
    expect(blocks.oversized).toBeGreaterThan(0);
    expect(pairs).toBeLessThanOrEqual(n * WINDOW * 3);
    expect(pairs).toBeLessThan((n * (n - 1)) / 2 / 10);
  });
});
