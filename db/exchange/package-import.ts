// Brings a checked case package into this workspace, in the caller's transaction:
// cases as they were (a case number already here is a conflict, nothing is written),
// records with their provenance plus the originating workspace and analyst, links,
// entity groupings and decisions; then exact-identifier linking joins the new
// records to the cases already here.
import { randomUUID } from 'node:crypto';
import type { ImportProblem, PackageImportReport } from '../../shared/contract/exchange-model';
import type { RecordSource } from '../../shared/contract/model';
import { linkNewRecords } from '../import/after-import';
import { minMax } from '../safety/quote';
import type { Db } from '../store/open-workspace';
import { getMeta, insertCase, insertLink, insertRecord, setMeta } from '../store/write-case-data';
import { importCharts } from './package-charts';
import { hasTable } from './package-export';
import type { CasePackage } from './package-format';

function conflicts(db: Db, file: string, pkg: CasePackage): ImportProblem[] {
  const here = db.prepare('SELECT title, agency FROM cases WHERE number = ?');
  return pkg.cases.flatMap((c, i) => {
    const found = here.get(c.number) as { title: string; agency: string } | undefined;
    return found
      ? [
          {
            file,
            row: null,
            column: `cases.${i}.number`,
            message: `case ${c.number} already exists in this workspace ("${found.title}", ${found.agency}); the package was not imported. Remove or renumber that case first, or import the package under another case number.`,
          },
        ]
      : [];
  });
}

/** The hand grade an analyst of the other workspace set, kept as theirs (who and when). */
function restoreAnalystGrade(
  db: Db,
  table: 'records' | 'links',
  id: number,
  g: NonNullable<CasePackage['records'][number]['analystGrade']>,
): void {
  const [gradeTable, key] = table === 'records' ? ['record_grades', 'record_id'] : ['link_grades', 'link_id'];
  db.prepare(
    `INSERT INTO ${gradeTable} (${key}, reliability, credibility, set_by, set_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(id, g.reliability, g.credibility, g.setBy, g.setAt);
}

export function importPackage(db: Db, file: string, pkg: CasePackage): PackageImportReport {
  const caseNumbers = pkg.cases.map((c) => c.number);
  const problems = conflicts(db, file, pkg);
  if (problems.length)
    return { caseNumbers, recordsAdded: 0, linksAdded: 0, problems, written: false, notes: [] };
  const provenance = {
    workspace: pkg.origin.workspaceName,
    workspaceId: pkg.origin.workspaceId,
    analyst: pkg.origin.analyst,
  };
  const caseIds = new Map<string, number>();
  for (const c of pkg.cases) {
    const origin = {
      ...c.origin,
      kind: 'package',
      packageId: pkg.packageId,
      exportedAt: pkg.exportedAt,
      ...provenance,
    };
    caseIds.set(c.number, insertCase(db, { ...c, origin }));
  }
  const records = new Map<string, { recordId: number; entityId: number }>();
  for (const r of pkg.records) {
    // The first origin wins: a package of a package keeps the workspace that wrote the record.
    const source = { ...provenance, ...r.source } as unknown as RecordSource;
    const made = insertRecord(db, {
      caseId: caseIds.get(r.case)!,
      externalId: r.externalId,
      type: r.type,
      label: r.label,
      fields: r.fields,
      source,
    });
    records.set(r.ref, made);
    if (r.analystGrade) restoreAnalystGrade(db, 'records', made.recordId, r.analystGrade);
  }
  restoreEntities(db, pkg, records);
  for (const l of pkg.links) {
    const linkId = insertLink(db, {
      caseId: caseIds.get(l.case)!,
      externalId: l.externalId,
      type: l.type,
      fromRecord: records.get(l.from)!.recordId,
      toRecord: records.get(l.to)!.recordId,
      label: l.label,
      occurredOn: l.occurredOn,
      fields: l.fields,
      source: { ...provenance, ...l.source } as unknown as RecordSource,
    });
    if (l.analystGrade) restoreAnalystGrade(db, 'links', linkId, l.analystGrade);
  }
  const notes = restoreDecisions(db, pkg, records);
  const span = minMax([...records.values()].map((r) => r.recordId));
  const merges = span ? linkNewRecords(db, span.min, span.max) : 0;
  notes.unshift(`${merges} exact-identifier connection(s) made with cases already in this workspace.`);
  notes.push(...importCharts(db, pkg, records, [...caseIds.values()]));
  if (!getMeta(db, 'workspaceId')) setMeta(db, 'workspaceId', randomUUID());
  db.prepare(
    `INSERT INTO package_imports (package_id, origin_workspace, analyst, exported_at, imported_at, case_numbers) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    pkg.packageId,
    pkg.origin.workspaceName,
    pkg.origin.analyst,
    pkg.exportedAt,
    new Date().toISOString(),
    JSON.stringify(caseNumbers),
  );
  return {
    caseNumbers,
    recordsAdded: pkg.records.length,
    linksAdded: pkg.links.length,
    problems: [],
    written: true,
    notes,
  };
}

