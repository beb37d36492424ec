// The wizard's editable mapping and its conversion to and from an import specification.
// The specification's rules are the shared schema's (shared/contract/import-spec.ts), the
// one the backend validates with: the wizard only words its issues for the analyst.
import { ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { PERSON_FIELDS } from '../../../../shared/domain/person-fields';
import type { LinkType } from '../../../../shared/domain/link-types';
import {
  columnsOfSource,
  specIssues,
  type DateFormat,
  type ImportSpecInput,
  type SpecIssue,
} from '../../../../shared/contract/import-spec';

export { DATE_FORMATS, type DateFormat } from '../../../../shared/contract/import-spec';

type EntityInput = ImportSpecInput['entities'][number];

/** The record fields each type conventionally has, offered first in the field picker. */
export const TYPE_FIELDS: Record<EntityType, string[]> = {
  person: [...PERSON_FIELDS, 'role'],
  organisation: ['name', 'kind', 'country'],
  dealer: ['name', 'ffl', 'street', 'city', 'state', 'postcode'],
  phone: ['number', 'country', 'carrier', 'subscriber'],
  address: ['street', 'city', 'state', 'postcode', 'country'],
  firearm: ['make', 'model', 'serial', 'calibre', 'category'],
  vehicle: ['make', 'model', 'year', 'colour', 'vin', 'plate', 'plateState'],
  account: ['bank', 'accountNumber', 'holder'],
  purchase: ['date', 'quantity', 'amount', 'paymentMethod', 'form4473'],
  shipment: ['date', 'carrier', 'tracking', 'origin', 'destination'],
  crossing: ['date', 'port', 'direction'],
  recovery: ['date', 'place', 'country', 'agency', 'traceNumber'],
  stop: ['date', 'place', 'country', 'agency', 'reason'],
};

export interface FieldDraft {
  field: string;
  /** A column's name, or a template over column names ("{street_number} {address_1}"). */
  column: string;
  required: boolean;
  /** This field's own date format (else the spec's date formats). */
  dateFormat?: DateFormat;
}

export interface EntityDraft {
  key: string;
  type: EntityType;
  fields: FieldDraft[];
  /** Kept from a loaded spec and written back unchanged. */
  extra?: Omit<EntityInput, 'key' | 'type' | 'fields' | 'required' | 'dateFormat'>;
}

export interface LinkDraft {
  type: LinkType;
  from: string;
  to: string;
  dateColumn: string;
}

export interface MappingDraft {
  name: string;
  description: string;
  dateFormats: DateFormat[];
  externalIdColumn: string;
  entities: EntityDraft[];
  links: LinkDraft[];
  /** Spec settings the wizard does not edit (delimiter, encoding, sheet, header row). */
  rest: SpecSettings;
}

export type SpecSettings = Omit<
  ImportSpecInput,
  'name' | 'description' | 'dateFormats' | 'externalIdColumn' | 'entities' | 'links'
>;

export function emptyDraft(): MappingDraft {
  return {
    name: '',
    description: '',
    dateFormats: ['YYYY-MM-DD'],
    externalIdColumn: '',
    entities: [],
    links: [],
    rest: {},
  };
}

/** A key not used yet: "person", "person2", … */
export function freshKey(draft: MappingDraft, type: EntityType): string {
  const used = new Set(draft.entities.map((e) => e.key));
  if (!used.has(type)) return type;
  let n = 2;
  while (used.has(`${type}${n}`)) n++;
  return `${type}${n}`;
}

export function newEntity(draft: MappingDraft, type: EntityType): EntityDraft {
  return {
    key: freshKey(draft, type),
    type,
    fields: [{ field: TYPE_FIELDS[type][0]!, column: '', required: false }],
  };
}

/** The specification JSON the backend validates; empty rows of the editor are left out. */
export function toSpec(draft: MappingDraft, fallbackName = 'Unsaved mapping'): ImportSpecInput {
  const spec: ImportSpecInput = {
    ...draft.rest,
    name: draft.name.trim() || fallbackName,
    dateFormats: draft.dateFormats.length ? draft.dateFormats : ['YYYY-MM-DD'],
    entities: draft.entities.map((e) => {
      const mapped = e.fields.filter((f) => f.field.trim() && f.column);
      const formats = mapped.filter((f) => f.dateFormat).map((f) => [f.field.trim(), f.dateFormat!]);
      return {
        ...e.extra,
        key: e.key.trim(),
        type: e.type,
        fields: Object.fromEntries(mapped.map((f) => [f.field.trim(), f.column])),
        required: mapped.filter((f) => f.required).map((f) => f.field.trim()),
        ...(formats.length ? { dateFormat: Object.fromEntries(formats) } : {}),
      };
    }),
    links: draft.links
      .filter((l) => l.from && l.to)
      .map((l) => ({
        type: l.type,
        from: l.from,
        to: l.to,
        ...(l.dateColumn ? { dateColumn: l.dateColumn } : {}),
      })),
  };
  if (draft.description.trim()) spec.description = draft.description.trim();
  if (draft.externalIdColumn) spec.externalIdColumn = draft.externalIdColumn;
  return spec;
}

/** The editor's draft of a saved or shared specification; settings it does not edit are kept. */
export function fromSpec(spec: ImportSpecInput): MappingDraft {
  const { name, description, dateFormats, externalIdColumn, entities, links, ...rest } = spec;
  return {
    name,
    description: description ?? '',
    dateFormats: dateFormats ?? ['YYYY-MM-DD'],
    externalIdColumn: externalIdColumn ?? '',
    entities: entities.map(entityFromSpec),
    links: (links ?? []).map((l) => ({
      type: l.type,
      from: l.from,
      to: l.to,
      dateColumn: l.dateColumn ?? '',
    })),
    rest,
  };
}

function entityFromSpec(e: EntityInput): EntityDraft {
  const { key, type, fields, required, dateFormat, ...extra } = e;
  const req = new Set(required ?? []);
  return {
    key,
    type,
    fields: Object.entries(fields).map(([field, column]) => {
      const format = dateFormat?.[field];
      return { field, column, required: req.has(field), ...(format ? { dateFormat: format } : {}) };
    }),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

/**
 * What is wrong with the draft before asking the backend, in the analyst's words: the
 * shared schema's issues, and columns the file does not have (which only the file knows).
 */
export function draftProblems(draft: MappingDraft, columns: string[]): string[] {
  const problems: string[] = [];
  const have = new Set(columns);
  for (const e of draft.entities)
    for (const f of e.fields)
      for (const column of f.column && columns.length ? columnsOfSource(f.column) : [])
        if (!have.has(column)) problems.push(`${entityName(e)}: column "${column}" is not in the file.`);
  const worded = specIssues(toSpec(draft)).map((i) => wordIssue(draft, i));
  return [...new Set([...worded, ...problems])];
}

const entityName = (e: EntityDraft) => `${ENTITY_TYPE_INFO[e.type]?.label ?? e.type} "${e.key}"`;

/** One schema issue as a sentence naming the entity or link it is about. */
function wordIssue(draft: MappingDraft, issue: SpecIssue): string {
  const [part, index, what, name] = issue.field.split('.');
  if (part === 'entities' && index === undefined) return 'Add at least one entity to map columns to.';
  if (part === 'entities') {
    const e = draft.entities[Number(index)];
    const who = e ? entityName(e) : `Entity ${Number(index) + 1}`;
    if (what === 'key' && issue.message.startsWith('duplicate'))
      return `${who}: another entity has the same key.`;
    if (what === 'key') return `${who}: the key must start with a letter (letters, digits, _ or -).`;
    if (what === 'fields' && name !== undefined) return `${who}: "${name}" is not a field name.`;
    if (what === 'fields') return `${who}: map at least one field to a column.`;
    return `${who}: ${[what, name].filter(Boolean).join('.')}: ${issue.message}.`;
  }
  if (part === 'links') {
    const l = draft.links.filter((x) => x.from && x.to)[Number(index)];
    return `Link "${l?.type ?? index}": choose two mapped entities.`;
  }
  return `${issue.field}: ${issue.message}.`;
}
