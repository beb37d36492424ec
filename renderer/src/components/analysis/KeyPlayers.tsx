// Key players and structure (issue 11 point 2): what the chart holds in one line (cases,
// separate networks, bridges), and a ranked table of entities by any measure, sortable,
// with the option to size entities on the chart by that measure. The backend sorts and pages
// the rows (use-key-players.ts): every entity at once was a long task at 24,000 records.
import { useState } from 'react';
import { MEASURES, type Measure } from '../../../../shared/contract/analysis-model';
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { useClient } from '../../client/client-context';
import { readAllKeyPlayers, useKeyPlayers } from '../../data/use-key-players';
import { useStructure } from '../../data/use-structure';
import { useAnalysis } from '../../state/analysis-store';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { keyPlayersTable } from '../export/tables';
import { TableExport } from '../export/TableExport';
import { StructureProgress } from './StructureProgress';

export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
  eigenvector: 'Eigenvector',
};
const ROWS = 60;

type SortKey = Measure | 'label';

export function KeyPlayers() {
  const caseIds = useUi((s) => s.caseIds);
  const structure = useStructure(caseIds);
  const [measure, setMeasure] = useState<Measure>('betweenness');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'betweenness', desc: true });
  const [type, setType] = useState<EntityType | ''>('person');
  const [offset, setOffset] = useState(0);
  const client = useClient();
  const sizeBy = useAnalysis((s) => s.sizeBy);
  const setSizeBy = useAnalysis((s) => s.setSizeBy);
  const focusEntity = useUi((s) => s.focusEntity);
  const page = useKeyPlayers(caseIds, structure.data, {
    sort: sort.key,
    desc: sort.desc,
    ...(type ? { type } : {}),
    offset,
    limit: ROWS,
  }).data;
  const rows = page?.entities ?? [];
  const total = page?.total ?? 0;
  // A new order or type starts again at the first page.
  const sortBy = (next: typeof sort) => {
    setSort(next);
    setOffset(0);
  };
  const estimated = structure.data?.estimated.includes(measure) ?? false;
  const chooseMeasure = (m: Measure) => {
    setMeasure(m);
    sortBy({ key: m, desc: true });
    if (sizeBy) setSizeBy(m);
  };
  // A note (e.g. "estimated") goes on a line of its own: the column is narrow.
  const header = (key: SortKey, label: string, note?: string) => (
    <th
      className={sort.key === key ? 'sorted' : ''}
      onClick={() => sortBy({ key, desc: sort.key === key ? !sort.desc : key !== 'label' })}
      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      title={note ? `${label} (${note})` : undefined}
    >
      {label} {sort.key === key ? (sort.desc ? '▾' : '▴') : ''}
      {note && <span className="th-note">{note}</span>}
    </th>
  );
  return (
    <section className="analysis-section" data-testid="key-players">
      <h3 className="section-title">Key players</h3>
      <div className="analysis-row wrap">
        <select
          value={measure}
          onChange={(e) => chooseMeasure(e.target.value as Measure)}
          data-testid="measure"
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
        <select
          value={type}
          onChange={(e) => {
            setType(e.target.value as EntityType | '');
            setOffset(0);
          }}
          data-testid="measure-type"
        >
          <option value="">all types</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_INFO[t].plural.toLowerCase()}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={sizeBy !== null}
            onChange={(e) => setSizeBy(e.target.checked ? measure : null)}
            data-testid="size-by-measure"
          />{' '}
          size on chart
        </label>
        <TableExport
          testId="key-players-export"
          disabled={!structure.data}
          load={async () =>
            keyPlayersTable(structure.data ? await readAllKeyPlayers(client, caseIds, structure.data) : [])
          }
        />
      </div>
      <StructureProgress caseIds={caseIds} structure={structure} />
      {estimated && (
        <p className="empty-hint" data-testid="measure-estimated">
          {MEASURE_LABELS[measure]} is estimated from searches from{' '}
          {structure.data?.pivots.toLocaleString('en-US')} of the{' '}
          {structure.data?.entityCount.toLocaleString('en-US')} entities: an exact figure for a network this
          large takes minutes. Choose fewer cases for an exact one.
        </p>
      )}
      <table className="measure-table" data-testid="measure-table">
        <thead>
          <tr>
            <th>#</th>
            {header('label', 'Entity')}
            {header(measure, MEASURE_LABELS[measure], estimated ? 'estimated' : undefined)}
            {measure !== 'degree' && header('degree', 'Links')}
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={e.id} onClick={() => focusEntity(e.id)} data-testid={`measure-row-${e.id}`}>
              <td className="muted">{offset + i + 1}</td>
              <td
                className="measure-entity"
                title={`${ENTITY_TYPE_INFO[e.type].label}: ${e.label}${e.articulation ? ' — its removal splits the network' : ''}`}
              >
                {!type && <EntityIcon type={e.type} />} {e.label}
                {e.articulation && (
                  <span className="pill" title="removal splits the network">
                    cut
                  </span>
                )}
              </td>
              <td className="num">{format(e[measure])}</td>
              {measure !== 'degree' && <td className="num">{e.degree}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {total > ROWS && (
        <div className="analysis-row" data-testid="key-players-pages">
          <button
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - ROWS))}
            data-testid="key-players-previous"
          >
            Previous
          </button>
          <span className="muted" data-testid="key-players-range">
            {(offset + 1).toLocaleString('en-US')}–{Math.min(offset + ROWS, total).toLocaleString('en-US')} of{' '}
            {total.toLocaleString('en-US')}
          </span>
          <button
            disabled={offset + ROWS >= total}
            onClick={() => setOffset(offset + ROWS)}
            data-testid="key-players-next"
          >
            Next
          </button>
        </div>
      )}
    </section>
  );
}

const format = (v: number) => (Number.isInteger(v) && v > 0 ? String(v) : v.toFixed(3));
