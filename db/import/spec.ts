// Import specifications: a named, shareable mapping of table columns to entities,
// their fields and the links between them (like an i2 import specification).
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../../shared/domain/entity-types';
import { LINK_TYPES } from '../../shared/domain/link-types';
import { WorkbenchError } from '../../shared/contract/result';

const column = z.string().trim().min(1).max(200);
const key = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'a short key: letters, digits, _ or -');

export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * How repeated values across rows become records:
 * - 'identifier': one record per normalised identifier (phone number, licence, serial…);
 * - 'values': one record per distinct set of mapped values (case- and accent-folded);
 * - 'none': one record per row (events such as purchases).
 * Absent: 'identifier' for types that have identifiers, 'none' for event types, else 'values'.
 */
export const DEDUPE_RULES = ['identifier', 'values', 'none'] as const;
export type DedupeRule = (typeof DEDUPE_RULES)[number];

const entityMapping = z.strictObject({
  key,
  type: z.enum(ENTITY_TYPES),
  fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'a field name'), column),
  /** A template such as "{name} ({dob})" over this entity's fields, or a column. */
  label: z.union([z.strictObject({ template: z.string().max(300) }), z.strictObject({ column })]).optional(),
  required: z.array(z.string()).default([]),
  /** Fields holding dates (besides 'date' and 'dob', which always are). */
  dateFields: z.array(z.string()).default([]),
  dedupe: z.enum(DEDUPE_RULES).optional(),
});

const linkMapping = z.strictObject({
  type: z.enum(LINK_TYPES),
  from: key,
  to: key,
  dateColumn: column.optional(),
  label: z.string().max(200).optional(),
});

export const importSpecSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).optional(),
    /** Field delimiter; absent or '' means detect. */
    delimiter: z.string().max(1).optional(),
    encoding: z.enum(['auto', 'utf-8', 'latin1', 'windows-1252']).default('auto'),
    /** Worksheet of an .xlsx file (name); the first sheet when absent. */
    sheet: z.string().max(200).optional(),
    /** 1-based row holding the column names; data starts on the next row. */
    headerRow: z.number().int().min(1).max(1000).default(1),
    dateFormats: z.array(z.enum(DATE_FORMATS)).min(1).default(['YYYY-MM-DD']),
    externalIdColumn: column.optional(),
    entities: z.array(entityMapping).min(1).max(50),
    links: z.array(linkMapping).max(200).default([]),
  })
  .superRefine((spec, ctx) => {
    const keys = new Set<string>();
    spec.entities.forEach((e, i) => {
      if (keys.has(e.key))
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'key'], message: `duplicate key "${e.key}"` });
      keys.add(e.key);
      if (Object.keys(e.fields).length === 0 && !e.label)
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'fields'], message: 'map at least one field' });
      e.required.forEach((f, j) => {
        if (!Object.hasOwn(e.fields, f))
          ctx.addIssue({
            code: 'custom',
            path: ['entities', i, 'required', j],
            message: `"${f}" is not a mapped field`,
          });
      });
    });
    spec.links.forEach((l, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!keys.has(l[end]))
          ctx.addIssue({
            code: 'custom',
            path: ['links', i, end],
            message: `no entity with key "${l[end]}"`,
          });
      }
    });
  });

export type ImportSpecInput = z.input<typeof importSpecSchema>;
export type ParsedSpec = z.output<typeof importSpecSchema>;
export type EntityMapping = ParsedSpec['entities'][number];
export type LinkMapping = ParsedSpec['links'][number];

/** Validates a spec from the UI, a saved row or a JSON file; BAD_FILE names each wrong field. */
export function parseSpec(raw: unknown, where = 'import specification'): ParsedSpec {
  const parsed = importSpecSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    field: i.path.map(String).join('.') || '(spec)',
    message: i.message,
  }));
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new WorkbenchError('INVALID_INPUT', `Invalid ${where}: ${summary}`, { issues });
}

const EVENT_TYPES: ReadonlySet<EntityType> = new Set(['purchase', 'shipment', 'crossing', 'recovery']);
const IDENTIFIED_TYPES: ReadonlySet<EntityType> = new Set([
  'phone',
  'dealer',
  'firearm',
  'vehicle',
  'address',
  'account',
]);

export function dedupeRuleOf(mapping: EntityMapping): DedupeRule {
  if (mapping.dedupe) return mapping.dedupe;
  if (EVENT_TYPES.has(mapping.type)) return 'none';
  return IDENTIFIED_TYPES.has(mapping.type) ? 'identifier' : 'values';
}

/** Columns the spec reads: each must exist in the file's header. */
export function columnsUsed(spec: ParsedSpec): string[] {
  const cols = new Set<string>();
  if (spec.externalIdColumn) cols.add(spec.externalIdColumn);
  for (const e of spec.entities) {
    for (const c of Object.values(e.fields)) cols.add(c);
    if (e.label && 'column' in e.label) cols.add(e.label.column);
  }
  for (const l of spec.links) if (l.dateColumn) cols.add(l.dateColumn);
  return [...cols];
}
