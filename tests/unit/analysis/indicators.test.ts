import { describe, expect, it } from 'vitest';
import type { IndicatorKind } from '../../../shared/contract/analysis-model';
import { businessDaysBetween, findIndicators, isHighDemand } from '../../../db/analysis/indicators';
import { createDispatch } from '../../../db/api/dispatch';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';
import { insertCase, insertLink, insertRecord } from '../../../db/store/write-case-data';

describe('indicator building blocks', () => {
  it('counts business days, skipping weekends', () => {
    expect(businessDaysBetween('2019-06-28', '2019-07-02')).toBe(2); // Fri → Tue
    expect(businessDaysBetween('2021-03-01', '2021-03-08')).toBe(5); // Mon → next Mon
    expect(businessDaysBetween('2021-03-01', '2021-03-01')).toBe(0);
  });

  it('knows the high-demand models', () => {
    expect(isHighDemand({ model: 'M82A1', calibre: '.50 BMG' })).toBe(true);
    expect(isHighDemand({ model: 'Five-seveN MK3', calibre: '5.7x28mm' })).toBe(true);
    expect(isHighDemand({ model: 'PAP M70', calibre: '7.62x39mm' })).toBe(true);
    expect(isHighDemand({ model: 'AR-556', calibre: '5.56 NATO' })).toBe(true);
    expect(isHighDemand({ model: 'Model 10', calibre: '.38 Special' })).toBe(false);
  });
});

/** One buyer: two guns on a Friday and one the next Tuesday at a Wisconsin store; one recovered in Mexico 20 days later. */
function smallWorkspace() {
  const db = openWorkspace(':memory:');
  db.transaction(() => {
    const src = { kind: 'manual' as const };
    const caseId = insertCase(db, {
      number: 'T-1',
      title: 'Test buys',
      agency: 'ATF Test',
      status: 'open',
      openedOn: '2021-01-01',
      jurisdiction: 'Wisconsin',
    });
    const rec = (
      type: Parameters<typeof insertRecord>[1]['type'],
      label: string,
      fields: Record<string, string>,
    ) => insertRecord(db, { caseId, type, label, fields, source: src }).recordId;
    const buyer = rec('person', 'Pat Sample', { name: 'Pat Sample' });
    const store = rec('dealer', 'Sample Store', { name: 'Sample Store', state: 'WI' });
    const place = rec('recovery', 'Recovery Sample, MX', {
      date: '2021-03-25',
      place: 'Sample, MX',
      country: 'MX',
    });
    const buy = (date: string, guns: [string, string][]) => {
      const p = rec('purchase', `Purchase ${date}`, { date });
      insertLink(db, {
        caseId,
        type: 'purchased',
        fromRecord: p,
        toRecord: buyer,
        occurredOn: date,
        source: src,
      });
      insertLink(db, { caseId, type: 'sold', fromRecord: store, toRecord: p, occurredOn: date, source: src });
      return guns.map(([serial, model]) => {
        const g = rec('firearm', `${model} ${serial}`, { make: 'Sample', model, serial });
        insertLink(db, {
          caseId,
          type: 'purchased',
          fromRecord: p,
          toRecord: g,
          occurredOn: date,
          source: src,
        });
        return g;
      });
    };
    const [first] = buy('2021-03-05', [
      ['TRN-SMP-900001', 'AR-556'],
      ['TRN-SMP-900002', 'Model 10'],
    ]);
    buy('2021-03-09', [['TRN-SMP-900003', 'M82A1']]);
    insertLink(db, {
      caseId,
      type: 'recovered_in',
      fromRecord: first!,
      toRecord: place,
      occurredOn: '2021-03-25',
      source: src,
    });
  })();
  return db;
}

