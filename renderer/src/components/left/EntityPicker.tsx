// Picks an entity by searching its name or identifier (the same search as the top bar).
import { useState } from 'react';
import type { SearchHit } from '../../../../shared/contract/model';
import { useCall } from '../../data/queries';

export function EntityPicker(props: {
  value: SearchHit | null;
  onChange(hit: SearchHit | null): void;
  testId: string;
  placeholder: string;
}) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const hits = useCall('search.entities', { query: q || 'x', limit: 8 }, { enabled: q.length >= 2 }).data;
  if (props.value)
    return (
      <span className="entity-picked" data-testid={`${props.testId}-picked`}>
        <span className="entity-picked-label">{props.value.label}</span>
        <button type="button" className="icon-button" onClick={() => props.onChange(null)} aria-label="Clear">
          ×
        </button>
      </span>
    );
  return (
    <span className="entity-picker">
      <input
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={props.placeholder}
        data-testid={props.testId}
      />
      {q.length >= 2 && hits && (
        <span className="entity-picker-hits">
          {hits.length === 0 && <span className="muted">No entity matches “{q}”.</span>}
          {hits.map((h) => (
            <button
              type="button"
              key={h.entityId}
              className="entity-picker-hit"
              onClick={() => props.onChange(h)}
              data-testid={`${props.testId}-hit`}
            >
              {h.label} <span className="muted">· {h.type}</span>
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
