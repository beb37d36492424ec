import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../../shared/contract/matching-model';
import { toPossibleLinks } from '../../../renderer/src/components/review/possible-links';
import {
  alignFields,
  bandRange,
  commandForKey,
  fold,
  nextAfterRemoval,
  percent,
  step,
  weightBars,
} from '../../../renderer/src/components/review/review-logic';

describe('alignFields', () => {
  it('puts both records on shared rows and marks agreement', () => {
    const rows = alignFields(
      { name: 'José Hernández Ruiz', dob: '1988-04-02', role: 'broker' },
      { name: 'jose hernandez ruiz', dob: '1988-02-04', alias: 'El Flaco' },
    );
    expect(rows).toEqual([
      { field: 'name', a: 'José Hernández Ruiz', b: 'jose hernandez ruiz', agreement: 'similar' },
      { field: 'dob', a: '1988-04-02', b: '1988-02-04', agreement: 'differs' },
      { field: 'role', a: 'broker', b: '', agreement: 'only-a' },
      { field: 'alias', a: '', b: 'El Flaco', agreement: 'only-b' },
    ]);
  });

  it('calls identical values the same and drops fields empty on both sides', () => {
    const rows = alignFields({ serial: 'TST100001', note: ' ' }, { serial: 'TST100001', note: '' });
    expect(rows).toEqual([{ field: 'serial', a: 'TST100001', b: 'TST100001', agreement: 'same' }]);
  });

  it('folds accents, case and punctuation', () => {
    expect(fold('  Hernández-Ruiz, José ')).toBe('hernandez ruiz jose');
  });
});

describe('queue navigation', () => {
  it('moves on to the next candidate after a decision, or back at the end', () => {
    expect(nextAfterRemoval([5, 7, 9], 7)).toBe(9);
    expect(nextAfterRemoval([5, 7, 9], 9)).toBe(7);
    expect(nextAfterRemoval([5], 5)).toBeNull();
    expect(nextAfterRemoval([5, 7], 42)).toBe(5);
  });

  it('steps through the queue and stays at its ends', () => {
    expect(step([1, 2, 3], 1, 1)).toBe(2);
    expect(step([1, 2, 3], 3, 1)).toBe(3);
    expect(step([1, 2, 3], 1, -1)).toBe(1);
    expect(step([1, 2, 3], null, 1)).toBe(1);
    expect(step([], null, 1)).toBeNull();
  });

  it('maps the shortcuts shown in the UI, ignoring modified keys', () => {
    expect(commandForKey({ key: 'a' })).toBe('accepted');
    expect(commandForKey({ key: 'R' })).toBe('rejected');
    expect(commandForKey({ key: 'u' })).toBe('unsure');
    expect(commandForKey({ key: 'j' })).toBe('next');
    expect(commandForKey({ key: 'ArrowDown' })).toBe('next');
    expect(commandForKey({ key: 'k' })).toBe('previous');
    expect(commandForKey({ key: 'ArrowUp' })).toBe('previous');
    expect(commandForKey({ key: 'a', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'x' })).toBeNull();
  });
});

describe('scores and evidence', () => {
  it('shows scores as percentages, with a decimal near the ends', () => {
    expect(percent(0.9994)).toBe('99.9 %');
    expect(percent(0.99986)).toBe('> 99.9 %');
    expect(percent(1)).toBe('100.0 %');
    expect(percent(0.72)).toBe('72 %');
    expect(percent(0.004)).toBe('0.4 %');
  });

  it('gives bands that cover the whole scale', () => {
    expect(bandRange('all')).toEqual({ minScore: 0, maxScore: 1 });
    expect(bandRange('high').minScore).toBe(bandRange('medium').maxScore);
    expect(bandRange('medium').minScore).toBe(bandRange('low').maxScore);
  });

  it('scales weight bars to the strongest evidence, on the side of its sign', () => {
    const bars = weightBars([
      { field: 'dob', level: 'exact', weight: 8, text: 'same date of birth' },
      { field: 'given', level: 'differs', weight: -2, text: 'first name differs' },
    ]);
    expect(bars).toEqual([
      { share: 1, positive: true },
      { share: 0.25, positive: false },
    ]);
  });
});

describe('possible-same links', () => {
  const record = (id: number, entityId: number) => ({
    id,
    caseId: 1,
    caseNumber: 'C-1',
    externalId: null,
    type: 'person' as const,
    label: `r${id}`,
    fields: {},
    source: { kind: 'scenario' as const },
    entityId,
  });
  const candidate = (id: number, a: number, b: number, status: MatchCandidate['status']): MatchCandidate => ({
    id,
    type: 'person',
    score: 0.8,
    status,
    recordA: record(id * 10, a),
    recordB: record(id * 10 + 1, b),
    caseA: { id: 1, number: 'C-1', title: '' },
    caseB: { id: 2, number: 'C-2', title: '' },
    evidence: [],
    decidedBy: null,
    decidedAt: null,
  });

  it('draws pending candidates between the entities holding their records', () => {
    const links = toPossibleLinks([
      candidate(1, 11, 12, 'pending'),
      candidate(2, 11, 11, 'pending'),
      candidate(3, 13, 14, 'rejected'),
    ]);
    expect(links).toEqual([{ kind: 'possible', id: '1', from: 11, to: 12, label: 'possible same 80 %' }]);
  });
});
