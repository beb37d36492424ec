// The links a row yields between its entities ("purchase purchased firearm"), with an
// optional column holding the date.
import { LINK_TYPES, LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import type { LinkDraft, MappingDraft } from './spec-draft';

export function LinkMappingTable(props: {
  draft: MappingDraft;
  columns: string[];
  onChange(links: LinkDraft[]): void;
}) {
  const { links, entities } = props.draft;
  const keys = entities.map((e) => e.key);
  const setLink = (i: number, patch: Partial<LinkDraft>) =>
    props.onChange(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const add = () =>
    props.onChange([
      ...links,
      { type: 'associate_of', from: keys[0] ?? '', to: keys[1] ?? keys[0] ?? '', dateColumn: '' },
    ]);
  return (
    <div className="map-links">
      <table className="grid-table links-table" data-testid="link-mapping">
        <thead>
          <tr>
            <th>From</th>
            <th>Link</th>
            <th>To</th>
            <th>Date column</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {links.map((l, i) => (
            <tr key={i} data-testid="link-row">
              <td>
                <KeySelect value={l.from} keys={keys} onChange={(from) => setLink(i, { from })} />
              </td>
              <td>
                <select
                  value={l.type}
                  onChange={(e) => setLink(i, { type: e.target.value as LinkType })}
                  aria-label="Link type"
                >
                  {LINK_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {LINK_TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <KeySelect value={l.to} keys={keys} onChange={(to) => setLink(i, { to })} />
              </td>
              <td>
                <select
                  value={l.dateColumn}
                  onChange={(e) => setLink(i, { dateColumn: e.target.value })}
                  aria-label="Date column"
                >
                  <option value="">none</option>
                  {props.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  className="icon-button"
                  onClick={() => props.onChange(links.filter((_, j) => j !== i))}
                  aria-label="Remove link"
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
          {links.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                No links: each entity of a row stands alone.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <button className="link-button" onClick={add} disabled={keys.length === 0} data-testid="add-link">
        + link
      </button>
    </div>
  );
}

function KeySelect(props: { value: string; keys: string[]; onChange(v: string): void }) {
  return (
    <select value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-label="Entity">
      {!props.keys.includes(props.value) && <option value={props.value}>{props.value || '—'}</option>}
      {props.keys.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </select>
  );
}
