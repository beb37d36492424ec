// A write call is one transaction: when it fails half-way, nothing it wrote stays.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../db/api/dispatch';
import { HANDLERS } from '../../db/api/handlers';
import type { Handlers } from '../../db/api/handler-types';
import { WorkbenchError } from '../../shared/contract/result';
import { openWorkspace } from '../../db/store/open-workspace';
import { insertCase } from '../../db/store/write-case-data';
import { sampleSpec } from '../unit/import/helpers';
import { twoCaseWorkspace } from '../unit/db/fixture-two-cases';

/** The smallest valid import specification: the contract validates the spec before any handler. */
const A_SPEC = {
  name: 'purchases',
  entities: [{ key: 'p', type: 'person' as const, fields: { name: 'Name' } }],
};

describe('write calls', () => {
  it('roll back everything when the handler fails half-way', async () => {
    const { db } = twoCaseWorkspace();
    const failing: Handlers = {
      ...HANDLERS,
      'importSpecs.save': (_input, ctx) => {
        insertCase(ctx.db, {
          number: 'HALF-WRITTEN',
          title: 't',
          agency: 'a',
          status: 'open',
          openedOn: '2022-01-01',
          jurisdiction: 'j',
        });
        throw new WorkbenchError('BAD_FILE', 'spec.json row 3: column "serial" is missing');
      },
    };
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} }, failing);
    const res = await dispatch('importSpecs.save', { spec: A_SPEC });
    expect(res).toEqual({
      ok: false,
      error: { code: 'BAD_FILE', message: 'spec.json row 3: column "serial" is missing' },
    });
    expect(db.prepare("SELECT count(*) AS n FROM cases WHERE number = 'HALF-WRITTEN'").get()).toEqual({
      n: 0,
    });
  });

  it('turn unexpected failures into INTERNAL errors naming the call', async () => {
    const { db } = twoCaseWorkspace();
    const broken: Handlers = {
      ...HANDLERS,
      'cases.list': () => {
        throw new TypeError('boom');
      },
    };
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} }, broken);
    expect(await dispatch('cases.list', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'cases.list failed: boom' },
    });
  });
});

describe('a locked workspace', () => {
  it('answers BUSY, naming the lock, when another connection holds the write lock', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-busy-'));
    const file = path.join(dir, 'busy.thorline');
    const db = openWorkspace(file);
    const other = openWorkspace(file);
    try {
      db.pragma('busy_timeout = 50');
      other.exec('BEGIN IMMEDIATE');
      const dispatch = createDispatch({ db, workspacePath: file, emit: () => {} });
      const res = await dispatch('importSpecs.save', { spec: sampleSpec() });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe('BUSY');
      expect(res.error.message).toMatch(/^importSpecs\.save: the workspace file is locked by another writer/);
      other.exec('ROLLBACK');
      expect((await dispatch('importSpecs.save', { spec: sampleSpec() })).ok).toBe(true);
    } finally {
      other.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pushes after writes', () => {
  it('announce workspace.changed after a successful write, not after a read', async () => {
    const { db } = twoCaseWorkspace();
    const events: unknown[] = [];
    const dispatch = createDispatch({
      db,
      workspacePath: ':memory:',
      emit: (name, payload) => events.push([name, payload]),
    });
    await dispatch('cases.list', {});
    expect(events).toEqual([]);
    await dispatch('importSpecs.save', { spec: sampleSpec() });
    expect(events).toEqual([['workspace.changed', { reason: 'importSpecs.save', changes: ['settings'] }]]);
  });
});
