// Source grading through dispatch: the grade a file gives (per file and per column) is part
// of each record and link; an analyst's grade by hand is layered over it, audited and
// undoable; links are drawn by credibility; grades survive a case package and a GraphML
// export read back in, and bad grade cells are refused with the row and column named.
import { describe, expect, it } from 'vitest';
import type { ExchangeFile, ImportReport } from '../../../shared/contract/exchange-model';
import type { HistoryStep } from '../../../shared/contract/history-model';
import type { ImportSpecInput } from '../../../shared/contract/import-spec';
import type { BudgetedGraph, LinkDetail, SourceRecord } from '../../../shared/contract/model';
import type { Db } from '../../../db/store/open-workspace';
import { upload, workbench } from '../import/helpers';

const CSV = [
  'buyer,phone,rel,cred',
  'Wendell Samplesby,(555) 010-0161,A,1',
  'Orla Examplar,(555) 010-0162,,',
  'Piet Specimen,(555) 010-0163,D5,D5',
].join('\n');

const spec = (grading: ImportSpecInput['grading']): ImportSpecInput => ({
  name: 'graded buyers',
  entities: [
    { key: 'buyer', type: 'person', fields: { name: 'buyer' } },
    { key: 'phone', type: 'phone', fields: { number: 'phone' } },
  ],
  links: [{ type: 'uses_phone', from: 'buyer', to: 'phone' }],
  grading,
});

async function imported(grading: ImportSpecInput['grading'], csv = CSV) {
  const w = workbench();
  const report = await w.call<ImportReport>('import.run', {
    file: upload('buyers.csv', csv),
    spec: spec(grading),
    case: { number: 'SMP-GRD-001' },
    match: false,
  });
  return { ...w, report };
}

const records = async (w: ReturnType<typeof workbench>) =>
  (await w.call<{ records: SourceRecord[] }>('records.list', {})).records;
const gradeOf = (rs: SourceRecord[], label: string) => {
  const r = rs.find((x) => x.label === label)!;
  return `${r.grade?.reliability ?? '-'}${r.grade?.credibility ?? '-'} ${r.grade?.from ?? 'none'}`;
};
const linkCredibilities = async (w: ReturnType<typeof workbench>) =>
  (await w.call<BudgetedGraph>('graph.get', {})).links.map((l) => l.credibility ?? null).sort();
const idOf = (db: Db, label: string) =>
  db.prepare('SELECT id FROM records WHERE label = ?').pluck().get(label) as number;

describe('grades set at import', () => {
  it('gives every record and link of the file the file grade', async () => {
    const w = await imported({ reliability: 'B', credibility: 2 });
    expect(w.report.written).toBe(true);
    const rs = await records(w);
    expect(rs.map((r) => gradeOf(rs, r.label))).toEqual(Array(6).fill('B2 source'));
    expect(await linkCredibilities(w)).toEqual([2, 2, 2]);
    const link = w.db.prepare('SELECT source FROM links LIMIT 1').pluck().get() as string;
    expect(JSON.parse(link).grade).toEqual({ reliability: 'B', credibility: 2 });
  });

  it('reads grades per row from columns, an empty cell taking the file grade, "D5" in either', async () => {
    const w = await imported({
      reliability: 'C',
      credibility: 3,
      reliabilityColumn: 'rel',
      credibilityColumn: 'cred',
    });
    const rs = await records(w);
    expect(gradeOf(rs, 'Wendell Samplesby')).toBe('A1 source');
    expect(gradeOf(rs, 'Orla Examplar')).toBe('C3 source');
    expect(gradeOf(rs, 'Piet Specimen')).toBe('D5 source');
    expect(await linkCredibilities(w)).toEqual([1, 3, 5]);
  });

  it('refuses a cell that is not a grade, naming the row and column, and writes nothing', async () => {
    const bad = `${CSV}\nQuentin Sample,(555) 010-0164,G,1`;
    const w = await imported({ reliabilityColumn: 'rel', credibilityColumn: 'cred' }, bad);
    expect(w.report.written).toBe(false);
    const problem = w.report.problems.find((p) => p.column === 'rel');
    expect(problem?.row).toBe(5);
    expect(problem?.message).toContain('"G" is not a source reliability (A to F)');
    expect(w.db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0);
  });
});

