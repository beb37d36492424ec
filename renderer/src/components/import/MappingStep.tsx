// Step 4: map columns to entities and fields (several entities per row) and the links
// between them; a saved or shared specification can be loaded, and saved under a name.
import { useState } from 'react';
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { EntityMappingCard } from './EntityMappingCard';
import { LinkMappingTable } from './LinkMappingTable';
import { PreviewTable } from './PreviewTable';
import { SpecBar } from './SpecBar';
import { columnsOfSource } from '../../../../shared/contract/import-spec';
import { proposePersonMapping } from './propose';
import { DATE_FORMATS, newEntity, type MappingDraft } from './spec-draft';
import { firstDataRow, useWizard } from './wizard-store';

export function MappingStep() {
  const draft = useWizard((s) => s.draft);
  const preview = useWizard((s) => s.preview);
  const [addType, setAddType] = useState<EntityType>('person');
  const columns = preview?.columns ?? [];
  const update = (patch: Partial<MappingDraft>) =>
    useWizard.getState().set({ draft: { ...useWizard.getState().draft, ...patch }, check: null });
  // A composite field ("{street_number} {address_1}") highlights each column it reads.
  const mapped = new Set(
    draft.entities.flatMap((e) => e.fields.flatMap((f) => (f.column ? columnsOfSource(f.column) : []))),
  );
  const toggleFormat = (f: (typeof DATE_FORMATS)[number]) =>
    update({
      dateFormats: draft.dateFormats.includes(f)
        ? draft.dateFormats.filter((x) => x !== f)
        : [...draft.dateFormats, f],
    });

  return (
    <div className="step-body mapping-step">
      <SpecBar />
      {preview && (
        <PreviewTable preview={preview} firstRow={firstDataRow(draft.rest)} maxRows={4} highlight={mapped} />
      )}
      <div className="map-options">
        <div className="form-inline">
          <span>Date formats</span>
          <span className="format-chips" data-testid="date-formats">
            {DATE_FORMATS.map((f) => (
              <label key={f} className={draft.dateFormats.includes(f) ? 'format-chip on' : 'format-chip'}>
                <input
                  type="checkbox"
                  checked={draft.dateFormats.includes(f)}
                  onChange={() => toggleFormat(f)}
                />
                {f}
              </label>
            ))}
          </span>
        </div>
        <label className="form-inline">
          <span>External id column</span>
          <select
            value={draft.externalIdColumn}
            onChange={(e) => update({ externalIdColumn: e.target.value })}
            data-testid="external-id-column"
          >
            <option value="">none</option>
            {columns.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3 className="section-title step-subtitle">Entities in each row</h3>
      {preview && (
        <div className="form-inline">
          <button
            className="button small"
            onClick={() => update(proposePersonMapping(draft, columns, preview.rows))}
            data-testid="propose-person"
            title="Map columns such as given name, surname, date of birth, street, suburb, postcode, phone and email to a person"
          >
            Propose a person from the column names
          </button>
          <span className="muted">then check each field and change what is wrong</span>
        </div>
      )}
      <div className="map-cards">
        {draft.entities.map((e, i) => (
          <EntityMappingCard
            key={i}
            entity={e}
            columns={columns}
            onChange={(next) => update({ entities: draft.entities.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => update({ entities: draft.entities.filter((_, j) => j !== i) })}
          />
        ))}
        <div className="map-card add-card">
          <select
            value={addType}
            onChange={(e) => setAddType(e.target.value as EntityType)}
            aria-label="Type to add"
            data-testid="add-entity-type"
          >
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_TYPE_INFO[t].label}
              </option>
            ))}
          </select>
          <button
            className="button small"
            onClick={() => update({ entities: [...draft.entities, newEntity(draft, addType)] })}
            data-testid="add-entity"
          >
            + Add entity
          </button>
        </div>
      </div>
      <h3 className="section-title step-subtitle">Links between them</h3>
      <LinkMappingTable draft={draft} columns={columns} onChange={(links) => update({ links })} />
    </div>
  );
}
