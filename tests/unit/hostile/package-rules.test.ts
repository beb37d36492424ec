// A case package is held to the workbench's own write rules before anything is written.
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../db/exchange/read-package';
import { jsonDepth } from '../../../db/safety/json-depth';

const at = '2026-01-01T00:00:00Z';
const record = (ref: string, type: string, externalId: string | null, extra: object = {}) => ({
  ref,
  case: 'PKG-1',
  externalId,
  type,
  label: ref,
  fields: {},
  source: { kind: 'manual' },
  createdAt: at,
  ...extra,
});
const member = (r: string) => ({ record: r, reason: 'manual', evidence: {}, linkedAt: at });
const link = (externalId: string, from = 'r1', to = 'r2') => ({
  case: 'PKG-1',
  externalId,
  type: 'uses_phone',
  from,
  to,
  label: '',
  occurredOn: null,
  fields: {},
  source: {},
});

function pkg(parts: Record<string, unknown>) {
  return Buffer.from(
    JSON.stringify({
      format: 'thorline-case-package',
      formatVersion: 1,
      packageId: 'p-1',
      exportedAt: at,
      origin: { workspaceId: 'w', workspaceName: 'Sample', analyst: 'A. Tester' },
      scope: { caseNumbers: ['PKG-1'] },
      cases: [
        {
          number: 'PKG-1',
          title: 'T',
          agency: 'A',
          status: 'open',
          openedOn: '2026-01-01',
          jurisdiction: '',
        },
      ],
      records: [record('r1', 'person', 'P-1'), record('r2', 'phone', 'PH-1')],
      links: [],
      entities: [],
      identifiers: [],
      ...parts,
    }),
  );
}

function problemsOf(data: Buffer): string[] {
  const read = readPackage('p.json', data);
  return read.ok ? [] : read.problems.map((p) => `${p.column}: ${p.message}`);
}

describe('case package write rules', () => {
  it('accepts a package that keeps them', () => {
    expect(
      problemsOf(pkg({ entities: [{ ref: 'e1', type: 'person', label: 'P', members: [member('r1')] }] })),
    ).toEqual([]);
  });

  it('refuses an entity holding records of two types', () => {
    const problems = problemsOf(
      pkg({ entities: [{ ref: 'e1', type: 'person', label: 'P', members: [member('r1'), member('r2')] }] }),
    );
    expect(problems).toEqual([
      'entities.0.members.1.record: entity "e1" (person) would hold record "r2", a phone; an entity holds records of one type',
    ]);
  });

  it('refuses an entity whose type is not its records’ type', () => {
    const problems = problemsOf(
      pkg({ entities: [{ ref: 'e1', type: 'phone', label: 'P', members: [member('r1')] }] }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/entity "e1" \(phone\) would hold record "r1", a person/);
  });

  it('refuses duplicate record, link and entity ids, naming both places', () => {
    const problems = problemsOf(
      pkg({
        records: [
          record('r1', 'person', 'P-1'),
          record('r2', 'phone', 'PH-1'),
          record('r3', 'person', 'P-1'),
        ],
        links: [link('L-1'), link('L-1')],
        entities: [
          { ref: 'e1', type: 'person', label: 'P', members: [member('r1')] },
          { ref: 'e1', type: 'person', label: 'P', members: [member('r3')] },
        ],
      }),
    );
    expect(problems).toEqual([
      'records.2.externalId: record id "P-1" of case PKG-1 appears twice (first at records.0.externalId)',
      'links.1.externalId: link id "L-1" of case PKG-1 appears twice (first at links.0.externalId)',
      'entities.1.ref: entity "e1" appears twice (first at entities.0.ref)',
    ]);
  });

  it('refuses a link to a record the package does not hold', () => {
    expect(problemsOf(pkg({ links: [link('L-1', 'r1', 'r9')] }))).toEqual([
      'links.0.to: dangling reference: record "r9" is not in the package',
    ]);
  });

  it('refuses match decisions across types or of a record with itself', () => {
    const decision = (a: string, b: string) => ({
      recordA: a,
      recordB: b,
      type: 'person',
      score: 0.9,
      status: 'accepted',
      decidedBy: null,
      decidedAt: null,
      note: null,
      evidence: [],
    });
    expect(problemsOf(pkg({ matchDecisions: [decision('r1', 'r2'), decision('r1', 'r1')] }))).toEqual([
      'matchDecisions.0: a person match decision names record "r2", a phone',
      'matchDecisions.1: a match decision compares record "r1" with itself',
    ]);
  });

  it('refuses a source nested deeper than 32 levels, and measures depth without recursion', () => {
    const deep = `${'{"n":'.repeat(100_000)}{}${'}'.repeat(100_000)}`;
    const text = pkg({})
      .toString()
      .replace('"source":{"kind":"manual"}', `"source":{"kind":"manual","x":${deep}}`);
    expect(problemsOf(Buffer.from(text))).toEqual(['records.0.source.x: nested more than 32 levels deep']);
    expect(jsonDepth({ a: { b: { c: 1 } } })).toBe(3);
    expect(jsonDepth('text')).toBe(0);
  });
});