describe('grades set by hand', () => {
  it('layers an analyst grade over the imported one, changes the drawn link, and undoes', async () => {
    const w = await imported({ reliability: 'B', credibility: 2 });
    const recordId = idOf(w.db, 'Piet Specimen');
    const sourceBefore = w.db.prepare('SELECT source FROM records WHERE id = ?').pluck().get(recordId);
    await w.call('grading.set', { recordId, reliability: 'E', credibility: 5 });
    expect(gradeOf(await records(w), 'Piet Specimen')).toBe('E5 analyst');
    // The record itself is not rewritten.
    expect(w.db.prepare('SELECT source FROM records WHERE id = ?').pluck().get(recordId)).toBe(sourceBefore);
    // The link has its own (imported) grade, which wins over its records'.
    expect(await linkCredibilities(w)).toEqual([2, 2, 2]);

    const linkId = w.db.prepare('SELECT id FROM links WHERE from_record = ?').pluck().get(recordId) as number;
    await w.call('grading.set', { linkId, reliability: null, credibility: 6 });
    expect(await linkCredibilities(w)).toEqual([2, 2, 6]);
    const link = (await w.call<BudgetedGraph>('graph.get', {})).links.find((l) => l.credibility === 6)!;
    const detail = await w.call<LinkDetail>('links.get', { linkId: link.id });
    expect(detail.recordLinks[0]!.grade).toMatchObject({
      reliability: null,
      credibility: 6,
      from: 'analyst',
    });

    const step = await w.call<HistoryStep>('history.latest', {});
    expect(step!.label).toBe('grading of the uses_phone link from "Piet Specimen" to "(555) 010-0163"');
    await w.call('history.undo', { auditId: step!.auditId });
    expect(await linkCredibilities(w)).toEqual([2, 2, 2]);
    const recordStep = await w.call<HistoryStep>('history.latest', {});
    await w.call('history.undo', { auditId: recordStep!.auditId });
    expect(gradeOf(await records(w), 'Piet Specimen')).toBe('B2 source');
  });

  it('draws an ungraded link by the weaker grade of its records', async () => {
    const w = await imported(undefined);
    expect(await linkCredibilities(w)).toEqual([null, null, null]);
    await w.call('grading.set', {
      recordId: idOf(w.db, 'Wendell Samplesby'),
      reliability: 'B',
      credibility: 2,
    });
    await w.call('grading.set', { recordId: idOf(w.db, '(555) 010-0161'), reliability: 'B', credibility: 4 });
    expect(await linkCredibilities(w)).toEqual([4, null, null]);
  });

  it('takes the grade an analyst gives a fact as they enter it', async () => {
    const w = await imported(undefined);
    const caseId = w.db.prepare('SELECT id FROM cases').pluck().get() as number;
    await w.call('facts.addEntity', {
      caseId,
      type: 'person',
      label: 'Tobias Sample',
      reliability: 'C',
      credibility: 3,
    });
    expect(gradeOf(await records(w), 'Tobias Sample')).toBe('C3 source');
  });

  it('refuses a grade of an unknown record and an input naming both or neither', async () => {
    const w = await imported(undefined);
    const unknown = await w.dispatch('grading.set', { recordId: 99_999, reliability: 'A', credibility: 1 });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    const neither = await w.dispatch('grading.set', { reliability: 'A', credibility: 1 });
    expect(neither.ok ? null : neither.error.code).toBe('INVALID_INPUT');
    const bad = await w.dispatch('grading.set', { recordId: 1, reliability: 'G', credibility: 7 });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
  });
});

describe('grades through exchange', () => {
  it('survive a case package: imported grades in the records, hand grades as the analyst set them', async () => {
    const w = await imported({ reliability: 'B', credibility: 2 });
    await w.call('grading.set', { recordId: idOf(w.db, 'Orla Examplar'), reliability: 'F', credibility: 6 });
    const caseId = w.db.prepare('SELECT id FROM cases').pluck().get() as number;
    const [file] = await w.call<ExchangeFile[]>('exchange.export', { format: 'package', caseIds: [caseId] });
    const other = workbench();
    await other.call('exchange.import', {
      file: upload(file!.name, Buffer.from(file!.data, file!.encoding)),
    });
    const rs = await records(other);
    expect(gradeOf(rs, 'Orla Examplar')).toBe('F6 analyst');
    expect(gradeOf(rs, 'Wendell Samplesby')).toBe('B2 source');
    expect(await linkCredibilities(other)).toEqual([2, 2, 2]);
  });

  it('survive a GraphML and a GEXF export read back in, as reliability and credibility attributes', async () => {
    const w = await imported({ reliabilityColumn: 'rel', credibilityColumn: 'cred' });
    for (const format of ['graphml', 'gexf'] as const) {
      const [file] = await w.call<ExchangeFile[]>('exchange.export', { format });
      const text = Buffer.from(file!.data, file!.encoding).toString('utf8');
      expect(text).toMatch(format === 'graphml' ? /attr.name="credibility"/ : /title="credibility"/);
      const other = workbench();
      await other.call('exchange.import', { file: upload(file!.name, text), caseNumber: 'SMP-GRAPH-001' });
      const rs = await records(other);
      expect(gradeOf(rs, 'Wendell Samplesby')).toBe('A1 source');
      expect(gradeOf(rs, 'Piet Specimen')).toBe('D5 source');
      expect(rs.find((r) => r.label === 'Piet Specimen')!.fields).not.toHaveProperty('credibility');
      expect(await linkCredibilities(other)).toEqual([1, 5, null]);
    }
  });
});
