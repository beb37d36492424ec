// One entity a row yields (a person, a phone, a dealer…): its key, type, and which
// column fills which field; ticked fields are required (a row without them is a problem).
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { EntityIcon } from '../EntityIcon';
import { DATE_FORMATS, TYPE_FIELDS, type DateFormat, type EntityDraft, type FieldDraft } from './spec-draft';

/** Fields read as dates whatever the spec says; others once given a format of their own. */
const isDateField = (f: FieldDraft) => f.field === 'dob' || f.field === 'date' || f.dateFormat !== undefined;

export function EntityMappingCard(props: {
  entity: EntityDraft;
  columns: string[];
  onChange(e: EntityDraft): void;
  onRemove(): void;
}) {
  const e = props.entity;
  const setField = (i: number, patch: Partial<FieldDraft>) =>
    props.onChange({ ...e, fields: e.fields.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const unused = TYPE_FIELDS[e.type].filter((f) => !e.fields.some((x) => x.field === f));
  const listId = `fields-${e.key}`;
  return (
    <div className="map-card" data-testid="entity-mapping" data-key={e.key}>
      <header className="map-card-head">
        <EntityIcon type={e.type} size={14} />
        <select
          value={e.type}
          onChange={(ev) => props.onChange({ ...e, type: ev.target.value as EntityType })}
          aria-label="Entity type"
          data-testid="entity-type"
        >
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_INFO[t].label}
            </option>
          ))}
        </select>
        <input
          className="map-key"
          value={e.key}
          onChange={(ev) => props.onChange({ ...e, key: ev.target.value })}
          aria-label="Key (used by links)"
          title="Key: how links name this entity"
          data-testid="entity-key"
        />
        <button
          className="icon-button"
          onClick={props.onRemove}
          aria-label={`Remove ${e.key}`}
          title="Remove this entity"
        >
          ×
        </button>
      </header>
      <datalist id={listId}>
        {TYPE_FIELDS[e.type].map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <table className="map-fields">
        <thead>
          <tr>
            <th>Field</th>
            <th>Column</th>
            <th title="Required: a row without a value is a problem">Req.</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {e.fields.map((f, i) => (
            <tr key={i}>
              <td>
                <input
                  list={listId}
                  value={f.field}
                  onChange={(ev) => setField(i, { field: ev.target.value })}
                  aria-label="Field"
                  data-testid="field-name"
                />
              </td>
              <td>
                <select
                  value={f.column}
                  onChange={(ev) => setField(i, { column: ev.target.value })}
                  title={f.column}
                  aria-label="Column"
                  data-testid="field-column"
                >
                  <option value="">— column —</option>
                  {f.column.includes('{') && <option value={f.column}>{f.column}</option>}
                  {props.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
                {isDateField(f) && (
                  <select
                    value={f.dateFormat ?? ''}
                    onChange={(ev) =>
                      setField(i, {
                        dateFormat: DATE_FORMATS.find((d): d is DateFormat => d === ev.target.value),
                      })
                    }
                    aria-label={`${f.field} date format`}
                    title="How this column writes its dates"
                    data-testid="field-date-format"
                  >
                    <option value="">spec's date formats</option>
                    {DATE_FORMATS.map((d) => (
                      <option key={d} value={d}>
                        {d}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td className="centre-cell">
                <input
                  type="checkbox"
                  checked={f.required}
                  onChange={(ev) => setField(i, { required: ev.target.checked })}
                  aria-label={`${f.field} required`}
                />
              </td>
              <td>
                <button
                  className="icon-button"
                  onClick={() => props.onChange({ ...e, fields: e.fields.filter((_, j) => j !== i) })}
                  aria-label="Remove field"
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        className="link-button"
        onClick={() =>
          props.onChange({
            ...e,
            fields: [...e.fields, { field: unused[0] ?? '', column: '', required: false }],
          })
        }
        data-testid="add-field"
      >
        + field
      </button>
    </div>
  );
}
