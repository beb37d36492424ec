// Workspace, case, graph, connection, inspector and search calls (issue 2).
import type { WorkspaceInfo } from '../../../shared/contract/model';
import { listCases } from '../../queries/cases';
import { pageConnections } from '../../queries/connections';
import { entityDetail, linkDetail } from '../../queries/entities';
import { graphOfCases, neighboursOf } from '../../queries/graph';
import { linkCountsOf } from '../../queries/link-counts';
import { listRecords } from '../../queries/records';
import { searchEntities } from '../../queries/search';
import { schemaVersion, type Db } from '../../store/open-workspace';
import { getMeta } from '../../store/write-case-data';
import type { HandlerGroup } from '../handler-types';

type WorkspaceCalls =
  | 'workspace.info'
  | 'cases.list'
  | 'records.list'
  | 'graph.get'
  | 'graph.neighbours'
  | 'entities.linkCounts'
  | 'connections.list'
  | 'entities.get'
  | 'links.get'
  | 'search.entities';

const count = (db: Db, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export function workspaceInfo(db: Db, path: string): WorkspaceInfo {
  return {
    path,
    name: getMeta(db, 'name') ?? 'Workspace',
    schemaVersion: schemaVersion(db),
    caseCount: count(db, 'cases'),
    recordCount: count(db, 'records'),
    entityCount: count(db, 'entities'),
    linkCount: count(db, 'links'),
    hasGroundTruth: count(db, 'ground_truth') > 0,
    readOnly: db.readonly,
  };
}

export const workspaceHandlers: HandlerGroup<WorkspaceCalls> = {
  'workspace.info': (_input, ctx) => workspaceInfo(ctx.db, ctx.workspacePath),
  'cases.list': (input, ctx) => listCases(ctx.db, input.filter),
  'records.list': (input, ctx) => listRecords(ctx.db, input.caseIds, input.limit, input.offset),
  'graph.get': (input, ctx) => graphOfCases(ctx.db, input.caseIds, input.limit),
  'graph.neighbours': (input, ctx) =>
    neighboursOf(ctx.db, input.entityId, input.limit, input.linkTypes, input.onChart),
  'entities.linkCounts': (input, ctx) => linkCountsOf(ctx.db, input.entityId),
  'connections.list': (input, ctx) => pageConnections(ctx.db, input.caseIds, input.limit, input.offset),
  'entities.get': (input, ctx) => entityDetail(ctx.db, input.entityId),
  'links.get': (input, ctx) => linkDetail(ctx.db, input.linkId),
  'search.entities': (input, ctx) => searchEntities(ctx.db, input.query, input.limit, input.types),
};
