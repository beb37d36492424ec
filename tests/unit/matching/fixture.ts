// A small hand-made workspace for matching tests: the same people, guns and places written
// differently in two cases, and decoys (different people with very similar names).
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { insertCase, insertRecord } from '../../../db/store/write-case-data';
import type { EntityType } from '../../../shared/domain/entity-types';

type Rec = [key: string, caseKey: 'A' | 'B' | 'C', type: EntityType, fields: Record<string, string>];

const RECORDS: Rec[] = [
  ['joseA', 'A', 'person', { name: 'José Luis Hernández Ruiz', dob: '1988-04-02', alias: 'El Flaco' }],
  ['joseB', 'B', 'person', { name: 'Jose L. Hernandez', dob: '1988-02-04' }],
  ['decoyFernandez', 'C', 'person', { name: 'José Luis Fernández Ruiz', dob: '1991-09-17' }],
  ['memoA', 'A', 'person', { name: 'Guillermo Castañeda', dob: '1979-11-23' }],
  ['memoB', 'B', 'person', { name: 'Memo Castaneda', dob: '1979-11-23', alias: 'Flaco' }],
  ['decoyMemo', 'C', 'person', { name: 'Guillermo Castañeda', dob: '1962-03-08' }],
  ['gunA', 'A', 'firearm', { make: 'Sample Arms', model: 'SR-15', serial: 'SA0O1I58B', calibre: '5.56' }],
  ['gunB', 'B', 'firearm', { make: 'Sample Arms Inc.', model: 'SR15', serial: 'SAO011S8B', calibre: '5.56' }],
  ['gunOther', 'C', 'firearm', { make: 'Sample Arms', model: 'SR-15', serial: 'SA7732190', calibre: '5.56' }],
  ['phoneA', 'A', 'phone', { number: '(555) 010-0142', country: 'US', subscriber: 'Jose Hernandez' }],
  ['phoneB', 'B', 'phone', { number: '+1 655 010 0142', country: 'US', subscriber: 'José Hernández' }],
  ['addrA', 'A', 'address', { street: '1208 N. Sample St., Apt 4', city: 'Milwaukee', postcode: '53201' }],
  ['addrB', 'C', 'address', { street: '1208 North Sampel Street #4', city: 'Milwaukee', postcode: '53201' }],
];

export function matchingWorkspace(): { db: Db; ids: Record<string, number> } {
  const db = openWorkspace(':memory:');
  const ids: Record<string, number> = {};
  db.transaction(() => {
    const cases = {
      A: insertCase(db, caseInfo('ATF-MKE-2020-001', 'Milwaukee straw purchases')),
      B: insertCase(db, caseInfo('HSI-TUC-2021-007', 'Nogales seizure')),
      C: insertCase(db, caseInfo('FBI-ANC-2021-003', 'Anchorage purchases')),
    };
    ids.caseA = cases.A;
    ids.caseB = cases.B;
    ids.caseC = cases.C;
    for (const [key, c, type, fields] of RECORDS) {
      const label = fields.name ?? fields.serial ?? fields.number ?? fields.street ?? key;
      ids[key] = insertRecord(db, {
        caseId: cases[c],
        type,
        label,
        fields,
        source: { kind: 'manual' },
      }).recordId;
    }
  })();
  return { db, ids };
}

function caseInfo(number: string, title: string) {
  return {
    number,
    title,
    agency: 'Test',
    status: 'open' as const,
    openedOn: '2021-01-01',
    jurisdiction: 'Test',
  };
}
