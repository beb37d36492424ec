// Shapes of the data that crosses the contract, in the analyst's language.
import type { Grade, GradeInfo } from './grading-model';
import type { EntityType, IdentifierKind } from '../domain/entity-types';
import type { LinkType } from '../domain/link-types';

export type CaseStatus = 'open' | 'closed' | 'referred' | 'suspended';

export interface CaseSummary {
  id: number;
  number: string;
  title: string;
  agency: string;
  status: CaseStatus;
  openedOn: string;
  jurisdiction: string;
  summary: string;
  recordCount: number;
  /** When the case was closed, if it was (case management). */
  closedOn?: string | null;
}

/** Where a source record came from: the scenario, a file row, a package. */
export interface RecordSource {
  kind: 'scenario' | 'file' | 'package' | 'manual' | 'graph' | 'analyst';
  file?: string;
  sheet?: string;
  row?: number;
  workspace?: string;
  analyst?: string;
  /** An analyst-entered fact: the day it was stated and the analyst's own words. */
  writtenOn?: string;
  text?: string;
  /** The source grade the record or link was imported with (issue 12). */
  grade?: Grade;
}

export interface SourceRecord {
  id: number;
  caseId: number;
  caseNumber: string;
  externalId: string | null;
  type: EntityType;
  label: string;
  fields: Record<string, string>;
  source: RecordSource;
  entityId: number;
  /** Its source grade: imported with it, or set by an analyst (which wins). */
  grade?: GradeInfo;
}

export interface GraphNode {
  /** Entity id. */
  id: number;
  type: EntityType;
  label: string;
  /** Ids of the cases whose records this entity holds. */
  caseIds: number[];
  recordCount: number;
  /** Role of a person, when the records state one. */
  role?: string;
  /** True when the entity holds records from more than one case. */
  crossCase: boolean;
  /** Dates its records state (purchase, crossing, recovery…), ISO, sorted; absent when none. */
  dates?: string[];
}

export interface GraphLink {
  /** Stable key: `${from}>${type}>${to}`. */
  id: string;
  from: number;
  to: number;
  type: LinkType;
  label: string;
  caseIds: number[];
  /** Number of source links behind this drawn link. */
  recordLinkCount: number;
  /** Dates its source links occurred on, ISO, sorted; absent when none. */
  dates?: string[];
  /**
   * Credibility (1-6) of the best-graded source link behind it: a link's own grade (by hand,
   * else imported), else the weaker of its two records' grades. Absent when none is graded.
   */
  credibility?: number;
}

/** An entity's links of one type (expand by link type). */
export interface LinkTypeCount {
  type: LinkType;
  label: string;
  /** Source links of this type touching the entity. */
  links: number;
  /** Distinct entities at their other end. */
  neighbours: number;
}

export interface EntityLinkCounts {
  entityId: number;
  /** Distinct neighbours over all types (an entity can be joined to one by several types). */
  neighbours: number;
  /** Most neighbours first. */
  types: LinkTypeCount[];
}

export interface GraphData {
  nodes: GraphNode[];
  links: GraphLink[];
}

/** A chart's data cut to a budget: the most connected entities, and what was left out. */
export interface BudgetedGraph extends GraphData {
  /** The most entities this answer could hold. */
  budget: number;
  /** Entities in the scope (or neighbours of the entity, plus itself) before the cut. */
  totalEntities: number;
  omitted: { entities: number; links: number };
}

/** One page of case pairs, strongest (most shared entities) first. */
export interface ConnectionsPage {
  total: number;
  connections: CaseConnection[];
}

export interface ConnectionEvidence {
  entityId: number;
  entityLabel: string;
  entityType: EntityType;
  /** How the records came to be one entity. */
  reason: 'identifier' | 'match' | 'manual';
  /** For identifier links: the kind and normalised value shared. */
  identifierKind?: IdentifierKind;
  identifierValue?: string;
  /** One record from each of the two cases. */
  recordIds: number[];
}

export interface CaseConnection {
  caseA: { id: number; number: string; title: string };
  caseB: { id: number; number: string; title: string };
  evidence: ConnectionEvidence[];
}

export interface EntityMembership {
  record: SourceRecord;
  reason: 'own' | 'identifier' | 'match' | 'manual';
  evidence: string;
  linkedAt: string;
}

export interface EntityDetail {
  id: number;
  type: EntityType;
  label: string;
  /** Values collected from all records, field → distinct values. */
  properties: Record<string, string[]>;
  members: EntityMembership[];
  cases: { id: number; number: string; title: string; agency: string }[];
  identifiers: { kind: IdentifierKind; value: string }[];
}

export interface RecordLink {
  id: number;
  caseId: number;
  caseNumber: string;
  type: LinkType;
  label: string;
  occurredOn: string | null;
  fields: Record<string, string>;
  fromRecord: SourceRecord;
  toRecord: SourceRecord;
  /** The link's own source grade: imported with it, or set by an analyst. */
  grade?: GradeInfo;
}

export interface LinkDetail {
  id: string;
  type: LinkType;
  from: { id: number; label: string; type: EntityType };
  to: { id: number; label: string; type: EntityType };
  recordLinks: RecordLink[];
}

export interface SearchHit {
  entityId: number;
  type: EntityType;
  label: string;
  matched: string;
  caseNumbers: string[];
}

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  caseCount: number;
  recordCount: number;
  entityCount: number;
  linkCount: number;
  hasGroundTruth: boolean;
  /** Opened read-only (the file cannot be written): every change is refused with READ_ONLY. */
  readOnly?: boolean;
}
