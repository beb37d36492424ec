// Paths between two entities, or from one entity to the nearest of a type (issue 11 point 1).
// Ends are chosen from the inspector ("Path from here", "Path to here"); each path found is
// listed step by step with the records and cases behind it, and drawn on the chart.
import type { EntityRef } from '../../../../shared/contract/analysis-model';
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { useCall } from '../../data/queries';
import { useAnalysis } from '../../state/analysis-store';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { PathList } from './PathList';
import { pathsInput, pathsReady } from './paths-input';

/** Types an analyst often leaves out: they join many people who never met. */
const SKIPPABLE: EntityType[] = ['phone', 'address', 'dealer'];

export function PathFinder() {
  const a = useAnalysis();
  const caseIds = useUi((s) => s.caseIds);
  const ready = pathsReady(a);
  const paths = useCall('analysis.paths', pathsInput(a, caseIds), { enabled: ready });
  return (
    <section className="analysis-section" data-testid="path-finder">
      <h3 className="section-title">Paths</h3>
      <End label="From" entity={a.pathFrom} onClear={() => a.setFrom(null)} testId="path-from" />
      <End label="To" entity={a.pathTo} onClear={() => a.setTo(null)} testId="path-to" />
      <label className="analysis-row">
        <span className="muted">or to any</span>
        <select
          value={a.pathToType ?? ''}
          data-testid="path-to-type"
          onChange={(e) => a.setToType((e.target.value || null) as EntityType | null)}
        >
          <option value="">—</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_INFO[t].label}
            </option>
          ))}
        </select>
      </label>
      <div className="analysis-row">
        <label>
          <input type="radio" checked={a.mode === 'shortest'} onChange={() => a.setMode('shortest')} />{' '}
          shortest
        </label>
        <label>
          <input type="radio" checked={a.mode === 'all'} onChange={() => a.setMode('all')} /> all up to 5
          steps
        </label>
      </div>
      <div className="analysis-row wrap">
        <span className="muted">skip</span>
        {SKIPPABLE.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={a.skipTypes.includes(t)} onChange={() => a.toggleSkip(t)} />{' '}
            {ENTITY_TYPE_INFO[t].plural.toLowerCase()}
          </label>
        ))}
      </div>
      {!ready && (
        <p className="empty-hint">
          Select an entity on the chart and choose “Path from here”, then another and “Path to here” (or a
          type above).
        </p>
      )}
      {ready && paths.isFetching && <p className="empty-hint">Finding paths…</p>}
      {ready && paths.error && <p className="empty-hint">{paths.error.message}</p>}
      {ready && paths.data && !paths.isFetching && <PathList result={paths.data} />}
    </section>
  );
}

function End(props: { label: string; entity: EntityRef | null; onClear(): void; testId: string }) {
  const focusEntity = useUi((s) => s.focusEntity);
  return (
    <div className="analysis-row path-end" data-testid={props.testId}>
      <span className="muted path-end-label">{props.label}</span>
      {props.entity ? (
        <>
          <button className="analysis-link" onClick={() => focusEntity(props.entity!.id)}>
            <EntityIcon type={props.entity.type} />
            <span className="ellipsis">{props.entity.label}</span>
          </button>
          <button className="icon-button" title="Clear" onClick={props.onClear}>
            ×
          </button>
        </>
      ) : (
        <span className="muted">not chosen</span>
      )}
    </div>
  );
}
