// "Not placed (n)": entities of the chart whose records name no place the gazetteer knows
// (or an ambiguous one). The analyst drags one onto the map, or types a place for it;
// either is stored as a hand placement (audited) and can be undone.
import { useState } from 'react';
import type { GraphNode } from '../../../shared/contract/model';
import type { EntityPlace } from '../../../shared/contract/map-model';
import type { EntityType } from '../../../shared/domain/entity-types';
import { EntityIcon } from '../components/EntityIcon';
import { useClient } from '../client/client-context';
import { useCall } from '../data/queries';
import { useHistory } from '../state/history';
import { reportError, reportInfo } from '../state/notices';
import { useUi } from '../state/ui-store';

/** Types that have a place in the world (phones, guns, accounts and vehicles move with people). */
export const PLACEABLE = new Set<EntityType>([
  'person',
  'organisation',
  'dealer',
  'address',
  'purchase',
  'shipment',
  'crossing',
  'recovery',
  'stop',
]);
export const ENTITY_DRAG_TYPE = 'application/x-thorline-entity';

type Where = { lat: number; lon: number } | { place: string };

/** Places an entity by hand and records it in the one undo history. */
export function usePlaceEntity() {
  const client = useClient();
  return async (entity: GraphNode, where: Where) => {
    try {
      const placed = await client.call('map.place', { entityId: entity.id, ...where });
      const redo = { entityId: entity.id, lat: placed.lat!, lon: placed.lon! };
      useHistory.getState().push({
        label: `placing of ${entity.label} on the map`,
        undo: async () => void (await client.call('map.unplace', { entityId: entity.id })),
        redo: async () => void (await client.call('map.place', redo)),
      });
      reportInfo(`${entity.label} placed at ${placed.placeName}.`);
    } catch (err) {
      reportError(err);
    }
  };
}

export function UnplacedList(props: { items: { place: EntityPlace; node: GraphNode }[]; loading: boolean }) {
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const chosen = selection?.kind === 'node' ? props.items.find((i) => i.node.id === selection.id) : undefined;
  return (
    <section className="map-unplaced" data-testid="map-unplaced">
      <h2 className="panel-title">
        Not placed <span className="count">({props.loading ? '…' : props.items.length})</span>
      </h2>
      <p className="hint">Drag an entity onto the map, or select it and type a place.</p>
      <ul className="unplaced-list">
        {props.items.map(({ node, place }) => (
          <li
            key={node.id}
            draggable
            onDragStart={(e) => e.dataTransfer.setData(ENTITY_DRAG_TYPE, String(node.id))}
            onClick={() => select({ kind: 'node', id: node.id })}
            className={chosen?.node.id === node.id ? 'active' : ''}
            title={place.reason}
            data-testid={`unplaced-${node.id}`}
          >
            <EntityIcon type={node.type} />
            <span className="unplaced-label">{node.label}</span>
          </li>
        ))}
      </ul>
      {chosen && <TypePlace key={chosen.node.id} entity={chosen.node} reason={chosen.place.reason} />}
    </section>
  );
}

function TypePlace({ entity, reason }: { entity: GraphNode; reason?: string }) {
  const [text, setText] = useState('');
  const hits = useCall(
    'map.lookUp',
    { query: text.trim() || '-', limit: 8 },
    { enabled: text.trim().length >= 2 },
  );
  const place = usePlaceEntity();
  return (
    <form
      className="type-place"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) void place(entity, { place: text.trim() });
      }}
    >
      <label htmlFor="type-place-input">Place {entity.label} at</label>
      {reason && <div className="hint">Why not placed: {reason}</div>}
      <input
        id="type-place-input"
        list="type-place-hits"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="City, state"
        data-testid="type-place-input"
      />
      <datalist id="type-place-hits">
        {(hits.data ?? []).map((h) => (
          <option key={h.label} value={`${h.name}, ${h.stateName}`}>
            {h.label}
          </option>
        ))}
      </datalist>
      <button className="button primary" type="submit" data-testid="type-place-save">
        Place
      </button>
    </form>
  );
}
