// The import specification: a named, shareable mapping of table columns to entities,
// their fields and the links between them (like an i2 import specification). One schema
// for every side: the contract validates calls with it, the wizard checks its draft with
// it, the CLI reads spec files with it and the store validates saved specs with it.
// The format is documented in docs/import-spec.md.
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/entity-types';
import { LINK_TYPES } from '../domain/link-types';
import { RELIABILITY } from './grading-model';
import { inputIssues } from './issues';

const column = z.string().trim().min(1).max(200);

/** Braces name columns in a composite field: "{street_number} {address_1}". */
export const COLUMN_REF_RE = /\{([^{}]+)\}/g;

/** A field's source: one column's name, or a template over column names. */
const fieldSource = column.refine((text) => !/[{}]/.test(text) || columnsOfSource(text).length > 0, {
  message: 'a column name, or a template naming columns in braces such as "{street_number} {address_1}"',
});

/** The columns a field reads: the template's column names, or the column itself. */
export function columnsOfSource(source: string): string[] {
  if (!source.includes('{')) return [source];
  return [...source.matchAll(COLUMN_REF_RE)].map((m) => m[1]!.trim()).filter(Boolean);
}

export const KEY_RE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
export const FIELD_RE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const key = z.string().trim().regex(KEY_RE, 'a short key: letters, digits, _ or -');
const fieldName = z.string().regex(FIELD_RE, 'a field name');

export const ENCODINGS = ['auto', 'utf-8', 'latin1', 'windows-1252'] as const;

/**
 * Date formats a column may be written in. Two-digit years (YY) are resolved as documented
 * in docs/import-spec.md: a date of birth is never in the future; other dates read 00–68
 * as 2000–2068 and 69–99 as 1969–1999. 'excel-serial' is a spreadsheet's day number
 * (45292 = 2024-01-01).
 */
export const DATE_FORMATS = [
  'YYYY-MM-DD',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'DD.MM.YYYY',
  'YYYY/MM/DD',
  'YYYYMMDD',
  'DD/MM/YY',
  'MM/DD/YY',
  'excel-serial',
] as const;
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
  /** Field name → column name, or a template over column names (a composite field). */
  fields: z.record(fieldName, fieldSource),
  /** A template such as "{name} ({dob})" over this entity's fields, or a column. */
  label: z.union([z.strictObject({ template: z.string().max(300) }), z.strictObject({ column })]).optional(),
  required: z.array(z.string()).default([]),
  /** Fields holding dates (besides 'date' and 'dob', which always are). */
  dateFields: z.array(z.string()).default([]),
  /** The date format of one field's column, overriding the spec's dateFormats for it. */
  dateFormat: z.record(fieldName, z.enum(DATE_FORMATS)).optional(),
  dedupe: z.enum(DEDUPE_RULES).optional(),
});

/**
 * The source grade of every record and link the file states: for the whole file
 * (reliability A-F, credibility 1-6) and/or read per row from columns. A reliability cell
 * holds a letter ("B") and a credibility cell a digit ("2"); one column may hold both ("B2").
 * An empty cell takes the file's grade.
 */
const grading = z.strictObject({
  reliability: z.enum(RELIABILITY).optional(),
  credibility: z.number().int().min(1).max(6).optional(),
  reliabilityColumn: column.optional(),
  credibilityColumn: column.optional(),
});

const linkMapping = z.strictObject({
  type: z.enum(LINK_TYPES),
  from: key,
  to: key,
  dateColumn: column.optional(),
  /** The date column's format, overriding the spec's dateFormats. */
  dateFormat: z.enum(DATE_FORMATS).optional(),
  label: z.string().max(200).optional(),
});

export const importSpecSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).optional(),
    /** Field delimiter; absent or '' means detect. */
    delimiter: z.string().max(1).optional(),
    encoding: z.enum(ENCODINGS).default('auto'),
    /** Worksheet of an .xlsx file (name); the first sheet when absent. */
    sheet: z.string().max(200).optional(),
    /** 1-based row holding the column names; data starts on the next row. */
    headerRow: z.number().int().min(1).max(1000).default(1),
    dateFormats: z.array(z.enum(DATE_FORMATS)).min(1).default(['YYYY-MM-DD']),
    externalIdColumn: column.optional(),
    entities: z.array(entityMapping).min(1).max(50),
    links: z.array(linkMapping).max(200).default([]),
    grading: grading.optional(),
  })
  .superRefine((spec, ctx) => {
    const keys = new Set<string>();
    spec.entities.forEach((e, i) => {
      if (keys.has(e.key))
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'key'], message: `duplicate key "${e.key}"` });
      keys.add(e.key);
      if (Object.keys(e.fields).length === 0 && !e.label)
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'fields'], message: 'map at least one field' });
      for (const f of Object.keys(e.dateFormat ?? {}))
        if (!Object.hasOwn(e.fields, f))
          ctx.addIssue({
            code: 'custom',
            path: ['entities', i, 'dateFormat', f],
            message: `"${f}" is not a mapped field`,
          });
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

/** A spec given inline, or the name of one saved in the workspace. */
export const specOrSavedName = z.union([z.string().trim().min(1).max(120), importSpecSchema]);

export type ImportSpecInput = z.input<typeof importSpecSchema>;
export type ParsedSpec = z.output<typeof importSpecSchema>;
export type EntityMapping = ParsedSpec['entities'][number];
export type LinkMapping = ParsedSpec['links'][number];

export interface SpecIssue {
  /** Where in the spec, e.g. "entities.0.key"; "(spec)" for the whole. */
  field: string;
  message: string;
}

/** What is wrong with a spec, each issue named by its place; [] when it is valid. */
export function specIssues(raw: unknown): SpecIssue[] {
  const parsed = importSpecSchema.safeParse(raw);
  if (parsed.success) return [];
  return inputIssues(parsed.error.issues).map((i) => ({
    field: i.field === '(input)' ? '(spec)' : i.field,
    message: i.message,
  }));
}
