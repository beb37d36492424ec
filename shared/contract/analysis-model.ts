// Shapes of network analysis results (issue 11): paths with their evidence, key players and structure.
import type { EntityType } from '../domain/entity-types';
import type { LinkDetail } from './model';

export interface EntityRef {
  id: number;
  type: EntityType;
  label: string;
}

/** One step of a path: two adjacent entities and every drawn link between them, with its records. */
export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  links: LinkDetail[];
  /** Cases whose records state this step. */
  caseNumbers: string[];
}

export interface EntityPath {
  entities: EntityRef[];
  steps: PathStep[];
  /** Drawn link ids along the path, for highlighting on the chart. */
  linkIds: string[];
}

export interface PathsResult {
  from: EntityRef;
  /** Shortest first. */
  paths: EntityPath[];
  /** True when more paths exist than were returned. */
  truncated: boolean;
}

export const MEASURES = ['degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector'] as const;
export type Measure = (typeof MEASURES)[number];

export interface EntityMeasures extends EntityRef {
  caseIds: number[];
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  /** Index of its separate network (largest first). */
  component: number;
  /** Louvain community. */
  community: number;
  /** Removing it splits its network. */
  articulation: boolean;
}

export interface SeparateNetwork {
  index: number;
  entityIds: number[];
  caseNumbers: string[];
}

export interface NetworkBridge {
  from: EntityRef;
  to: EntityRef;
  linkIds: string[];
}

export interface NetworkStructure {
  entities: EntityMeasures[];
  /** Connected components, largest first. */
  networks: SeparateNetwork[];
  communityCount: number;
  /** Drawn links whose removal splits a network. */
  bridges: NetworkBridge[];
  caseCount: number;
  /** Measures estimated from a sample of entities: the network is too large for an exact answer (see structure.ts). */
  estimated: Measure[];
  /** How many entities the estimate searched from (0 when every measure is exact). */
  pivots: number;
}

/**
 * analysis.structure's answer: what the screens show of the whole network. Every entity's
 * measures (6 MB at 24,000 records) are kept by the backend under `measured` and read a page,
 * or a chart's entities, at a time (analysis.keyPlayers).
 */
export interface StructureSummary {
  /** Names this measuring, for analysis.keyPlayers. */
  measured: string;
  entityCount: number;
  /** Separate networks, lone entities included. */
  networkCount: number;
  /** Separate networks of more than one entity. */
  joinedNetworkCount: number;
  /** Cases the largest separate network joins (0 when it is a lone entity). */
  largestNetworkCaseCount: number;
  communityCount: number;
  bridgeCount: number;
  caseCount: number;
  /** Up to 4 entities in more than one case whose removal splits their network, highest betweenness first. */
  joiners: EntityRef[];
  estimated: Measure[];
  pivots: number;
}

/** The most rows one analysis.keyPlayers page holds (an export reads every row in such pages). */
export const KEY_PLAYERS_PAGE_MAX = 2000;

/** A page of key players, or the entities asked for by id. */
export interface KeyPlayersPage {
  /** Entities that match (of the type asked for), before paging. */
  total: number;
  entities: EntityMeasures[];
}

export const INDICATOR_KINDS = [
  'multiple_sale',
  'time_to_crime',
  'high_demand_repeat',
  'cross_agency',
  'far_purchase_recovered_in_mexico',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface IndicatorThresholds {
  /** Multiple sale: this many firearms or more... */
  multipleSaleFirearms: number;
  /** ...bought by one person within this many business days. */
  multipleSaleBusinessDays: number;
  /** Time-to-crime: recovered within this many days of purchase. */
  timeToCrimeDays: number;
  /** High-demand models: this many or more bought by one person. */
  highDemandFirearms: number;
  /** One identifier in cases of at least this many agencies. */
  crossAgencyCount: number;
}

/** One indicator found on one entity, with the facts that raised it. */
export interface IndicatorHit {
  kind: IndicatorKind;
  entity: EntityRef;
  /** A one-line summary, e.g. "4 firearms in 3 business days". */
  summary: string;
  /** The facts behind it, one per line, each naming its case. */
  evidence: string[];
  caseNumbers: string[];
  /** The figure compared with the threshold (days, firearms, agencies). */
  value: number;
}

/** Pushed while analysis.structure runs with a runId: how far it has come (analysis.cancel stops it). */
export interface StructureRunProgress {
  runId: string;
  /** Steps done of the total (each pivot search of an estimate is a step). */
  done: number;
  total: number;
  message: string;
}