describe('indicators on a small workspace with known answers', () => {
  const db = smallWorkspace();
  const of = (kind: IndicatorKind, thresholds = {}) =>
    findIndicators(db, thresholds).filter((h) => h.kind === kind);

  it('finds the multiple sale across a weekend, and not with a shorter window', () => {
    const [hit, ...rest] = of('multiple_sale');
    expect(rest).toEqual([]);
    expect(hit!.entity.label).toBe('Pat Sample');
    expect(hit!.summary).toBe('3 firearms in 3 business days');
    expect(of('multiple_sale', { multipleSaleBusinessDays: 2, multipleSaleFirearms: 3 })).toEqual([]);
  });

  it('gives the time-to-crime in days, within the threshold only', () => {
    expect(of('time_to_crime').map((h) => [h.entity.label, h.value])).toEqual([
      ['AR-556 TRN-SMP-900001', 20],
    ]);
    expect(of('time_to_crime', { timeToCrimeDays: 19 })).toEqual([]);
  });

  it('counts high-demand models and the far purchase recovered in Mexico', () => {
    expect(of('high_demand_repeat')).toEqual([]);
    expect(of('high_demand_repeat', { highDemandFirearms: 2 }).map((h) => h.value)).toEqual([2]);
    const far = of('far_purchase_recovered_in_mexico');
    expect(far.map((h) => h.summary)).toEqual(['1 firearm(s) bought in WI recovered in Mexico']);
  });
});

describe('indicators on the training scenario', () => {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  const hits = findIndicators(db);
  const labels = (kind: IndicatorKind) =>
    hits
      .filter((h) => h.kind === kind)
      .map((h) => h.entity.label)
      .sort();
  const decoys = ['Jose Luis Hernandez', 'Luis Carrillo', 'Ramon Quintana Salas', 'Francisco J. Mendoza'];

  it("finds short time-to-crime only on Lupita's two guns seized at Nogales a month after purchase", () => {
    const ttc = hits.filter((h) => h.kind === 'time_to_crime');
    expect(ttc.map((h) => h.entity.label).sort()).toEqual([
      'Glock 19 Gen5 TRN-SMP-006321',
      'Ruger AR-556 TRN-SMP-006322',
    ]);
    expect(ttc.every((h) => h.evidence[0]!.includes('Maria G. Torres') && h.value === 30)).toBe(true);
    expect(ttc.every((h) => h.caseNumbers.includes('CBP-NOG-2022-0041'))).toBe(true);
  });

  it('finds the shared phone, the stash house and the pickup in cases of several agencies', () => {
    expect(labels('cross_agency')).toEqual(
      expect.arrayContaining([
        '(555) 010-0177',
        '1208 Sample Street, Tucson',
        '2016 Ford F-150 (AZ SMP4271)',
      ]),
    );
    // Nothing of the two unrelated cases.
    const apart = hits.filter((h) => h.caseNumbers.some((c) => c === 'MPD-2022-0417'));
    expect(apart).toEqual([]);
  });

  it('finds the Wisconsin and Alaska buyers whose guns were recovered in Mexico, and no border-state buyer', () => {
    const far = hits.filter((h) => h.kind === 'far_purchase_recovered_in_mexico');
    expect(far.map((h) => h.entity.label).sort()).toEqual([
      'Cody Pruitt',
      'Dustin Ray Akers',
      'Kayla Marie Voss',
      'Shayla Marie Olin',
      'Tyler James Brandt',
    ]);
    expect(far.every((h) => /bought in (WI|AK)/.test(h.summary))).toBe(true);
  });

  it('flags the straw purchasers for multiple sales and high-demand repeats, never a decoy or a broker', () => {
    for (const kind of ['multiple_sale', 'high_demand_repeat'] as const) {
      const found = labels(kind);
      expect(found).toEqual(
        expect.arrayContaining(['Kayla Marie Voss', 'Dustin Ray Akers', 'Daniel Ortega Ruiz']),
      );
      for (const name of [...decoys, 'José Luis Hernández Ruiz', 'Ramón Alberto Quintero Salas'])
        expect(found).not.toContain(name);
    }
  });

  it('keeps its thresholds in the workspace through dispatch', async () => {
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
    // Asked before the change: the answer kept from this one must not outlive the change.
    const before = (await dispatch('analysis.indicators', {})) as {
      ok: true;
      value: { thresholds: { timeToCrimeDays: number }; hits: { kind: string }[] };
    };
    expect(before.value.thresholds.timeToCrimeDays).not.toBe(90);
    const set = await dispatch('analysis.thresholds.set', { timeToCrimeDays: 90 });
    expect(set).toMatchObject({ ok: true, value: { timeToCrimeDays: 90, crossAgencyCount: 3 } });
    const after = (await dispatch('analysis.indicators', {})) as {
      ok: true;
      value: { hits: { kind: string }[] };
    };
    expect(after.value.hits.filter((h) => h.kind === 'time_to_crime')).toHaveLength(4);
    const bad = await dispatch('analysis.thresholds.set', { timeToCrimeDays: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
