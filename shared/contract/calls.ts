// THE contract: every call between the renderer and the backend, with its runtime
// input schema, its output type and whether it writes. Both hosts validate with it;
// db/api implements it; the renderer's client is typed from it.
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/entity-types';
import { LINK_TYPES } from '../domain/link-types';
import type {
  BudgetedGraph,
  CaseConnection,
  CaseSummary,
  ConnectionsPage,
  EntityDetail,
  EntityLinkCounts,
  LinkDetail,
  SearchHit,
  SourceRecord,
  WorkspaceInfo,
} from './model';
import type {
  AuditEntry,
  JobStatus,
  MatchCandidate,
  MatchingSettings,
  UnmergeResult,
  WeightEstimate,
} from './matching-model';
import type {
  ExchangeFile,
  ImportPreview,
  ImportReport,
  ImportSpec,
  PackageImportReport,
} from './exchange-model';
import { importSpecSchema, specOrSavedName } from './import-spec';
import type { HistoryStep } from './history-model';
import { RELIABILITY, type GradeResult } from './grading-model';
import { CONNECTIONS_PAGE, GRAPH_BUDGET, MAX_BUDGET, NEIGHBOUR_BUDGET } from './budget';
import type { IndicatorHit, IndicatorThresholds, PathsResult } from './analysis-model';
import type { KeyPlayersPage, StructureSummary } from './analysis-model';
import { KEY_PLAYERS_PAGE_MAX, MEASURES } from './analysis-model';
import type { TrainingStatus } from './training-model';
import {
  CASE_STATUSES,
  type AnalystFact,
  type AnalystNote,
  type CaseRemoval,
  type CaseRemovalPreview,
  type RemovedCase,
} from './case-model';
import {
  chartDocumentSchema,
  type ChartSession,
  type SavedChart,
  type SavedChartSummary,
} from './chart-model';
import type { EntityPlace, GazetteerHit, MapPlaces } from './map-model';
import { CASEMAP_BUDGET, CASEMAP_MAX_BUDGET, type CaseMap } from './casemap-model';

/** A phantom carrier for a call's output type: no runtime cost. */
const out = <T>() => undefined as unknown as T;

const id = z.number().int().positive();
const caseIds = z.array(id).max(10_000).optional();
const shortText = z.string().max(500);
/** A caller-chosen name for a long read it may cancel (letters, digits, - and _). */
const runId = z.string().regex(/^[\w-]{1,100}$/, 'letters, digits, - and _ only (at most 100)');

/** A file sent by the renderer: its name and its bytes in base64. */
const uploadedFile = z.strictObject({
  name: z.string().min(1).max(260),
  base64: z.string().max(200_000_000),
});

/** What a table import needs: the file, the mapping, the target case and the choices. */
const importTableInput = z.strictObject({
  file: uploadedFile,
  spec: specOrSavedName,
  case: z.strictObject({
    number: z.string().trim().min(1).max(64),
    title: z.string().trim().max(300).optional(),
    agency: z.string().trim().max(200).optional(),
    jurisdiction: z.string().trim().max(200).optional(),
  }),
  skipInvalidRows: z.boolean().default(false),
  /** Start a background matching run once the import is written. */
  match: z.boolean().default(true),
});

/** A case's own fields (case management): bookkeeping, not source records. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const caseFields = {
  number: z.string().trim().min(1, 'a case number is required').max(64),
  title: z.string().trim().min(1, 'a title is required').max(300),
  agency: z.string().trim().max(200),
  status: z.enum(CASE_STATUSES),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  jurisdiction: z.string().trim().max(200),
  summary: z.string().trim().max(4000),
};

/** Who stated an analyst-entered fact, when, and in their own words (analyst-entered facts). */
const authorship = {
  author: z.string().trim().min(1).max(120).optional(),
  writtenOn: isoDate.optional(),
  text: z.string().trim().max(4000).default(''),
};
const factFields = z.record(z.string().max(100), z.string().max(10_000));
/** The source grade an analyst gives a fact as they enter it (A-F, 1-6). */
const factGrade = {
  reliability: z.enum(RELIABILITY).optional(),
  credibility: z.number().int().min(1).max(6).optional(),
};

/** A saved chart's name and its thumbnail (a small PNG as a data: URL). */
const chartName = z.string().trim().min(1, 'a chart needs a name').max(200);
const pngDataUrl = z
  .string()
  .max(2_000_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'expected a PNG as a data: URL');

