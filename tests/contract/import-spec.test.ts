// The import specification is typed by the contract: a bad spec is refused at the
// boundary with each wrong place named, and a saved spec's name still passes.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../db/api/dispatch';
import { twoCaseWorkspace } from '../unit/db/fixture-two-cases';

const file = { name: 'people.csv', base64: Buffer.from('Name\nAna Sample\n').toString('base64') };

function setup() {
  const { db } = twoCaseWorkspace();
  return createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
}

describe('import specifications at the dispatch boundary', () => {
  it('names each wrong place of an inline spec, not a bare "Invalid input"', async () => {
    const dispatch = setup();
    const spec = { name: 'People', entities: [{ key: '1bad', type: 'person', fields: {} }] };
    const res = await dispatch('import.preview', { file, spec });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('INVALID_INPUT');
    expect(res.error.message).toContain('spec.entities.0.key: a short key');
    expect(res.error.message).toContain('spec.entities.0.fields: map at least one field');
  });

  it('refuses an unknown entity type in a spec being saved', async () => {
    const dispatch = setup();
    const spec = { name: 'People', entities: [{ key: 'p', type: 'alien', fields: { name: 'Name' } }] };
    const res = await dispatch('importSpecs.save', { spec });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!res.ok) expect(res.error.message).toContain('spec.entities.0.type');
  });

  it('passes a saved spec by name and a valid inline spec', async () => {
    const dispatch = setup();
    const spec = { name: 'People', entities: [{ key: 'p', type: 'person', fields: { name: 'Name' } }] };
    expect(await dispatch('importSpecs.save', { spec })).toMatchObject({ ok: true });
    const byName = await dispatch('import.preview', { file, spec: 'People' });
    expect(byName).toMatchObject({ ok: true, value: { columns: ['Name'], totalRows: 1 } });
    const missing = await dispatch('import.preview', { file, spec: 'Nobody saved this' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
