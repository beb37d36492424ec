import { describe, expect, it } from 'vitest';
import { identifierProbes } from '../../../db/queries/search-terms';
import { searchEntities } from '../../../db/queries/search';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';

describe('search on the training scenario', () => {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  const labels = (q: string, types?: Parameters<typeof searchEntities>[3]) =>
    searchEntities(db, q, 20, types).map((h) => h.label);

  it('finds names with a typo or that sound alike', () => {
    expect(labels('Hernandes', ['person'])).toEqual(
      expect.arrayContaining(['José Luis Hernández Ruiz', 'Joe Hernandez', 'Jose L. Hernandez']),
    );
    expect(labels('Mendosa', ['person'])).toEqual(
      expect.arrayContaining(['Francisco Javier Mendoza Ibarra', 'Frank Mendoza']),
    );
    expect(labels('Kowalcyk')).toEqual(['Brianna Kowalczyk']);
    expect(labels('Zzyzxqv')).toEqual([]);
  });

  it('tolerates a typo in each word of a longer name, and keeps unrelated names out', () => {
    const hits = labels('Quinterro Salaz', ['person']);
    expect(hits).toEqual(expect.arrayContaining(['Ramón Alberto Quintero Salas', 'R. A. Quintero-Salas']));
    // The cleared customer "Ramon Quintana Salas" is three edits from "Quinterro": not offered.
    expect(hits).not.toContain('Ramon Quintana Salas');
  });

  it('finds a phone written in any format, with the cases it is in', () => {
    for (const q of ['5550100177', '+15550100177', '(555) 010-0177', '555.010.0177']) {
      const hits = searchEntities(db, q, 20);
      expect(hits[0]?.label, q).toBe('(555) 010-0177');
      expect(hits[0]!.caseNumbers.sort()).toEqual(['AK-2020-006', 'DEA-ELP-2021-058', 'HSI-TUC-2021-031']);
    }
  });

  it('finds serials, VINs and plates without punctuation', () => {
    expect(labels('TRNSMP004201')).toEqual(['FN Herstal Five-seveN MK3 TRN-SMP-004201']);
    expect(labels('trn smp 004201')[0]).toBe('FN Herstal Five-seveN MK3 TRN-SMP-004201');
    expect(labels('1THORSMPL00000042')[0]).toMatch(/SMP4271/);
    expect(labels('SMP-4271')[0]).toMatch(/SMP4271/);
  });
});

describe('identifier probes', () => {
  it('reads a query as the identifier keys linking would make', () => {
    const kinds = (q: string) => identifierProbes(q).map((p) => `${p.kind}:${p.exact ?? p.suffix}`);
    expect(kinds('+1 (555) 010-0177')).toContain('phone:+15550100177');
    expect(kinds('TRN-SMP-004201')).toContain('serial:TRNSMP004201');
    expect(kinds('Hernandez')).toEqual([]);
  });
});
