import { describe, expect, it } from 'vitest';
import {
  identifiersOf,
  normaliseAddress,
  normalisePhone,
  normaliseSerial,
} from '../../../db/linking/identifiers';

describe('identifier normalisation', () => {
  it('gives one phone key for the ways a number is written', () => {
    const forms = ['(555) 010-0142', '555.010.0142', '+1 555 010 0142', '1-555-010-0142'];
    expect(new Set(forms.map((f) => normalisePhone(f))).size).toBe(1);
    expect(normalisePhone('(555) 010-0143')).not.toBe(normalisePhone('(555) 010-0142'));
  });

  it('keeps Mexican numbers apart from U.S. numbers with the same digits', () => {
    expect(normalisePhone('55 5010 0142', 'MX')).toMatch(/^\+52/);
  });

  it('refuses numbers too short to identify anyone', () => {
    expect(normalisePhone('0142')).toBeNull();
  });

  it('joins serials that differ only in case and punctuation, with their make', () => {
    expect(normaliseSerial('Sample Arms', 'trn-smp-0042')).toBe(
      normaliseSerial('SAMPLE ARMS', 'TRN SMP 0042'),
    );
    expect(normaliseSerial('Other Make', 'TRN-SMP-0042')).not.toBe(
      normaliseSerial('Sample Arms', 'TRN-SMP-0042'),
    );
  });

  it('normalises street abbreviations and units in addresses', () => {
    const a = normaliseAddress({ street: '1208 N. Sample St., Apt 4', postcode: '53204' });
    const b = normaliseAddress({ street: '1208 North Sample Street unit 4', postcode: '53204-1111' });
    expect(a).not.toBeNull();
    expect(a).toBe(b);
  });

  it('states no identifiers for a person (people are matched, not keyed)', () => {
    expect(identifiersOf('person', { name: 'Dana Testperson', dob: '1990-01-02' })).toEqual([]);
  });

  it('gives a vehicle both a VIN and a plate key', () => {
    const keys = identifiersOf('vehicle', { vin: '1thorsmpl00000042', plate: 'sam 042', plateState: 'AZ' });
    expect(keys.map((k) => k.kind).sort()).toEqual(['plate', 'vin']);
  });
});
