// Every call refuses malformed input with a coded error naming the field, and writes nothing.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../db/api/dispatch';
import { CALL_NAMES, CALLS } from '../../shared/contract/calls';
import type { Db } from '../../db/store/open-workspace';
import { twoCaseWorkspace } from '../unit/db/fixture-two-cases';

function setup() {
  const { db, ids } = twoCaseWorkspace();
  const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
  return { db, ids, dispatch };
}

const TABLES = ['cases', 'records', 'entities', 'entity_members', 'links', 'record_identifiers'];
function snapshot(db: Db) {
  return TABLES.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
}

describe('the contract at the dispatch boundary', () => {
  it('refuses unknown calls with UNKNOWN_CALL', async () => {
    const { dispatch } = setup();
    const res = await dispatch('cases.drop', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    if (!res.ok) expect(res.error.message).toContain('cases.drop');
  });

  it('does not treat Object prototype names as calls', async () => {
    const { dispatch } = setup();
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
  });

  it.each(CALL_NAMES)('%s refuses an input with an unexpected field, writing nothing', async (name) => {
    const { db, dispatch } = setup();
    const before = snapshot(db);
    const res = await dispatch(name, { unexpectedField: 1 });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_INPUT');
      expect(res.error.message).toContain(name);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it.each(CALL_NAMES)('%s refuses an input that is not an object', async (name) => {
    const { dispatch } = setup();
    const res = await dispatch(name, 'DROP TABLE cases');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('names the wrong-typed field', async () => {
    const { dispatch } = setup();
    const res = await dispatch('graph.get', { caseIds: ['one'] });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.message).toMatch(/caseIds\.0/);
      expect(res.error.details).toMatchObject({ issues: [{ field: 'caseIds.0' }] });
    }
  });

  it('names a missing required field', async () => {
    const { dispatch } = setup();
    const res = await dispatch('entities.get', {});
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/entityId/);
  });

  it('answers NOT_FOUND for an entity that does not exist', async () => {
    const { dispatch } = setup();
    expect(await dispatch('entities.get', { entityId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('answers a valid read with data', async () => {
    const { dispatch } = setup();
    const res = await dispatch('cases.list', {});
    expect(res.ok).toBe(true);
    if (res.ok) expect((res.value as unknown[]).length).toBe(2);
  });

  it('declares every call with a doc line and a writes flag', () => {
    for (const name of CALL_NAMES) {
      expect(CALLS[name].doc.length).toBeGreaterThan(10);
      expect(typeof CALLS[name].writes).toBe('boolean');
    }
  });
});
