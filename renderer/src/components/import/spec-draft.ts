// The wizard's editable mapping and its conversion to and from an import specification
// (the JSON format of db/import/spec.ts, which the renderer may not import: the date
// formats and key rules are repeated here and a unit test keeps them equal).
import { ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import type { LinkType } from '../../../../shared/domain/link-types';

export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The record fields each type conventionally has, offered first in the field picker. */
export const TYPE_FIELDS: Record<EntityType, string[]> = {
  person: ['name', 'alias', 'dob', 'role', 'nationality', 'idNumber'],
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
};

export interface FieldDraft {
  field: string;
  column: string;
  required: boolean;
}

export interface EntityDraft {
  key: string;
  type: EntityType;
  fields: FieldDraft[];
  /** Kept from a loaded spec and written back unchanged. */
  extra?: Record<string, unknown>;
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
  rest: Record<string, unknown>;
}

export const KEY_RE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
export const FIELD_RE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

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
export function toSpec(draft: MappingDraft, fallbackName = 'Unsaved mapping'): Record<string, unknown> {
  const spec: Record<string, unknown> = {
    ...draft.rest,
    name: draft.name.trim() || fallbackName,
    dateFormats: draft.dateFormats.length ? draft.dateFormats : ['YYYY-MM-DD'],
    entities: draft.entities.map((e) => {
      const mapped = e.fields.filter((f) => f.field.trim() && f.column);
      return {
        ...e.extra,
        key: e.key.trim(),
        type: e.type,
        fields: Object.fromEntries(mapped.map((f) => [f.field.trim(), f.column])),
        required: mapped.filter((f) => f.required).map((f) => f.field.trim()),
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

type SpecLike = Record<string, unknown>;

/** The editor's draft of a saved or shared specification; unknown settings are kept as they are. */
export function fromSpec(spec: SpecLike): MappingDraft {
  const { name, description, dateFormats, externalIdColumn, entities, links, ...rest } = spec;
  return {
    name: typeof name === 'string' ? name : '',
    description: typeof description === 'string' ? description : '',
    dateFormats: Array.isArray(dateFormats) ? (dateFormats as DateFormat[]) : ['YYYY-MM-DD'],
    externalIdColumn: typeof externalIdColumn === 'string' ? externalIdColumn : '',
    entities: (Array.isArray(entities) ? (entities as SpecLike[]) : []).map(entityFromSpec),
    links: (Array.isArray(links) ? (links as SpecLike[]) : []).map((l) => ({
      type: l.type as LinkType,
      from: String(l.from ?? ''),
      to: String(l.to ?? ''),
      dateColumn: typeof l.dateColumn === 'string' ? l.dateColumn : '',
    })),
    rest,
  };
}

function entityFromSpec(e: SpecLike): EntityDraft {
  const { key, type, fields, required, ...extra } = e;
  const req = new Set(Array.isArray(required) ? (required as string[]) : []);
  const map = (fields ?? {}) as Record<string, string>;
  return {
    key: String(key ?? ''),
    type: type as EntityType,
    fields: Object.entries(map).map(([field, column]) => ({ field, column, required: req.has(field) })),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

/**
 * What is wrong with the draft before asking the backend, in the analyst's words: keys,
 * fields without a column, columns the file does not have, links to unknown entities.
 */
export function draftProblems(draft: MappingDraft, columns: string[]): string[] {
  const problems: string[] = [];
  const have = new Set(columns);
  const keys = new Set<string>();
  if (draft.entities.length === 0) problems.push('Add at least one entity to map columns to.');
  for (const e of draft.entities) {
    const what = `${ENTITY_TYPE_INFO[e.type]?.label ?? e.type} "${e.key}"`;
    if (!KEY_RE.test(e.key))
      problems.push(`${what}: the key must start with a letter (letters, digits, _ or -).`);
    if (keys.has(e.key)) problems.push(`${what}: another entity has the same key.`);
    keys.add(e.key);
    const mapped = e.fields.filter((f) => f.field.trim() && f.column);
    if (mapped.length === 0) problems.push(`${what}: map at least one field to a column.`);
    for (const f of e.fields) {
      if (f.field.trim() && !FIELD_RE.test(f.field.trim()))
        problems.push(`${what}: "${f.field}" is not a field name.`);
      if (f.column && columns.length && !have.has(f.column))
        problems.push(`${what}: column "${f.column}" is not in the file.`);
    }
  }
  for (const l of draft.links) {
    if (!keys.has(l.from) || !keys.has(l.to)) problems.push(`Link "${l.type}": choose two mapped entities.`);
  }
  return problems;
}
