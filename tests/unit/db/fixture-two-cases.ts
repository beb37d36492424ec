// A small hand-made workspace: two cases from different agencies that share a phone
// and a firearm serial, written through the same functions the importers use.
import { linkByIdentifiers } from '../../../db/linking/exact-linking';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { insertCase, insertLink, insertRecord } from '../../../db/store/write-case-data';

export function twoCaseWorkspace(): { db: Db; ids: Record<string, number> } {
  const db = openWorkspace(':memory:');
  const ids: Record<string, number> = {};
  db.transaction(() => {
    const src = { kind: 'manual' as const };
    const a = insertCase(db, {
      number: 'ATF-MKE-2020-001',
      title: 'Milwaukee straw purchases',
      agency: 'ATF Milwaukee',
      status: 'open',
      openedOn: '2020-03-01',
      jurisdiction: 'Wisconsin',
    });
    const b = insertCase(db, {
      number: 'HSI-TUC-2021-007',
      title: 'Nogales seizure',
      agency: 'HSI Tucson',
      status: 'open',
      openedOn: '2021-06-10',
      jurisdiction: 'Arizona',
    });
    ids.caseA = a;
    ids.caseB = b;
    const rec = (key: string, r: Parameters<typeof insertRecord>[1]) => {
      ids[key] = insertRecord(db, r).recordId;
    };
    rec('buyer', {
      caseId: a,
      type: 'person',
      label: 'Dana Testperson',
      fields: { name: 'Dana Testperson', dob: '1990-01-02' },
      source: src,
    });
    rec('phoneA', {
      caseId: a,
      type: 'phone',
      label: '(555) 010-0142',
      fields: { number: '(555) 010-0142' },
      source: src,
    });
    rec('gunA', {
      caseId: a,
      type: 'firearm',
      label: 'Sample Arms SR-15',
      fields: { make: 'Sample Arms', model: 'SR-15', serial: 'trn-smp-0042' },
      source: src,
    });
    rec('courier', {
      caseId: b,
      type: 'person',
      label: 'Lee Example',
      fields: { name: 'Lee Example' },
      source: src,
    });
    rec('phoneB', {
      caseId: b,
      type: 'phone',
      label: '+1 555 010 0142',
      fields: { number: '+1 555 010 0142' },
      source: src,
    });
    rec('gunB', {
      caseId: b,
      type: 'firearm',
      label: 'SR-15 rifle',
      fields: { make: 'SAMPLE ARMS', serial: 'TRN SMP 0042' },
      source: src,
    });
    rec('otherGun', {
      caseId: b,
      type: 'firearm',
      label: 'Other rifle',
      fields: { make: 'Sample Arms', serial: 'TRN-SMP-0043' },
      source: src,
    });
    insertLink(db, { caseId: a, type: 'uses_phone', fromRecord: ids.buyer!, toRecord: ids.phoneA! });
    insertLink(db, { caseId: a, type: 'purchased', fromRecord: ids.buyer!, toRecord: ids.gunA! });
    insertLink(db, { caseId: b, type: 'uses_phone', fromRecord: ids.courier!, toRecord: ids.phoneB! });
    insertLink(db, { caseId: b, type: 'transported', fromRecord: ids.courier!, toRecord: ids.gunB! });
    linkByIdentifiers(db);
  })();
  return { db, ids };
}
