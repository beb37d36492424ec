// The case map (issue 10): the overview the workbench opens on. One node per case, one
// link per pair of cases that share entities, weighted by how many they share. Past the
// budget it keeps the most connected cases and says how many it left out.

/** Cases drawn on one case map unless the caller asks for fewer (hundreds stay fluid). */
export const CASEMAP_BUDGET = 250;
/** The most cases a caller may ask for. */
export const CASEMAP_MAX_BUDGET = 2000;

export interface CaseMapCase {
  id: number;
  number: string;
  title: string;
  agency: string;
  /** The case's jurisdiction (a state, a Mexican state, a country). */
  state: string;
  recordCount: number;
  /** Entities this case shares with other cases, summed over its links (0: it stands apart). */
  sharedWeight: number;
  /** Which separate network the case belongs to (0 = the largest); cases apart have their own. */
  network: number;
}

export interface CaseMapLink {
  caseA: number;
  caseB: number;
  /** Entities holding records of both cases. */
  shared: number;
  /** Of those, entities whose records were joined by an accepted (or automatic) match. */
  matched: number;
}

export interface CaseMapSummary {
  /** All cases of the workspace, drawn or not. */
  cases: number;
  /** Separate networks, counting each case that shares nothing as a network of its own. */
  networks: number;
  /** Cases in the largest network. */
  largestNetwork: number;
  /** Cases that share no entity with any other case. */
  apart: number;
  /** Case pairs that share at least one entity. */
  links: number;
}

export interface CaseMap {
  cases: CaseMapCase[];
  links: CaseMapLink[];
  summary: CaseMapSummary;
  budget: number;
  omitted: { cases: number; links: number };
}
