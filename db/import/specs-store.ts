// Saved import specifications of a workspace (table import_specs, migration 3).
// A spec is stored as the JSON the analyst shares, validated on the way in and out.
import type { ImportSpec } from '../../shared/contract/exchange-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { Db } from '../store/open-workspace';
import { parseSpec, type ParsedSpec } from './spec';

export function listSpecs(db: Db): ImportSpec[] {
  const rows = db.prepare('SELECT name, spec FROM import_specs ORDER BY name').all() as {
    name: string;
    spec: string;
  }[];
  return rows.map((r) => parseSpec(JSON.parse(r.spec), `saved specification "${r.name}"`) as ImportSpec);
}

export function saveSpec(db: Db, raw: unknown): ImportSpec {
  const spec = parseSpec(raw);
  db.prepare(
    `INSERT INTO import_specs (name, spec, saved_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, saved_at = excluded.saved_at`,
  ).run(spec.name, JSON.stringify(spec), new Date().toISOString());
  return spec as ImportSpec;
}

/** A spec given inline (an object) or by the name of a saved one (a string). */
export function resolveSpec(db: Db, raw: unknown): ParsedSpec {
  if (typeof raw !== 'string') return parseSpec(raw);
  const row = db.prepare('SELECT spec FROM import_specs WHERE name = ?').pluck().get(raw) as
    string | undefined;
  if (!row)
    throw new WorkbenchError('NOT_FOUND', `No saved import specification is named "${raw.slice(0, 120)}".`);
  return parseSpec(JSON.parse(row), `saved specification "${raw}"`);
}
