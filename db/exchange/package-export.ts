// Writes a case package (see PACKAGE-FORMAT.md) for chosen cases, a chart selection
// of entities, or the whole workspace. Read-only.
import { createHash, randomUUID } from 'node:crypto';
import type { CaseStatus } from '../../shared/contract/model';
import type { EntityType, IdentifierKind } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import { getMeta } from '../store/write-case-data';
import { exportCharts } from './package-charts';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type CasePackage } from './package-format';

export interface ExportScope {
  caseIds?: number[];
  entityIds?: number[];
  /** Saved charts to carry (cut to the package's entities); absent: those wholly inside it. */
  chartIds?: number[];
}

/** SQL selecting the ids of the records in scope, with its one JSON argument. */
export function scopeSql(scope: ExportScope): { sql: string; args: string[] } {
  if (scope.entityIds)
    return {
      sql: 'SELECT record_id AS id FROM entity_members WHERE entity_id IN (SELECT value FROM json_each(?))',
      args: [JSON.stringify(scope.entityIds)],
    };
  if (scope.caseIds)
    return {
      sql: 'SELECT id FROM records WHERE case_id IN (SELECT value FROM json_each(?))',
      args: [JSON.stringify(scope.caseIds)],
    };
  return { sql: 'SELECT id FROM records', args: [] };
}

export function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** A stable id for this workspace: stored once a package has been imported, else derived from its path. */
export function workspaceIdentity(db: Db, path: string): { id: string; name: string } {
  const id = getMeta(db, 'workspaceId') ?? `ws-${createHash('sha1').update(path).digest('hex').slice(0, 16)}`;
  return { id, name: getMeta(db, 'name') ?? 'Workspace' };
}

const rref = (id: number) => `r${id}`;

/** A hand grade of a record or link, as one JSON column (null when none was set). */
const ANALYST_GRADE = (table: string, key: string, alias: string) =>
  `(SELECT json_object('reliability', g.reliability, 'credibility', g.credibility, 'setBy', g.set_by, 'setAt', g.set_at)
    FROM ${table} g WHERE g.${key} = ${alias}.id) AS analystGrade`;
const analystGrade = (text: string | null) =>
  text ? { analystGrade: JSON.parse(text) as CasePackage['records'][number]['analystGrade'] } : {};
const json = <T>(s: string) => JSON.parse(s) as T;

export function exportPackage(db: Db, scope: ExportScope, workspacePath: string): CasePackage {
  const { sql, args } = scopeSql(scope);
  const sel = `WITH sel(id) AS (${sql})`;
  const records = db
    .prepare(
      `${sel} SELECT r.id, c.number AS caseNumber, r.external_id AS externalId, r.type, r.label, r.fields, r.source, r.created_at AS createdAt,
         ${ANALYST_GRADE('record_grades', 'record_id', 'r')}
       FROM records r JOIN cases c ON c.id = r.case_id WHERE r.id IN (SELECT id FROM sel) ORDER BY r.id`,
    )
    .all(...args) as {
    id: number;
    caseNumber: string;
    externalId: string | null;
    type: EntityType;
    label: string;
    fields: string;
    source: string;
    createdAt: string;
    analystGrade: string | null;
  }[];
  const caseRows = db
    .prepare(
      `${sel} SELECT number, title, agency, status, opened_on AS openedOn, jurisdiction, summary, origin FROM cases
       WHERE id IN (SELECT case_id FROM records WHERE id IN (SELECT id FROM sel)) OR id IN (SELECT value FROM json_each(?))
       ORDER BY opened_on, number`,
    )
    .all(...args, JSON.stringify(scope.entityIds ? [] : (scope.caseIds ?? []))) as {
    number: string;
    title: string;
    agency: string;
    status: CaseStatus;
    openedOn: string;
    jurisdiction: string;
    summary: string;
    origin: string;
  }[];
  const identity = workspaceIdentity(db, workspacePath);
  const entities = exportEntities(db, sel, args);
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packageId: randomUUID(),
    exportedAt: new Date().toISOString(),
    origin: { workspaceId: identity.id, workspaceName: identity.name, analyst: readSettings(db).analyst },
    scope: {
      caseNumbers: caseRows.map((c) => c.number),
      ...(scope.entityIds ? { entityIds: scope.entityIds } : {}),
    },
    cases: caseRows.map((c) => ({ ...c, origin: json<Record<string, unknown>>(c.origin) })),
    records: records.map((r) => ({
      ref: rref(r.id),
      case: r.caseNumber,
      externalId: r.externalId,
      type: r.type,
      label: r.label,
      fields: json<Record<string, string>>(r.fields),
      source: json<Record<string, unknown>>(r.source),
      createdAt: r.createdAt,
      ...analystGrade(r.analystGrade),
    })),
    links: exportLinks(db, sel, args),
    entities,
    identifiers: (
      db
        .prepare(
          `${sel} SELECT record_id AS id, kind, value FROM record_identifiers WHERE record_id IN (SELECT id FROM sel) ORDER BY record_id`,
        )
        .all(...args) as { id: number; kind: IdentifierKind; value: string }[]
    ).map((i) => ({ record: rref(i.id), kind: i.kind, value: i.value })),
    matchDecisions: exportDecisions(db, sel, args),
    mergeBlocks: (
      db
        .prepare(
          `${sel} SELECT record_a AS a, record_b AS b FROM merge_blocks WHERE record_a IN (SELECT id FROM sel) AND record_b IN (SELECT id FROM sel)`,
        )
        .all(...args) as { a: number; b: number }[]
    ).map((b) => ({ recordA: rref(b.a), recordB: rref(b.b) })),
    charts: exportCharts(db, entities, scope.chartIds),
  };
}

