// "Add entity, link or note…": a fact the analyst states by hand, kept as a record, link
// or note of an analyst source in the chosen case, with author, date and free text.
import { useState } from 'react';
import type { CaseSummary, SearchHit } from '../../../../shared/contract/model';
import { ENTITY_TYPES, type EntityType } from '../../../../shared/domain/entity-types';
import { LINK_TYPES, type LinkType } from '../../../../shared/domain/link-types';
import { reportInfo } from '../../state/notices';
import { Dialog, DialogActions, FormRow } from '../settings/Dialog';
import { GradeSelects, gradeInput, NO_GRADE, type GradeChoice } from '../inspector/GradeSelects';
import { EntityPicker } from './EntityPicker';
import { useCaseCall } from './use-case-call';

type Kind = 'entity' | 'link' | 'note';
const KINDS: Kind[] = ['entity', 'link', 'note'];

export function AddFactDialog({
  target,
  onClose,
  initial,
  onEntity,
}: {
  target: CaseSummary;
  onClose(): void;
  /** Opened from the chart: what to add, and the entity a note is about. */
  initial?: { kind?: Kind; about?: SearchHit };
  /** Told just before an entity is added, and after with its id (null: none added). */
  onEntity?: { before(): void; after(entityId: number | null): void };
}) {
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'entity');
  const [type, setType] = useState<EntityType>('person');
  const [linkType, setLinkType] = useState<LinkType>(LINK_TYPES[0]);
  const [label, setLabel] = useState('');
  const [from, setFrom] = useState<SearchHit | null>(initial?.about ?? null);
  const [to, setTo] = useState<SearchHit | null>(null);
  const [author, setAuthor] = useState('');
  const [writtenOn, setWrittenOn] = useState(new Date().toISOString().slice(0, 10));
  const [text, setText] = useState('');
  const { run, busy } = useCaseCall();
  const [grade, setGrade] = useState<GradeChoice>(NO_GRADE);
  const who = { author: author.trim() || undefined, writtenOn, text };
  const graded = gradeInput(grade);

  // Each addition goes into the undo history (useCaseCall pushes it), named as the menu says it.
  const save = async () => {
    const done = await add();
    if (!done) return;
    reportInfo(done);
    onClose();
  };
  const add = async (): Promise<string | null> => {
    if (kind === 'entity') {
      onEntity?.before();
      const f = await run('facts.addEntity', { caseId: target.id, type, label, ...who, ...graded });
      onEntity?.after(f?.entityId ?? null);
      return f && `Added ${type} “${label}” to ${target.number}.`;
    }
    if (kind === 'link') {
      if (!from || !to) return null;
      const input = {
        caseId: target.id,
        type: linkType,
        fromEntityId: from.entityId,
        toEntityId: to.entityId,
      };
      const f = await run('facts.addLink', { ...input, label, ...who, ...graded });
      return f && `Added a ${linkType} link to ${target.number}.`;
    }
    const n = await run('notes.add', { caseId: target.id, entityId: from?.entityId, ...who });
    return n && `Added a note to ${target.number}.`;
  };

  return (
    <Dialog title={`Add to case ${target.number}`} onClose={onClose} testId="add-fact">
      <form
        className="settings-form case-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="segmented fact-kinds" role="radiogroup" aria-label="What to add">
          {KINDS.map((k) => (
            <button
              type="button"
              key={k}
              role="radio"
              aria-checked={kind === k}
              className={kind === k ? 'seg active' : 'seg'}
              onClick={() => setKind(k)}
              data-testid={`add-fact-kind-${k}`}
            >
              {k === 'entity' ? 'Entity' : k === 'link' ? 'Link' : 'Note'}
            </button>
          ))}
        </div>
        {kind === 'entity' && (
          <>
            <FormRow label="Type">
              <select
                value={type}
                onChange={(e) => setType(e.target.value as EntityType)}
                data-testid="add-fact-type"
              >
                {ENTITY_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </FormRow>
            <FormRow label="Name or label">
              <input
                value={label}
                onChange={(e) => setLabel(e.target.value)}
                required
                data-testid="add-fact-label"
              />
            </FormRow>
          </>
        )}
        {kind === 'link' && (
          <>
            <FormRow label="From">
              <EntityPicker
                value={from}
                onChange={setFrom}
                testId="add-fact-from"
                placeholder="Search an entity"
              />
            </FormRow>
            <FormRow label="Link type">
              <select value={linkType} onChange={(e) => setLinkType(e.target.value as LinkType)}>
                {LINK_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </FormRow>
            <FormRow label="To">
              <EntityPicker value={to} onChange={setTo} testId="add-fact-to" placeholder="Search an entity" />
            </FormRow>
            <FormRow label="Label">
              <input value={label} onChange={(e) => setLabel(e.target.value)} />
            </FormRow>
          </>
        )}
        {kind === 'note' && (
          <FormRow label="About (optional)">
            <EntityPicker
              value={from}
              onChange={setFrom}
              testId="add-fact-about"
              placeholder="The whole case"
            />
          </FormRow>
        )}
        {kind !== 'note' && (
          <div className="form-row">
            <span>Source grade</span>
            <GradeSelects value={grade} onChange={setGrade} testId="add-fact-grade" />
          </div>
        )}
        <FormRow label="Author">
          <input
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
            placeholder="The analyst in settings"
          />
        </FormRow>
        <FormRow label="Date">
          <input type="date" value={writtenOn} onChange={(e) => setWrittenOn(e.target.value)} required />
        </FormRow>
        <FormRow label={kind === 'note' ? 'Note' : 'Text'}>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            maxLength={4000}
            required={kind === 'note'}
            data-testid="add-fact-text"
          />
        </FormRow>
        <DialogActions
          onCancel={onClose}
          disabled={busy || (kind === 'link' && (!from || !to))}
          testId="add-fact-save"
        >
          Add {kind}
        </DialogActions>
      </form>
    </Dialog>
  );
}