/**
 * writes: the call itself changes the workspace before it answers (refused while an import
 * holds the write lock; one workspace.changed event after commit, see call-changes.ts).
 * Calls that start a job are not writes: the job announces its own commit.
 * ownTransaction: the handler commits its own transaction (it awaits between reads and
 * writes); otherwise dispatch runs a writing handler in one transaction.
 */
function call<I extends z.ZodType, O>(def: {
  input: I;
  output: O;
  writes: boolean;
  ownTransaction?: true;
  /** Answered by the host itself (it opens another workspace file), never by the workspace's dispatch. */
  host?: true;
  doc: string;
}) {
  return def;
}

export const CALLS = {
  // ---- workspace and cases (issue 2)
  'workspace.info': call({
    doc: 'Path, name and counts of the open workspace.',
    input: z.strictObject({}),
    output: out<WorkspaceInfo>(),
    writes: false,
  }),
  'cases.list': call({
    doc: 'Cases, optionally filtered by number, title, agency or jurisdiction.',
    input: z.strictObject({ filter: shortText.optional() }),
    output: out<CaseSummary[]>(),
    writes: false,
  }),
  'records.list': call({
    doc: 'Source records of the given cases (all cases when caseIds is absent).',
    input: z.strictObject({
      caseIds,
      limit: z.number().int().min(1).max(5000).default(500),
      offset: z.number().int().min(0).default(0),
    }),
    output: out<{ total: number; records: SourceRecord[] }>(),
    writes: false,
  }),
  'graph.get': call({
    doc: 'Entities and drawn links holding records of the given cases (whole workspace when absent); past `limit` entities, the most connected ones and what was left out.',
    input: z.strictObject({ caseIds, limit: z.number().int().min(1).max(MAX_BUDGET).default(GRAPH_BUDGET) }),
    output: out<BudgetedGraph>(),
    writes: false,
  }),
  'graph.neighbours': call({
    doc: "An entity's neighbours from the whole workspace, with the links to them; past `limit` neighbours not `onChart`, the most strongly linked ones and what was left out.",
    input: z.strictObject({
      entityId: id,
      limit: z.number().int().min(0).max(MAX_BUDGET).default(NEIGHBOUR_BUDGET),
      /** Only neighbours joined by links of these types (expand by link type). */
      linkTypes: z.array(z.enum(LINK_TYPES)).min(1).max(LINK_TYPES.length).optional(),
      /** Entities already on the chart (hidden ones too): they come back when they are neighbours, outside `limit`. */
      onChart: z.array(id).max(100_000).optional(),
    }),
    output: out<BudgetedGraph>(),
    writes: false,
  }),
  'entities.linkCounts': call({
    doc: "An entity's links by type across the whole workspace: how many source links and neighbours of each type, and its neighbours in all.",
    input: z.strictObject({ entityId: id }),
    output: out<EntityLinkCounts>(),
    writes: false,
  }),
  'connections.list': call({
    doc: 'Pairs of cases that share an entity, strongest first, one page at a time with the total (among the given cases when present).',
    input: z.strictObject({
      caseIds,
      limit: z.number().int().min(1).max(1000).default(CONNECTIONS_PAGE),
      offset: z.number().int().min(0).default(0),
    }),
    output: out<ConnectionsPage>(),
    writes: false,
  }),
  'entities.get': call({
    doc: "An entity's properties, identifiers, cases and every source record it holds.",
    input: z.strictObject({ entityId: id }),
    output: out<EntityDetail>(),
    writes: false,
  }),
  'links.get': call({
    doc: 'A drawn link and the source links (with their records and cases) behind it.',
    input: z.strictObject({ linkId: z.string().regex(/^\d+>[a-z_]+>\d+$/, 'expected from>type>to') }),
    output: out<LinkDetail>(),
    writes: false,
  }),
  'search.entities': call({
    doc: 'Full-text search over names and identifiers.',
    input: z.strictObject({
      query: z.string().trim().min(1).max(200),
      limit: z.number().int().min(1).max(200).default(20),
      types: z.array(z.enum(ENTITY_TYPES)).optional(),
    }),
    output: out<SearchHit[]>(),
    writes: false,
  }),

  // ---- matching, review and merges (issue 3)
  'matching.settings.get': call({
    doc: 'Analyst name and auto-merge thresholds of this workspace.',
    input: z.strictObject({}),
    output: out<MatchingSettings>(),
    writes: false,
  }),
  'matching.settings.set': call({
    doc: 'Change the analyst name or auto-merge thresholds (null turns auto-merge off for a type).',
    input: z.strictObject({
      analyst: z.string().trim().min(1).max(120).optional(),
      reviewThreshold: z.number().min(0).max(1).optional(),
      autoMergeThresholds: z
        .partialRecord(z.enum(ENTITY_TYPES), z.number().min(0).max(1).nullable())
        .optional(),
    }),
    output: out<MatchingSettings>(),
    writes: true,
  }),
  'matching.estimate.get': call({
    doc: 'The person weights estimated from this workspace: from how many people and pairs, and when (null: none yet).',
    input: z.strictObject({}),
    output: out<WeightEstimate | null>(),
    writes: false,
  }),
  'matching.estimate.run': call({
    doc: 'Estimate the person weights again from the records the workspace holds now.',
    input: z.strictObject({}),
    output: out<WeightEstimate | null>(),
    writes: true,
  }),
  'matching.start': call({
    doc: 'Start a matching run off the UI path; progress arrives as job.progress events.',
    input: z.strictObject({ caseIds }),
    output: out<JobStatus>(),
    writes: false,
  }),
  'jobs.status': call({
    doc: 'Status of a background job.',
    input: z.strictObject({ jobId: z.string().min(1).max(64) }),
    output: out<JobStatus>(),
    writes: false,
  }),
  'jobs.cancel': call({
    doc: 'Cancel a background job; the workspace stays as it was before the job.',
    input: z.strictObject({ jobId: z.string().min(1).max(64) }),
    output: out<JobStatus>(),
    writes: false,
  }),
  'candidates.list': call({
    doc: 'The review queue: pending match candidates, highest score first, with evidence.',
    input: z.strictObject({
      types: z.array(z.enum(ENTITY_TYPES)).optional(),
      caseId: id.optional(),
      minScore: z.number().min(0).max(1).default(0),
      maxScore: z.number().min(0).max(1).default(1),
      status: z.enum(['pending', 'accepted', 'rejected', 'unsure', 'all']).default('pending'),
      limit: z.number().int().min(1).max(1000).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    output: out<{ total: number; candidates: MatchCandidate[] }>(),
    writes: false,
  }),
  'candidates.decide': call({
    doc: 'Accept (merge), reject or mark unsure a candidate; recorded in the audit log.',
    input: z.strictObject({
      candidateId: id,
      decision: z.enum(['accepted', 'rejected', 'unsure']),
      note: z.string().max(2000).optional(),
    }),
    output: out<MatchCandidate>(),
    writes: true,
  }),
  'entities.unmerge': call({
    doc: 'Split a source record out of its entity into an entity of its own.',
    input: z.strictObject({ recordId: id, note: z.string().max(2000).optional() }),
    output: out<UnmergeResult>(),
    writes: true,
  }),
  'audit.list': call({
    doc: 'The audit log of decisions, merges and unmerges, newest first.',
    input: z.strictObject({
      limit: z.number().int().min(1).max(1000).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    output: out<{ total: number; entries: AuditEntry[] }>(),
    writes: false,
  }),

  // ---- import and exchange (issue 4)
  'import.preview': call({
    doc: 'Parse a table file with a mapping (a spec object or a saved spec name) and report rows and per-row problems; writes nothing.',
    input: z.strictObject({
      file: uploadedFile,
      spec: specOrSavedName,
      limit: z.number().int().min(1).max(1000).default(50),
    }),
    output: out<ImportPreview>(),
    writes: false,
  }),
  'import.run': call({
    doc: 'Import a table file into a case (existing by number, or new) in one transaction; spec is a spec object or a saved spec name.',
    input: importTableInput,
    output: out<ImportReport>(),
    // The handler reads the file asynchronously (.xlsx), then writes in one
    // transaction of its own; dispatch must not wrap it (it would span the awaits).
    writes: true,
    ownTransaction: true,
  }),
  'import.start': call({
    doc: 'Start a table import as a background job (same input as import.run); progress arrives as job.progress events, jobs.cancel leaves the workspace as it was, and the final status carries the report.',
    input: importTableInput,
    output: out<JobStatus>(),
    // The job writes in a worker thread with a connection and a transaction of its own.
    writes: false,
  }),
  'importSpecs.list': call({
    doc: 'Saved import specifications of this workspace.',
    input: z.strictObject({}),
    output: out<ImportSpec[]>(),
    writes: false,
  }),
  'importSpecs.save': call({
    doc: 'Save (or replace by name) an import specification.',
    input: z.strictObject({ spec: importSpecSchema }),
    output: out<ImportSpec>(),
    writes: true,
  }),
  'exchange.export': call({
    doc: 'Export cases or the chart as a case package, GraphML, GEXF or CSV files.',
    input: z.strictObject({
      format: z.enum(['package', 'graphml', 'gexf', 'csv']),
      caseIds,
      entityIds: z.array(id).max(100_000).optional(),
      positions: z.record(z.string(), z.strictObject({ x: z.number(), y: z.number() })).optional(),
      /** Package only: saved charts to carry (default: every saved chart wholly inside the package). */
      chartIds: z.array(id).max(1000).optional(),
    }),
    output: out<ExchangeFile[]>(),
    writes: false,
  }),
  'exchange.import': call({
    doc: 'Import a case package, GraphML or GEXF file; validated whole before anything is written.',
    input: z.strictObject({
      file: uploadedFile,
      caseNumber: z.string().trim().min(1).max(64).optional(),
      /** Import a one-case package under this case number instead of its own. */
      asCaseNumber: z.string().trim().min(1).max(64).optional(),
      labelAttribute: z.string().trim().min(1).max(100).optional(),
    }),
    output: out<PackageImportReport>(),
    writes: true,
  }),

  // ---- network analysis (issue 11)
  'analysis.paths': call({
    doc: 'Paths from an entity to another entity or to the nearest entities of a type, each step with its source records and cases.',
    input: z.strictObject({
      from: id,
      to: id.optional(),
      toType: z.enum(ENTITY_TYPES).optional(),
      mode: z.enum(['shortest', 'all']).default('shortest'),
      maxLength: z.number().int().min(1).max(8).default(6),
      limit: z.number().int().min(1).max(100).default(20),
      caseIds,
      skipTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
      skipCaseIds: caseIds,
    }),
    output: out<PathsResult>(),
    writes: false,
  }),
  'analysis.structure': call({
    doc: 'Key players and structure: centrality measures, separate networks, communities, bridges and articulation points.',
    input: z.strictObject({
      caseIds,
      skipTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
      /** Names this run: analysis.progress events carry it and analysis.cancel stops it. */
      runId: runId.optional(),
    }),
    output: out<StructureSummary>(),
    writes: false,
  }),
  'analysis.keyPlayers': call({
    doc: "Entities' key-player measures from a measuring (analysis.structure's `measured`): a page sorted by a measure or by name, or the entities named by `ids`.",
    input: z.strictObject({
      measured: z.string().regex(/^[\w-]{1,100}$/, 'letters, digits, - and _ only (at most 100)'),
      /** The scope measured: measured again if the backend no longer keeps that measuring. */
      caseIds,
      skipTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
      sort: z.enum([...MEASURES, 'label']).default('betweenness'),
      desc: z.boolean().default(true),
      type: z.enum(ENTITY_TYPES).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(KEY_PLAYERS_PAGE_MAX).default(60),
      /** These entities only (a chart's), in no order, ignoring type and paging. */
      ids: z
        .array(id)
        .max(MAX_BUDGET * 2)
        .optional(),
    }),
    output: out<KeyPlayersPage>(),
    writes: false,
  }),
  'analysis.cancel': call({
    doc: 'Stop the key-players-and-structure run started with this runId (it answers CANCELLED).',
    input: z.strictObject({ runId }),
    output: out<{ cancelled: boolean }>(),
    writes: false,
  }),
  'analysis.indicators': call({
    doc: 'Trafficking indicators found in the records, each with its evidence, at the workspace thresholds.',
    input: z.strictObject({}),
    output: out<{ thresholds: IndicatorThresholds; hits: IndicatorHit[] }>(),
    writes: false,
  }),
  'analysis.thresholds.set': call({
    doc: 'Change the trafficking indicators thresholds of this workspace.',
    input: z.strictObject({
      multipleSaleFirearms: z.number().int().min(2).max(100).optional(),
      multipleSaleBusinessDays: z.number().int().min(1).max(60).optional(),
      timeToCrimeDays: z.number().int().min(1).max(3650).optional(),
      highDemandFirearms: z.number().int().min(1).max(100).optional(),
      crossAgencyCount: z.number().int().min(2).max(20).optional(),
    }),
    output: out<IndicatorThresholds>(),
    writes: true,
  }),
  // ---- case management (issue 12)
  'cases.create': call({
    doc: 'Create an empty case; recorded in the audit log.',
    input: z.strictObject({
      ...caseFields,
      agency: caseFields.agency.default(''),
      status: caseFields.status.default('open'),
      closedOn: caseFields.closedOn.default(null),
      jurisdiction: caseFields.jurisdiction.default(''),
      summary: caseFields.summary.default(''),
    }),
    output: out<CaseSummary>(),
    writes: true,
  }),
  'cases.update': call({
    doc: "Edit a case's number, title, agency, status, jurisdiction, dates or summary; recorded with the values before.",
    input: z.strictObject({ caseId: id, ...z.strictObject(caseFields).partial().shape }),
    output: out<CaseSummary>(),
    writes: true,
  }),
  'cases.removalPreview': call({
    doc: 'What removing a case would take with it: records, links, entities only in it, match decisions.',
    input: z.strictObject({ caseId: id }),
    output: out<CaseRemovalPreview>(),
    writes: false,
  }),
  'cases.remove': call({
    doc: 'Remove a case with everything only it held; kept whole so that cases.restore can undo it.',
    input: z.strictObject({ caseId: id }),
    output: out<CaseRemoval>(),
    writes: true,
  }),
  'cases.restore': call({
    doc: 'Undo a case removal: the case, its records, links, memberships and match decisions come back as they were.',
    input: z.strictObject({ removalId: id }),
    output: out<CaseSummary>(),
    writes: true,
  }),
  'cases.removed': call({
    doc: 'Removed cases, newest first, with what went with each and whether it was brought back.',
    input: z.strictObject({}),
    output: out<RemovedCase[]>(),
    writes: false,
  }),

  // ---- analyst-entered facts and notes (issue 12)
  'facts.addEntity': call({
    doc: 'Add an entity by hand: a record of an analyst source in the chosen case, with author, date and text.',
    input: z.strictObject({
      caseId: id,
      type: z.enum(ENTITY_TYPES),
      label: z.string().trim().min(1, 'a label is required').max(1000),
      fields: factFields.default({}),
      ...authorship,
      ...factGrade,
    }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'facts.addLink': call({
    doc: 'Add a link between two entities by hand, as a link of an analyst source in the chosen case.',
    input: z.strictObject({
      caseId: id,
      type: z.enum(LINK_TYPES),
      fromEntityId: id,
      toEntityId: id,
      label: z.string().trim().max(1000).default(''),
      occurredOn: isoDate.nullable().optional(),
      ...authorship,
      ...factGrade,
    }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'facts.editRecord': call({
    doc: "Edit an analyst-entered record (a case's own records are refused: FORBIDDEN).",
    input: z.strictObject({
      recordId: id,
      label: z.string().trim().min(1).max(1000).optional(),
      fields: factFields.optional(),
      ...authorship,
      text: authorship.text.unwrap().optional(),
    }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'facts.editLink': call({
    doc: "Edit an analyst-entered link (a case's own links are refused: FORBIDDEN).",
    input: z.strictObject({
      linkId: id,
      label: z.string().trim().max(1000).optional(),
      occurredOn: isoDate.nullable().optional(),
      ...authorship,
      text: authorship.text.unwrap().optional(),
    }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'facts.deleteRecord': call({
    doc: 'Delete an analyst-entered record, its links, and its entity if it held nothing else.',
    input: z.strictObject({ recordId: id }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'facts.deleteLink': call({
    doc: 'Delete an analyst-entered link.',
    input: z.strictObject({ linkId: id }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'notes.add': call({
    doc: 'Write a note on a case, or on an entity or link within it.',
    input: z.strictObject({
      caseId: id,
      entityId: id.optional(),
      linkId: id.optional(),
      ...authorship,
      text: z.string().trim().min(1, 'a note needs text').max(4000),
    }),
    output: out<AnalystNote>(),
    writes: true,
  }),
  'notes.edit': call({
    doc: "Change a note's text, author or date.",
    input: z.strictObject({
      noteId: id,
      ...authorship,
      text: z.string().trim().min(1, 'a note needs text').max(4000).optional(),
    }),
    output: out<AnalystNote>(),
    writes: true,
  }),
  'notes.delete': call({
    doc: 'Delete a note.',
    input: z.strictObject({ noteId: id }),
    output: out<AnalystFact>(),
    writes: true,
  }),
  'notes.search': call({
    doc: 'Notes holding every word of the query, optionally of one case, entity or link; newest first.',
    input: z.strictObject({
      query: z.string().trim().max(200).optional(),
      caseId: id.optional(),
      entityId: id.optional(),
      linkId: id.optional(),
    }),
    output: out<AnalystNote[]>(),
    writes: false,
  }),
  // ---- training (issue 13): a workspace file of its own, answered by the host
  'training.status': call({
    doc: 'Whether the training workspace is open, where it lives, and the workspace training returns to.',
    input: z.strictObject({}),
    output: out<TrainingStatus>(),
    writes: false,
    host: true,
  }),
  'training.start': call({
    doc: "Open the training workspace (created with the training scenario when missing); reset: a fresh scenario replaces it. The analyst's own workspaces are never touched.",
    input: z.strictObject({ reset: z.boolean().default(false) }),
    output: out<TrainingStatus>(),
    writes: false,
    host: true,
  }),
  'training.leave': call({
    doc: 'Close the training workspace and reopen the workspace that was open before training.',
    input: z.strictObject({}),
    output: out<TrainingStatus>(),
    writes: false,
    host: true,
  }),
  // ---- undo and redo of data actions, source grading (issue 12)
  'history.undo': call({
    doc: 'Undo a data action through its audit entry, in one transaction; refused (CONFLICT) when a later action depends on it, naming that one.',
    input: z.strictObject({ auditId: id }),
    output: out<HistoryStep>(),
    writes: true,
  }),
  'history.redo': call({
    doc: 'Redo an undone data action through its audit entry, in one transaction; refused (CONFLICT) when later work changed the same rows.',
    input: z.strictObject({ auditId: id }),
    output: out<HistoryStep>(),
    writes: true,
  }),
  'history.latest': call({
    doc: 'The newest data action that can be undone now, with its name for the Undo menu; null when there is none.',
    input: z.strictObject({}),
    output: out<HistoryStep | null>(),
    writes: false,
  }),
  'grading.set': call({
    doc: "Grade a record or a link by hand: the source's reliability (A-F) and the information's credibility (1-6); null clears. Audited and undoable; the record itself is not rewritten.",
    input: z
      .strictObject({
        recordId: id.optional(),
        linkId: id.optional(),
        reliability: z.enum(RELIABILITY).nullable(),
        credibility: z.number().int().min(1).max(6).nullable(),
      })
      .refine((g) => (g.recordId === undefined) !== (g.linkId === undefined), {
        message: 'give either recordId or linkId',
        path: ['recordId'],
      }),
    output: out<GradeResult>(),
    writes: true,
  }),
  // ---- saved charts (issue 12)
  'graph.entities': call({
    doc: 'Exactly these entities (a saved chart reopened) and the drawn links among them; past `limit` ids, the first ones.',
    input: z.strictObject({
      entityIds: z.array(id).max(100_000),
      limit: z.number().int().min(1).max(MAX_BUDGET).default(MAX_BUDGET),
    }),
    output: out<BudgetedGraph>(),
    writes: false,
  }),
  'charts.list': call({
    doc: 'Saved charts of this workspace, last changed first, with a thumbnail and entity count.',
    input: z.strictObject({}),
    output: out<SavedChartSummary[]>(),
    writes: false,
  }),
  'charts.get': call({
    doc: 'A saved chart with its document (entities, positions, hidden, pinned, groups, styles, viewport).',
    input: z.strictObject({ chartId: id }),
    output: out<SavedChart>(),
    writes: false,
  }),
  'charts.save': call({
    doc: 'Save a chart: a new one, or over the chart given by chartId; recorded in the audit log.',
    input: z.strictObject({
      chartId: id.optional(),
      name: chartName,
      document: chartDocumentSchema,
      thumbnail: pngDataUrl.nullable().default(null),
    }),
    output: out<SavedChartSummary>(),
    writes: true,
  }),
  'charts.rename': call({
    doc: 'Rename a saved chart; recorded in the audit log.',
    input: z.strictObject({ chartId: id, name: chartName }),
    output: out<SavedChartSummary>(),
    writes: true,
  }),
  'charts.duplicate': call({
    doc: 'Copy a saved chart under a new name ("… (copy)" when none is given); recorded in the audit log.',
    input: z.strictObject({ chartId: id, name: chartName.optional() }),
    output: out<SavedChartSummary>(),
    writes: true,
  }),
  'charts.delete': call({
    doc: 'Delete a saved chart; the audit entry keeps its document.',
    input: z.strictObject({ chartId: id }),
    output: out<SavedChartSummary>(),
    writes: true,
  }),
  'charts.session.get': call({
    doc: 'The chart as it was last left (autosaved), or null.',
    input: z.strictObject({}),
    output: out<ChartSession | null>(),
    writes: false,
  }),
  'charts.session.save': call({
    doc: 'Keep the open chart as it is now, so that a reload brings it back (autosave; not audited).',
    input: z.strictObject({ chartId: id.nullable(), document: chartDocumentSchema }),
    output: out<ChartSession>(),
    writes: true,
  }),
  // ---- the map (issue 11 point 7)
  'map.places': call({
    doc: "Where each entity is (the bundled gazetteer, a linked entity's place, or the analyst's hand), and the guns that flowed from stores to recoveries among them.",
    input: z.strictObject({ entityIds: z.array(id).max(20_000) }),
    output: out<MapPlaces>(),
    writes: false,
  }),
  'map.lookUp': call({
    doc: 'Gazetteer places of the U.S. and Mexico whose name starts with the text ("Caborca", "Nogales, Sonora").',
    input: z.strictObject({
      query: z.string().trim().min(1).max(200),
      limit: z.number().int().min(1).max(50).default(8),
    }),
    output: out<GazetteerHit[]>(),
    writes: false,
  }),
  'map.place': call({
    doc: 'Put an entity on the map by hand, at a point (lat, lon) or a typed gazetteer place; audited, replaces an earlier hand placement.',
    input: z
      .strictObject({
        entityId: id,
        lat: z.number().min(-90).max(90).optional(),
        lon: z.number().min(-180).max(180).optional(),
        place: z.string().trim().min(1).max(200).optional(),
      })
      .refine((v) => v.place !== undefined || (v.lat !== undefined && v.lon !== undefined), {
        message: 'give a place, or both lat and lon',
        path: ['place'],
      }),
    output: out<EntityPlace>(),
    writes: true,
  }),
  'map.unplace': call({
    doc: 'Take back a hand placement: the entity returns to the place its records give (or to the list of those not placed). Answers the placement removed, or null.',
    input: z.strictObject({ entityId: id }),
    output: out<EntityPlace | null>(),
    writes: true,
  }),
  // ---- the case map (issue 10)
  'casemap.get': call({
    doc: 'The case map: cases with their record counts, the case pairs sharing entities (weighted), and how many separate networks they form; past `limit` cases, the most connected ones.',
    input: z.strictObject({ limit: z.number().int().min(1).max(CASEMAP_MAX_BUDGET).default(CASEMAP_BUDGET) }),
    output: out<CaseMap>(),
    writes: false,
  }),
  'casemap.connection': call({
    doc: 'The evidence joining two cases: each shared entity with the identifier or match that joined its records.',
    input: z.strictObject({ caseA: id, caseB: id }),
    output: out<CaseConnection>(),
    writes: false,
  }),
  'casemap.connectionGraph': call({
    doc: "The entity chart of one connection: the two cases' shared entities and their neighbours in those cases.",
    input: z.strictObject({
      caseA: id,
      caseB: id,
      limit: z.number().int().min(1).max(MAX_BUDGET).default(GRAPH_BUDGET),
    }),
    output: out<BudgetedGraph>(),
    writes: false,
  }),
} as const;

export type CallName = keyof typeof CALLS;
export type CallInput<N extends CallName> = z.input<(typeof CALLS)[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<(typeof CALLS)[N]['input']>;
export type CallOutput<N extends CallName> = (typeof CALLS)[N]['output'];

export const CALL_NAMES = Object.keys(CALLS) as CallName[];
export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(CALLS, name);
}
