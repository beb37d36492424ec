import { describe, expect, it } from 'vitest';
import { RowMapper, type MappedRecord } from '../../../db/import/row-mapper';
import { parseSpec } from '../../../db/import/spec';

const firearms = parseSpec({
  name: 'firearms',
  externalIdColumn: 'Id',
  entities: [{ key: 'gun', type: 'firearm', fields: { serial: 'Serial', make: 'Make', model: 'Model' } }],
});

function mapper() {
  const m = new RowMapper(firearms, 'guns.csv');
  expect(m.setHeader(['Id', 'Serial', 'Make', 'Model'], 1)).toEqual([]);
  return m;
}

function recordOf(m: RowMapper, cells: string[]): MappedRecord {
  const r = m.map(cells, 2);
  if (r.kind !== 'row') throw new Error(`expected a row, got ${JSON.stringify(r)}`);
  return r.row.records[0]!;
}

describe('row mapper', () => {
  it('keys a record by its own fields, not by a row with the same values in other columns', () => {
    const m = mapper();
    // Same label ("Y SN XYZ1") and same values, but "Y" is the model here and the make below.
    expect(recordOf(m, ['1', 'XYZ1', '', 'Y']).identifiers).toEqual([
      { kind: 'serial', value: 'UNKNOWN:XYZ1' },
    ]);
    const second = recordOf(m, ['2', 'XYZ1', 'Y', '']);
    expect(second.identifiers).toEqual([{ kind: 'serial', value: 'Y:XYZ1' }]);
    expect(second).toEqual(recordOf(mapper(), ['2', 'XYZ1', 'Y', '']));
  });

  it('maps a repeated firearm the same after 60,000 unique ones (its cache, full of misses, rests)', () => {
    const m = mapper();
    const first = recordOf(m, ['1', 'REPEAT-1', 'Testmark', 'AR']);
    for (let i = 0; i < 60_000; i++) recordOf(m, [`u${i}`, `UNIQUE-${i}`, 'Testmark', 'AR']);
    expect(recordOf(m, ['2', 'REPEAT-1', 'Testmark', 'AR'])).toEqual(first);
    expect(first.externalId).toBe('firearm|serial:TESTMARK:REPEAT1');
  });
});
