// Everything the briefing report shows, read through the contract in one go.
import type {
  EntityMeasures,
  EntityPath,
  IndicatorHit,
  StructureSummary,
} from '../../../../shared/contract/analysis-model';
import type { WorkbenchClient } from '../../../../shared/contract/host';
import type { CaseConnection, CaseSummary } from '../../../../shared/contract/model';
import type { AnalysisState } from '../../state/analysis-store';
import { pathsInput, pathsReady } from '../analysis/paths-input';
import { scopeInput } from '../../data/queries';
import { keyPlayersInput } from '../../data/use-key-players';

/** Case pairs the report lists and draws, strongest first; the rest are counted. */
export const PAIRS_SHOWN = 100;
/** Key players the report lists, highest betweenness first. */
export const KEY_PLAYER_ROWS = 25;

export interface ReportData {
  cases: CaseSummary[];
  /** The strongest PAIRS_SHOWN connected case pairs (all of them were 6 MB read in 8 calls at 24,000 records). */
  connections: CaseConnection[];
  /** How many case pairs are connected in all. */
  connectionCount: number;
  structure: StructureSummary;
  /** The KEY_PLAYER_ROWS highest by betweenness (every entity's measures were 6 MB at 24,000 records). */
  keyPlayers: EntityMeasures[];
  indicators: IndicatorHit[];
  /** The paths the analyst found (shortest first); `drawn` is the one shown on the chart. */
  paths: { from: string; to: string; list: EntityPath[]; drawn: number } | null;
}

/** `measure` measures the key players (the shared measure, with its progress and Cancel). */
export async function loadReportData(
  client: WorkbenchClient,
  caseIds: number[] | null,
  analysis: AnalysisState,
  measure: () => Promise<StructureSummary>,
): Promise<ReportData> {
  const [cases, connections, structure, indicators, paths] = await Promise.all([
    client.call('cases.list', {}),
    client.call('connections.list', { ...scopeInput(caseIds), limit: PAIRS_SHOWN, offset: 0 }),
    measure().then(async (summary) => ({
      summary,
      top: await client.call(
        'analysis.keyPlayers',
        keyPlayersInput(caseIds, summary, { sort: 'betweenness', offset: 0, limit: KEY_PLAYER_ROWS }),
      ),
    })),
    client.call('analysis.indicators', {}),
    pathsReady(analysis) ? client.call('analysis.paths', pathsInput(analysis, caseIds)) : null,
  ]);
  const drawn = analysis.shownPath?.entityIds.join(',');
  return {
    cases: caseIds ? cases.filter((c) => caseIds.includes(c.id)) : cases,
    connections: connections.connections,
    connectionCount: connections.total,
    structure: structure.summary,
    keyPlayers: structure.top.entities,
    indicators: indicators.hits,
    paths: paths && {
      from: paths.from.label,
      to: analysis.pathTo?.label ?? (analysis.pathToType ? `the nearest ${analysis.pathToType}` : ''),
      list: paths.paths,
      drawn: Math.max(
        0,
        paths.paths.findIndex((p) => p.entities.map((e) => e.id).join(',') === drawn),
      ),
    },
  };
}
