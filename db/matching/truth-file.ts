// Reads an external ground truth: a CSV of record external id and true cluster id (for
// records brought in by import). Columns: external_id, cluster, optionally case (number)
// when one external id is used in several cases, and decoy (1/true).
import fs from 'node:fs';
import Papa from 'papaparse';
import { WorkbenchError } from '../../shared/contract/result';
import type { Db } from '../store/open-workspace';
import type { TruthRow } from './evaluate';

const pick = (row: Record<string, string>, names: string[]) => {
  for (const n of names) if (row[n] !== undefined && row[n] !== '') return row[n]!.trim();
  return '';
};

export function truthFromCsv(db: Db, file: string): TruthRow[] {
  if (!fs.existsSync(file)) throw new WorkbenchError('NOT_FOUND', `Truth file not found: ${file}`);
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
  });
  const fields = parsed.meta.fields ?? [];
  if (
    !fields.some((f) => ['external_id', 'externalid', 'record'].includes(f)) ||
    !fields.includes('cluster')
  ) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${file}: expected a header with columns "external_id" and "cluster" (found: ${fields.join(', ') || 'none'}).`,
    );
  }
  const lookup = db.prepare(
    `SELECT r.id, c.number FROM records r JOIN cases c ON c.id = r.case_id WHERE r.external_id = ?`,
  );
  return parsed.data.map((row, index) => {
    const line = index + 2;
    const externalId = pick(row, ['external_id', 'externalid', 'record']);
    const cluster = pick(row, ['cluster', 'cluster_id']);
    if (!externalId || !cluster) {
      throw new WorkbenchError(
        'BAD_FILE',
        `${file} line ${line}: external_id and cluster must both be filled in.`,
      );
    }
    const caseNumber = pick(row, ['case', 'case_number']);
    const matches = (lookup.all(externalId) as { id: number; number: string }[]).filter(
      (m) => !caseNumber || m.number === caseNumber,
    );
    // A row whose record is not in the workspace is counted and reported by the evaluation.
    if (matches.length === 0) return { recordId: -1, cluster, decoy: false };
    if (matches.length > 1) {
      throw new WorkbenchError(
        'BAD_FILE',
        `${file} line ${line}: external id "${externalId}" is used in several cases; add a "case" column.`,
      );
    }
    return { recordId: matches[0]!.id, cluster, decoy: /^(1|true|yes)$/i.test(pick(row, ['decoy'])) };
  });
}
