// An entity's links and neighbours, grouped by link type and direction ("used by",
// "bought at"), each neighbour clickable: who used this phone, who bought this gun where.
import '../../app/analysis.css';
import type { GraphData } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { LINK_TYPE_LABELS } from '../../../../shared/domain/link-types';
import { useCall } from '../../data/queries';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { Section } from './EntityInspector';

interface Group {
  key: string;
  title: string;
  neighbours: { id: number; label: string; type: GraphData['nodes'][number]['type']; linkId: string }[];
}

/** Groups the links by type and by which end the entity is: "uses phone →" differs from "← uses phone". */
export function neighbourGroups(entityId: number, data: GraphData): Group[] {
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, Group>();
  for (const link of data.links) {
    const outgoing = link.from === entityId;
    if (!outgoing && link.to !== entityId) continue;
    const other = nodes.get(outgoing ? link.to : link.from);
    if (!other) continue;
    const verb = LINK_TYPE_LABELS[link.type] ?? link.type;
    const key = `${outgoing ? 'out' : 'in'}:${link.type}`;
    const group = groups.get(key) ?? { key, title: outgoing ? `${verb} →` : `← ${verb}`, neighbours: [] };
    group.neighbours.push({ id: other.id, label: other.label, type: other.type, linkId: link.id });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.neighbours.length - a.neighbours.length);
}

export function NeighbourList({ entityId }: { entityId: number }) {
  const data = useCall('graph.neighbours', { entityId }).data;
  const focusEntity = useUi((s) => s.focusEntity);
  const select = useUi((s) => s.select);
  if (!data) return null;
  const groups = neighbourGroups(entityId, data);
  const total = groups.reduce((n, g) => n + g.neighbours.length, 0);
  return (
    <Section title={`Links and neighbours (${total})`} testId="inspector-neighbours">
      {groups.length === 0 && <p className="muted">No links to other entities.</p>}
      {groups.map((g) => (
        <div key={g.key} className="neighbour-group">
          <div className="neighbour-group-title">
            {g.title} <span className="count">{g.neighbours.length}</span>
          </div>
          {g.neighbours.map((n) => (
            <div key={n.linkId} className="neighbour-row">
              <button
                className="neighbour"
                onClick={() => focusEntity(n.id)}
                data-testid={`neighbour-${n.id}`}
                title={`${ENTITY_TYPE_INFO[n.type].label}: ${n.label}`}
              >
                <EntityIcon type={n.type} />
                <span className="ellipsis">{n.label}</span>
              </button>
              <button
                className="analysis-link"
                onClick={() => select({ kind: 'link', id: n.linkId })}
                title="Read the source records behind this link"
              >
                evidence
              </button>
            </div>
          ))}
        </div>
      ))}
    </Section>
  );
}