/** Regroups the records as the package's entities held them (each record starts alone). */
function restoreEntities(
  db: Db,
  pkg: CasePackage,
  records: Map<string, { recordId: number; entityId: number }>,
): void {
  const move = db.prepare(
    'UPDATE entity_members SET entity_id = ?, reason = ?, evidence = ?, linked_at = ? WHERE record_id = ?',
  );
  const drop = db.prepare('DELETE FROM entities WHERE id = ?');
  const relabel = db.prepare('UPDATE entities SET label = ? WHERE id = ?');
  for (const e of pkg.entities) {
    const keep = records.get(e.members[0]!.record)!.entityId;
    relabel.run(e.label, keep);
    for (const m of e.members) {
      const r = records.get(m.record)!;
      move.run(keep, m.reason, JSON.stringify(m.evidence ?? {}), m.linkedAt, r.recordId);
      if (r.entityId !== keep) drop.run(r.entityId);
    }
  }
}

function restoreDecisions(db: Db, pkg: CasePackage, records: Map<string, { recordId: number }>): string[] {
  const notes: string[] = [];
  for (const b of pkg.mergeBlocks) {
    const [a, c] = [records.get(b.recordA)!.recordId, records.get(b.recordB)!.recordId].sort((x, y) => x - y);
    db.prepare('INSERT OR IGNORE INTO merge_blocks (record_a, record_b, created_at) VALUES (?, ?, ?)').run(
      a,
      c,
      new Date().toISOString(),
    );
  }
  if (!pkg.matchDecisions.length) return notes;
  if (!hasTable(db, 'match_candidates')) {
    notes.push(
      `${pkg.matchDecisions.length} match decision(s) were not kept: this workspace has no matching tables.`,
    );
    return notes;
  }
  const at = new Date().toISOString();
  const run = Number(
    db
      .prepare(
        `INSERT INTO match_runs (state, scope, started_at, finished_at, message) VALUES ('done', ?, ?, ?, ?)`,
      )
      .run(
        JSON.stringify({ packageId: pkg.packageId }),
        at,
        at,
        `decisions imported from ${pkg.origin.workspaceName}`,
      ).lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO match_candidates (run_id, record_a, record_b, type, score, weight, evidence, status, decided_by, decided_at, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of pkg.matchDecisions) {
    const [a, b] = [records.get(d.recordA)!.recordId, records.get(d.recordB)!.recordId].sort((x, y) => x - y);
    if (a === b) continue;
    insert.run(
      run,
      a,
      b,
      d.type,
      d.score,
      d.score,
      JSON.stringify(d.evidence ?? []),
      d.status,
      d.decidedBy,
      d.decidedAt,
      d.note,
    );
  }
  notes.push(`${pkg.matchDecisions.length} match decision(s) kept.`);
  return notes;
}
