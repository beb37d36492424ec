// Pure helpers of the review screen, unit-tested in Node: field alignment for the
// side-by-side view, score bands, queue navigation and keyboard shortcuts.
import type { FieldEvidence } from '../../../../shared/contract/matching-model';

export type ScoreBand = 'all' | 'high' | 'medium' | 'low';

export const SCORE_BANDS: { id: ScoreBand; label: string; min: number; max: number }[] = [
  { id: 'all', label: 'Any score', min: 0, max: 1 },
  { id: 'high', label: '≥ 90 %', min: 0.9, max: 1 },
  { id: 'medium', label: '70–90 %', min: 0.7, max: 0.9 },
  { id: 'low', label: '< 70 %', min: 0, max: 0.7 },
];

export function bandRange(band: ScoreBand): { minScore: number; maxScore: number } {
  const b = SCORE_BANDS.find((x) => x.id === band) ?? SCORE_BANDS[0]!;
  return { minScore: b.min, maxScore: b.max };
}

export type Agreement = 'same' | 'similar' | 'differs' | 'only-a' | 'only-b';

export interface AlignedField {
  field: string;
  a: string;
  b: string;
  agreement: Agreement;
}

/** Case-, accent- and punctuation-folded text, so "José  Hernández" and "jose hernandez" agree. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Both records' fields on shared rows, in the order the first record states them, then
 * fields only the second has. Identical text is 'same', equal after folding 'similar'.
 */
export function alignFields(a: Record<string, string>, b: Record<string, string>): AlignedField[] {
  const names = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
  const rows: AlignedField[] = [];
  for (const field of names) {
    const va = (a[field] ?? '').trim();
    const vb = (b[field] ?? '').trim();
    if (!va && !vb) continue;
    rows.push({ field, a: va, b: vb, agreement: agreementOf(va, vb) });
  }
  return rows;
}

function agreementOf(a: string, b: string): Agreement {
  if (!b) return 'only-a';
  if (!a) return 'only-b';
  if (a === b) return 'same';
  return fold(a) === fold(b) ? 'similar' : 'differs';
}

export { percent } from '../../../../shared/domain/probability';

/** What an empty "To review" queue says: how to get suggestions, not just that there are none. */
export const EMPTY_QUEUE_TEXT =
  'No candidates to review. Press “Run matching” in the top bar to compare the records of every case ' +
  '(or run npm run match -- --workspace FILE); the suggestions to decide appear here.';

/** Bar geometry for one evidence row: share of the largest absolute weight, and its side. */
export function weightBars(evidence: FieldEvidence[]): { share: number; positive: boolean }[] {
  const max = Math.max(1e-9, ...evidence.map((e) => Math.abs(e.weight)));
  return evidence.map((e) => ({ share: Math.abs(e.weight) / max, positive: e.weight >= 0 }));
}

/** The candidate to show after the current one leaves the queue: the next, else the previous. */
export function nextAfterRemoval(ids: number[], current: number): number | null {
  const i = ids.indexOf(current);
  if (i < 0) return ids[0] ?? null;
  return ids[i + 1] ?? ids[i - 1] ?? null;
}

/** Moves the selection by one step in the queue, staying at the ends. */
export function step(ids: number[], current: number | null, by: 1 | -1): number | null {
  if (ids.length === 0) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  if (i < 0) return ids[0]!;
  return ids[Math.min(ids.length - 1, Math.max(0, i + by))]!;
}

export type ReviewCommand = 'accepted' | 'rejected' | 'unsure' | 'next' | 'previous';

/** The review shortcuts; null for keys that are not ours (or come with a modifier). */
export function commandForKey(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): ReviewCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'a':
    case 'A':
      return 'accepted';
    case 'r':
    case 'R':
      return 'rejected';
    case 'u':
    case 'U':
      return 'unsure';
    case 'j':
    case 'J':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'K':
    case 'ArrowUp':
      return 'previous';
    default:
      return null;
  }
}

/** Analyst wording of an evidence level, for the small tag beside each row. */
export const LEVEL_TEXT: Record<string, string> = {
  exact: 'exact',
  phonetic: 'sounds alike',
  close: 'close',
  similar: 'similar',
  partial: 'partial',
  differs: 'differs',
  missing: 'missing',
};
