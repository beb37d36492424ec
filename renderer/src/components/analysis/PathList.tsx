// The paths found, shortest first: each one a numbered list of steps, every step with its
// link type, the cases that state it and the dated source links behind it. Choosing a path
// draws it on the chart; choosing an entity selects it.
import { useEffect, useState } from 'react';
import type { EntityPath, EntityRef, PathsResult } from '../../../../shared/contract/analysis-model';
import { LINK_TYPE_LABELS } from '../../../../shared/domain/link-types';
import { useAnalysis } from '../../state/analysis-store';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { pathsTable } from '../export/tables';
import { TableExport } from '../export/TableExport';

export function PathList({ result }: { result: PathsResult }) {
  const [chosen, setChosen] = useState(0);
  const showPath = useAnalysis((s) => s.showPath);
  const path = result.paths[chosen];
  useEffect(() => {
    showPath(path ? { entityIds: path.entities.map((e) => e.id), linkIds: path.linkIds } : null);
  }, [path, showPath]);
  useEffect(() => () => showPath(null), [showPath]);
  if (result.paths.length === 0)
    return <p className="empty-hint">No path within reach. Skip fewer types, or widen the cases shown.</p>;
  return (
    <div className="path-list" data-testid="path-list">
      <div className="analysis-row wrap">
        {result.paths.map((p, i) => (
          <button
            key={i}
            className={i === chosen ? 'chip path-chip active' : 'chip path-chip'}
            onClick={() => setChosen(i)}
            data-testid={`path-choice-${i}`}
          >
            {i + 1}: {p.steps.length} step{p.steps.length === 1 ? '' : 's'}
          </button>
        ))}
        {result.truncated && <span className="muted">more not shown</span>}
        <TableExport testId="paths-export" load={() => pathsTable(result.paths)} />
      </div>
      {path && <PathSteps path={path} />}
    </div>
  );
}

function PathSteps({ path }: { path: EntityPath }) {
  return (
    <ol className="path-steps" data-testid="path-steps">
      <li>
        <EntityButton entity={path.entities[0]!} />
      </li>
      {path.steps.map((step, i) => (
        <li key={i} className="path-step" data-testid="path-step">
          <div className="path-link">
            ↓ {[...new Set(step.links.map((l) => LINK_TYPE_LABELS[l.type] ?? l.type))].join(', ')}
            <span className="muted"> · {step.caseNumbers.join(', ')}</span>
          </div>
          <ul className="path-evidence">
            {step.links.flatMap((l) =>
              l.recordLinks.slice(0, 3).map((r) => (
                <li key={r.id} className="muted">
                  {r.occurredOn ? `${r.occurredOn}: ` : ''}
                  {r.fromRecord.label} {LINK_TYPE_LABELS[r.type] ?? r.type} {r.toRecord.label} ({r.caseNumber}
                  )
                </li>
              )),
            )}
          </ul>
          <EntityButton entity={step.to} />
        </li>
      ))}
    </ol>
  );
}

function EntityButton({ entity }: { entity: EntityRef }) {
  const select = useUi((s) => s.select);
  return (
    <button
      className="path-entity"
      onClick={() => select({ kind: 'node', id: entity.id })}
      data-testid={`path-entity-${entity.id}`}
    >
      <EntityIcon type={entity.type} />
      <span className="ellipsis">{entity.label}</span>
    </button>
  );
}
