// Review bookkeeping in the window: links read the right way round, probabilities are
// rounded, a merged-away entity is no raw NOT_FOUND banner, an empty queue says what to do.
import { describe, expect, it } from 'vitest';
import { CallFailed } from '../../../renderer/src/client/call-failed';
import { isGone, shouldReport } from '../../../renderer/src/data/query-errors';
import { membershipNote } from '../../../renderer/src/components/inspector/EntityInspector';
import { EMPTY_QUEUE_TEXT } from '../../../renderer/src/components/review/review-logic';
import { linkSentence } from '../../../shared/domain/link-sentence';
import type { EntityMembership } from '../../../shared/contract/model';

const notFound = new CallFailed('entities.get', { code: 'NOT_FOUND', message: 'No entity with id 12.' });

describe('links read in the right direction', () => {
  const purchase = { label: 'Purchase 2021-03-02', type: 'purchase' as const };
  const kayla = { label: 'Kayla Voss', type: 'person' as const };
  const rifle = { label: 'Testmark AR-Sample SN TRN-SMP-0001', type: 'firearm' as const };

  it('puts the buyer first: "Kayla Voss purchased Purchase …"', () => {
    expect(linkSentence('purchased', purchase, kayla)).toEqual({
      subject: 'Kayla Voss',
      verb: 'purchased',
      object: 'Purchase 2021-03-02',
    });
  });

  it('keeps links whose stored direction already reads right', () => {
    expect(linkSentence('purchased', purchase, rifle).subject).toBe('Purchase 2021-03-02');
    expect(linkSentence('uses_phone', kayla, { label: '(555) 010-0131', type: 'phone' })).toEqual({
      subject: 'Kayla Voss',
      verb: 'uses phone',
      object: '(555) 010-0131',
    });
    expect(linkSentence('purchased', purchase, kayla, 'bought').verb).toBe('bought');
  });
});

describe('probabilities and notices', () => {
  it('shows a match member’s probability rounded, not 0.9990461321777622', () => {
    const m = {
      reason: 'match',
      evidence: JSON.stringify({ candidateId: 7, score: 0.9990461321777622, analyst: 'Rivera' }),
    } as unknown as EntityMembership;
    expect(membershipNote(m)).toBe('joined by an accepted match: probability 99.9 %, analyst Rivera');
  });

  it('keeps NOT_FOUND of an entity shown before and merged away since out of the notices', () => {
    expect(shouldReport(notFound, { quietNotFound: true }, true)).toBe(false);
    expect(isGone(notFound, true)).toBe(true);
    // A first read that fails is reported: nothing on screen explains it.
    expect(shouldReport(notFound, { quietNotFound: true }, false)).toBe(true);
    expect(isGone(notFound, false)).toBe(false);
    expect(shouldReport(notFound, {}, true)).toBe(true);
    expect(shouldReport(notFound, undefined, true)).toBe(true);
    const internal = new CallFailed('entities.get', { code: 'INTERNAL', message: 'disk I/O error' });
    expect(shouldReport(internal, { quietNotFound: true }, true)).toBe(true);
    expect(isGone(internal, true)).toBe(false);
  });

  it('tells an empty queue how to run matching', () => {
    expect(EMPTY_QUEUE_TEXT).toContain('“Run matching”');
    expect(EMPTY_QUEUE_TEXT).toContain('npm run match -- --workspace FILE');
  });
});
