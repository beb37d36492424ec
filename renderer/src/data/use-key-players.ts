// The entities' key-player measures, read from the backend's measuring named by the scope's
// structure summary (use-structure.ts): a sorted page (the Key players table, the report),
// the entities of the chart (filters, size by measure) or every row in pages (the export).
// Every entity in one answer was 6 MB at 24,000 records, a long task for the renderer.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  KEY_PLAYERS_PAGE_MAX,
  type EntityMeasures,
  type KeyPlayersPage,
  type StructureSummary,
} from '../../../shared/contract/analysis-model';
import { MAX_BUDGET } from '../../../shared/contract/budget';
import type { CallInput } from '../../../shared/contract/calls';
import type { WorkbenchClient } from '../../../shared/contract/host';
import type { GraphData } from '../../../shared/contract/model';
import { scopeInput, useCall } from './queries';
import { useStructure } from './use-structure';

type Ask = Omit<CallInput<'analysis.keyPlayers'>, 'measured' | 'caseIds' | 'skipTypes'>;

/** The analysis.keyPlayers input for this scope's measuring. */
export const keyPlayersInput = (
  caseIds: number[] | null,
  summary: StructureSummary | undefined,
  ask: Ask,
) => ({
  measured: summary?.measured ?? 'none',
  ...scopeInput(caseIds),
  ...ask,
});

/** A page, or the entities named by `ids`; nothing is asked for until the scope is measured. */
export function useKeyPlayers(
  caseIds: number[] | null,
  summary: StructureSummary | undefined,
  ask: Ask,
  options: { enabled?: boolean } = {},
): UseQueryResult<KeyPlayersPage> {
  return useCall('analysis.keyPlayers', keyPlayersInput(caseIds, summary, ask), {
    enabled: summary !== undefined && (options.enabled ?? true),
    keepPrevious: true,
  });
}

/** Every entity, strongest betweenness first, read in pages so no answer holds the renderer long. */
export async function readAllKeyPlayers(
  client: WorkbenchClient,
  caseIds: number[] | null,
  summary: StructureSummary,
): Promise<EntityMeasures[]> {
  const all: EntityMeasures[] = [];
  for (let offset = 0; ; offset += KEY_PLAYERS_PAGE_MAX) {
    const page = await client.call(
      'analysis.keyPlayers',
      keyPlayersInput(caseIds, summary, { sort: 'betweenness', offset, limit: KEY_PLAYERS_PAGE_MAX }),
    );
    all.push(...page.entities);
    if (offset + KEY_PLAYERS_PAGE_MAX >= page.total) return all;
  }
}

/** The most entities one answer names (the contract's limit; a chart holds at most half). */
const IDS_MAX = MAX_BUDGET * 2;

/**
 * The measures of a chart's entities, once the scope is measured; undefined until then (and
 * while there is no chart). The filters and the chart's sizing ask for the same, one query.
 */
export function useMeasuresOf(
  caseIds: number[] | null,
  chart: GraphData | null,
  options: { enabled?: boolean } = {},
): EntityMeasures[] | undefined {
  const enabled = (options.enabled ?? true) && chart !== null;
  const summary = useStructure(caseIds, { enabled }).data;
  const asked = useMemo(() => chart?.nodes.slice(0, IDS_MAX).map((n) => n.id) ?? [], [chart]);
  return useKeyPlayers(caseIds, summary, { ids: asked }, { enabled }).data?.entities;
}
