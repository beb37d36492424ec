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
}
