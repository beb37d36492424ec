// Source grading as analysts use it (the 6x6 Admiralty/NATO system): the source's
// reliability, A (completely reliable) to F (cannot be judged), and the information's
// credibility, 1 (confirmed by other sources) to 6 (truth cannot be judged).
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const RELIABILITY_NAMES: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_NAMES: Record<Credibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** A grade; either half may be unknown. */
export interface Grade {
  reliability: Reliability | null;
  credibility: Credibility | null;
}

/** A record's or a link's grade: the one it was imported with, and the analyst's, which wins. */
export interface GradeInfo extends Grade {
  /** Where the grade in force comes from: the import ('source'), an analyst ('analyst'), or none. */
  from: 'source' | 'analyst' | null;
  imported: Grade | null;
}

export interface GradeResult extends GradeInfo {
  recordId?: number;
  linkId?: number;
}

/** "B2", "B", "2" or "ungraded". */
export function gradeText(g: Grade | null | undefined): string {
  if (!g || (g.reliability === null && g.credibility === null)) return 'ungraded';
  return `${g.reliability ?? ''}${g.credibility ?? ''}`;
}
