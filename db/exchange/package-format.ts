// The case package: one JSON document holding cases, their source records, links,
// entity groupings, identifiers, match decisions and provenance. Documented in
// PACKAGE-FORMAT.md; this schema is what an import checks before writing anything.
import { RELIABILITY } from '../../shared/contract/grading-model';
import { z } from 'zod';
import { ENTITY_TYPES, IDENTIFIER_KINDS } from '../../shared/domain/entity-types';
import { LINK_TYPES } from '../../shared/domain/link-types';
import { boundedDepth } from '../safety/json-depth';
import { packageChartSchema } from './package-charts';

export const PACKAGE_FORMAT = 'thorline-case-package';
/** Bump when a reader of the previous version would misread a package. */
export const PACKAGE_FORMAT_VERSION = 1;

const text = (max = 10_000) => z.string().max(max);
const ref = z.string().min(1).max(64);
const stringMap = z.record(z.string().max(100), z.string().max(100_000));

const caseSchema = z.object({
  number: text(64).min(1),
  title: text(300),
  agency: text(200),
  status: z.enum(['open', 'closed', 'referred', 'suspended']),
  openedOn: text(40),
  jurisdiction: text(200),
  summary: text(20_000).default(''),
  origin: z.record(z.string(), boundedDepth()).default({}),
});

/** A grade an analyst set by hand on a record or link (source grading, issue 12). */
const analystGradeSchema = z.object({
  reliability: z.enum(RELIABILITY).nullable(),
  credibility: z.number().int().min(1).max(6).nullable(),
  setBy: text(200),
  setAt: text(40),
});

const recordSchema = z.object({
  ref,
  case: text(64),
  externalId: text(300).nullable(),
  type: z.enum(ENTITY_TYPES),
  label: text(1000),
  fields: stringMap,
  source: z.record(z.string(), boundedDepth()),
  createdAt: text(40),
  analystGrade: analystGradeSchema.optional(),
});

const linkSchema = z.object({
  case: text(64),
  externalId: text(300).nullable(),
  type: z.enum(LINK_TYPES),
  from: ref,
  to: ref,
  label: text(1000),
  occurredOn: text(40).nullable(),
  fields: stringMap,
  source: z.record(z.string(), boundedDepth()),
  analystGrade: analystGradeSchema.optional(),
});

const memberSchema = z.object({
  record: ref,
  reason: z.enum(['own', 'identifier', 'match', 'manual']),
  evidence: boundedDepth(),
  linkedAt: text(40),
});

const entitySchema = z.object({
  ref,
  type: z.enum(ENTITY_TYPES),
  label: text(1000),
  members: z.array(memberSchema).min(1),
});

const decisionSchema = z.object({
  recordA: ref,
  recordB: ref,
  type: z.enum(ENTITY_TYPES),
  score: z.number().min(0).max(1),
  status: z.enum(['accepted', 'rejected', 'unsure']),
  decidedBy: text(200).nullable(),
  decidedAt: text(40).nullable(),
  note: text(2000).nullable(),
  evidence: boundedDepth(),
});

export const packageSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  packageId: text(100),
  exportedAt: text(40),
  origin: z.object({ workspaceId: text(200), workspaceName: text(300), analyst: text(200) }),
  scope: z.object({ caseNumbers: z.array(text(64)), entityIds: z.array(z.number()).optional() }),
  cases: z.array(caseSchema),
  records: z.array(recordSchema),
  links: z.array(linkSchema),
  entities: z.array(entitySchema),
  identifiers: z.array(z.object({ record: ref, kind: z.enum(IDENTIFIER_KINDS), value: text(500) })),
  matchDecisions: z.array(decisionSchema).default([]),
  mergeBlocks: z.array(z.object({ recordA: ref, recordB: ref })).default([]),
  /** Saved charts of the package's entities (older packages have none). */
  charts: z.array(packageChartSchema).max(1000).default([]),
});

export type CasePackage = z.output<typeof packageSchema>;
export type PackageCase = CasePackage['cases'][number];
export type PackageRecord = CasePackage['records'][number];
export type PackageLink = CasePackage['links'][number];
export type PackageEntity = CasePackage['entities'][number];