function exportLinks(db: Db, sel: string, args: string[]): CasePackage['links'] {
  const rows = db
    .prepare(
      `${sel} SELECT c.number AS caseNumber, l.external_id AS externalId, l.type, l.from_record AS fromId, l.to_record AS toId,
         l.label, l.occurred_on AS occurredOn, l.fields, l.source, ${ANALYST_GRADE('link_grades', 'link_id', 'l')}
       FROM links l JOIN cases c ON c.id = l.case_id
       WHERE l.from_record IN (SELECT id FROM sel) AND l.to_record IN (SELECT id FROM sel) ORDER BY l.id`,
    )
    .all(...args) as {
    caseNumber: string;
    externalId: string | null;
    type: LinkType;
    fromId: number;
    toId: number;
    label: string;
    occurredOn: string | null;
    fields: string;
    source: string;
    analystGrade: string | null;
  }[];
  return rows.map((l) => ({
    case: l.caseNumber,
    externalId: l.externalId,
    type: l.type,
    from: rref(l.fromId),
    to: rref(l.toId),
    label: l.label,
    occurredOn: l.occurredOn,
    fields: json<Record<string, string>>(l.fields),
    source: json<Record<string, unknown>>(l.source),
    ...analystGrade(l.analystGrade),
  }));
}

function exportEntities(db: Db, sel: string, args: string[]): CasePackage['entities'] {
  const rows = db
    .prepare(
      `${sel} SELECT e.id AS entityId, e.type, e.label, m.record_id AS recordId, m.reason, m.evidence, m.linked_at AS linkedAt
       FROM entity_members m JOIN entities e ON e.id = m.entity_id
       WHERE m.record_id IN (SELECT id FROM sel) ORDER BY e.id, m.record_id`,
    )
    .all(...args) as {
    entityId: number;
    type: EntityType;
    label: string;
    recordId: number;
    reason: 'own' | 'identifier' | 'match' | 'manual';
    evidence: string;
    linkedAt: string;
  }[];
  const byEntity = new Map<number, CasePackage['entities'][number]>();
  for (const r of rows) {
    let e = byEntity.get(r.entityId);
    if (!e)
      byEntity.set(r.entityId, (e = { ref: `e${r.entityId}`, type: r.type, label: r.label, members: [] }));
    e.members.push({
      record: rref(r.recordId),
      reason: r.reason,
      evidence: json<unknown>(r.evidence),
      linkedAt: r.linkedAt,
    });
  }
  return [...byEntity.values()];
}

function exportDecisions(db: Db, sel: string, args: string[]): CasePackage['matchDecisions'] {
  if (!hasTable(db, 'match_candidates')) return [];
  const rows = db
    .prepare(
      `${sel} SELECT record_a AS a, record_b AS b, type, score, status, decided_by AS decidedBy, decided_at AS decidedAt, note, evidence
       FROM match_candidates WHERE status <> 'pending' AND record_a IN (SELECT id FROM sel) AND record_b IN (SELECT id FROM sel) ORDER BY id`,
    )
    .all(...args) as {
    a: number;
    b: number;
    type: EntityType;
    score: number;
    status: 'accepted' | 'rejected' | 'unsure';
    decidedBy: string | null;
    decidedAt: string | null;
    note: string | null;
    evidence: string;
  }[];
  return rows.map((d) => ({
    recordA: rref(d.a),
    recordB: rref(d.b),
    type: d.type,
    score: d.score,
    status: d.status,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt,
    note: d.note,
    evidence: json<unknown>(d.evidence),
  }));
}
