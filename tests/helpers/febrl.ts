// Loads a FEBRL person list (rec_id, given_name, surname, street_number, address_1, address_2,
// suburb, postcode, state, date_of_birth, soc_sec_id) into a workspace as one case of person
// records, written through the ordinary record writer, with its truth: rows whose rec_id
// share N in rec-N-org / rec-N-dup-K are one person. soc_sec_id is withheld (it alone
// finds almost every pair). Impossible YYYYMMDD dates (month 00, day 93) are dropped.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Db } from '../../db/store/open-workspace';
import { insertCase, insertRecord } from '../../db/store/write-case-data';

export interface FebrlLoad {
  records: number;
  datesDropped: number;
}

/** YYYYMMDD to YYYY-MM-DD, or '' when the date cannot exist. */
export function isoFromYmd(raw: string): string {
  const g = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim());
  if (!g) return '';
  const [y, m, d] = [Number(g[1]), Number(g[2]), Number(g[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return '';
  return `${g[1]}-${g[2]}-${g[3]}`;
}

export function loadFebrl(db: Db, file: string): FebrlLoad {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  let datesDropped = 0;
  const insertTruth = db.prepare('INSERT INTO ground_truth (record_id, cluster, is_decoy) VALUES (?, ?, 0)');
  db.transaction(() => {
    const caseId = insertCase(db, {
      number: 'FEBRL-1',
      title: 'FEBRL person list',
      agency: 'Test',
      status: 'open',
      openedOn: '2021-01-01',
      jurisdiction: 'Test',
    });
    for (const row of parsed.data) {
      const dob = isoFromYmd(row.date_of_birth ?? '');
      if (!dob && row.date_of_birth) datesDropped++;
      const fields: Record<string, string> = {
        givenName: row.given_name ?? '',
        surname: row.surname ?? '',
        dob,
        street: [row.street_number, row.address_1].filter(Boolean).join(' '),
        locality: row.suburb ?? '',
        postcode: row.postcode ?? '',
        state: row.state ?? '',
      };
      for (const k of Object.keys(fields)) if (!fields[k]) delete fields[k];
      const label = [row.given_name, row.surname].filter(Boolean).join(' ') || (row.rec_id ?? '');
      const { recordId } = insertRecord(db, {
        caseId,
        externalId: row.rec_id,
        type: 'person',
        label,
        fields,
        source: { kind: 'manual' },
      });
      const cluster = /^rec-(\d+)-/.exec(row.rec_id ?? '')?.[1] ?? row.rec_id ?? '';
      insertTruth.run(recordId, cluster);
    }
  })();
  return { records: parsed.data.length, datesDropped };
}
