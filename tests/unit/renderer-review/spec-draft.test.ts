import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecSchema, type ImportSpecInput } from '../../../shared/contract/import-spec';
import { ENTITY_TYPES } from '../../../shared/domain/entity-types';
import {
  draftProblems,
  emptyDraft,
  fromSpec,
  newEntity,
  toSpec,
  TYPE_FIELDS,
} from '../../../renderer/src/components/import/spec-draft';
import { canLeave } from '../../../renderer/src/components/import/ImportWizard';
import { targetCase } from '../../../renderer/src/components/import/wizard-store';
import { base64OfDataUrl, fileKind } from '../../../renderer/src/components/import/read-file';

const SAMPLE = path.resolve(__dirname, '../../fixtures/import/purchases.spec.json');
const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as ImportSpecInput;

describe('mapping draft ↔ import specification', () => {
  it('offers a field list for every entity type', () => {
    for (const t of ENTITY_TYPES) expect(TYPE_FIELDS[t].length).toBeGreaterThan(0);
  });

  it('round-trips the shipped sample specification to an equal, valid spec', () => {
    const spec = toSpec(fromSpec(sample));
    expect(importSpecSchema.parse(spec)).toEqual(importSpecSchema.parse(sample));
  });

  it('builds a valid spec for several entities per row with links, leaving empty rows out', () => {
    let draft = emptyDraft();
    const buyer = {
      ...newEntity(draft, 'person'),
      fields: [{ field: 'name', column: 'Buyer', required: true }],
    };
    draft = { ...draft, entities: [buyer] };
    const phone = {
      ...newEntity(draft, 'phone'),
      fields: [{ field: 'number', column: 'Phone', required: false }],
    };
    draft = { ...draft, entities: [buyer, phone] };
    const second = newEntity(draft, 'person');
    expect(second.key).toBe('person2');
    const withEmpty = {
      ...second,
      fields: [...second.fields, { field: 'dob', column: '', required: false }],
    };
    withEmpty.fields[0] = { field: 'name', column: 'Seller', required: false };
    draft = {
      ...draft,
      name: 'Two people',
      dateFormats: ['MM/DD/YYYY'],
      entities: [buyer, phone, withEmpty],
      links: [
        { type: 'uses_phone', from: 'person', to: 'phone', dateColumn: '' },
        { type: 'associate_of', from: 'person', to: 'person2', dateColumn: 'Date' },
      ],
    };
    const spec = importSpecSchema.parse(toSpec(draft));
    expect(spec.entities.map((e) => [e.key, e.type, e.fields, e.required])).toEqual([
      ['person', 'person', { name: 'Buyer' }, ['name']],
      ['phone', 'phone', { number: 'Phone' }, []],
      ['person2', 'person', { name: 'Seller' }, []],
    ]);
    expect(spec.links[0]).toEqual({ type: 'uses_phone', from: 'person', to: 'phone' });
    expect(spec.links[1]!.dateColumn).toBe('Date');
    expect(draftProblems(draft, ['Buyer', 'Phone', 'Seller', 'Date'])).toEqual([]);
  });

  it('names what is wrong before asking the backend', () => {
    const draft = {
      ...emptyDraft(),
      entities: [
        {
          key: '1bad',
          type: 'person' as const,
          fields: [{ field: 'name', column: 'Gone', required: false }],
        },
        { key: 'x', type: 'phone' as const, fields: [{ field: 'number', column: '', required: false }] },
      ],
      links: [{ type: 'uses_phone' as const, from: '1bad', to: 'nobody', dateColumn: '' }],
    };
    const problems = draftProblems(draft, ['Buyer']);
    expect(problems).toEqual([
      'Person "1bad": the key must start with a letter (letters, digits, _ or -).',
      'Link "uses_phone": choose two mapped entities.',
      'Phone "x": map at least one field to a column.',
      'Person "1bad": column "Gone" is not in the file.',
    ]);
    expect(draftProblems(emptyDraft(), [])).toEqual(['Add at least one entity to map columns to.']);
  });
});

describe('wizard rules', () => {
  it('needs a case number for a new case and a chosen case otherwise', () => {
    const t = { mode: 'new' as const, existing: '', number: ' ', agency: '', title: 'T', jurisdiction: '' };
    expect(targetCase(t)).toBeNull();
    expect(targetCase({ ...t, number: 'IMP-1 ' })).toEqual({
      number: 'IMP-1',
      title: 'T',
      agency: undefined,
      jurisdiction: undefined,
    });
    expect(targetCase({ ...t, mode: 'existing' })).toBeNull();
    expect(targetCase({ ...t, mode: 'existing', existing: 'ATF-1' })).toEqual({ number: 'ATF-1' });
  });

  it('goes on from the file step only with a table file', () => {
    const base = {
      target: { mode: 'new' as const, existing: '', number: '', agency: '', title: '', jurisdiction: '' },
      preview: null,
      draft: emptyDraft(),
    };
    const file = (name: string) => ({ name, size: 1, base64: '', kind: fileKind(name) });
    expect(canLeave('file', { ...base, file: file('a.csv') })).toBe(true);
    expect(canLeave('file', { ...base, file: file('a.XLSX') })).toBe(true);
    expect(canLeave('file', { ...base, file: file('a.graphml') })).toBe(false);
    expect(canLeave('file', { ...base, file: null })).toBe(false);
  });

  it('reads kinds from file names and base64 from data URLs', () => {
    expect(fileKind('case.json')).toBe('package');
    expect(fileKind('net.gexf')).toBe('graph');
    expect(fileKind('notes.docx')).toBe('unknown');
    expect(base64OfDataUrl('data:text/csv;base64,QSxC')).toBe('QSxC');
  });
});
