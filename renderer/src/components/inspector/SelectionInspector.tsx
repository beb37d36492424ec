// Several entities selected (shift-click or shift-drag box): what they are, how they connect
// among themselves, and a way to read each one or find the path between the first two.
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { useCall } from '../../data/queries';
import { graphInput } from '../../chart/budget';
import { useAnalysis } from '../../state/analysis-store';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { Section } from './EntityInspector';

export function SelectionInspector({ ids }: { ids: number[] }) {
  const caseIds = useUi((s) => s.caseIds);
  const select = useUi((s) => s.select);
  const graph = useCall('graph.get', graphInput(caseIds)).data;
  const setFrom = useAnalysis((s) => s.setFrom);
  const setTo = useAnalysis((s) => s.setTo);
  const setLeftTab = useUi((s) => s.setLeftTab);
  const chosen = new Set(ids);
  const nodes = (graph?.nodes ?? []).filter((n) => chosen.has(n.id));
  const inner = (graph?.links ?? []).filter((l) => chosen.has(l.from) && chosen.has(l.to)).length;
  const cases = new Set(nodes.flatMap((n) => n.caseIds));
  const pathBetween = () => {
    const [a, b] = nodes;
    if (!a || !b) return;
    setFrom({ id: a.id, type: a.type, label: a.label });
    setTo({ id: b.id, type: b.type, label: b.label });
    setLeftTab('analysis');
  };
  return (
    <div className="inspector-body" data-testid="selection-inspector">
      <header className="inspector-head">
        <div className="head-title">
          <h2 data-testid="inspector-title">{ids.length} entities selected</h2>
          <div className="muted">
            {inner} link{inner === 1 ? '' : 's'} among them · {cases.size} case{cases.size === 1 ? '' : 's'}
          </div>
        </div>
      </header>
      <div className="path-buttons">
        <button className="button small" onClick={pathBetween} disabled={nodes.length < 2}>
          Path between the first two
        </button>
      </div>
      <Section title="Selected">
        {nodes.map((n) => (
          <button
            key={n.id}
            className="neighbour"
            onClick={() => select({ kind: 'node', id: n.id })}
            title={ENTITY_TYPE_INFO[n.type].label}
          >
            <EntityIcon type={n.type} />
            <span className="ellipsis">{n.label}</span>
          </button>
        ))}
        <p className="muted">Shift-click an entity to add or remove it; shift-drag to select by box.</p>
      </Section>
    </div>
  );
}
