// Turns one table row into the records and links an import specification maps it to,
// or into problems naming the row, the column and what is wrong. Pure: no database.
import { createHash } from 'node:crypto';
import type { Grade } from '../../shared/contract/grading-model';
import { RowGrades } from '../grading/import-grades';
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import type { ImportProblem } from '../../shared/contract/exchange-model';
import { foldText, identifiersOf, type Identifier } from '../linking/identifiers';
import { dateReader, type DateResult } from './dates';
import { clip, clipList } from '../safety/quote';
import { defaultLabel, fillTemplate } from './labels';
import { COLUMN_REF_RE, columnsOfSource } from '../../shared/contract/import-spec';
import { columnsUsed, dedupeRuleOf, type EntityMapping, type LinkMapping, type ParsedSpec } from './spec';

/** Excel's own limit for one cell; anything longer is a broken file, not a fact. */
export const MAX_CELL_CHARS = 32_767;
/** A column name longer than this is a wrong delimiter or a file that is not a table. */
export const MAX_HEADER_CHARS = 1000;
/** Columns of an imported table: far more than any case file has (the .xlsx reader has the same cap). */
export const MAX_COLUMNS = 2000;

export interface MappedRecord {
  key: string;
  type: EntityType;
  label: string;
  fields: Record<string, string>;
  identifiers: Identifier[];
  /** Unique in the case: the row's id and mapping key, or the deduplicated value. */
  externalId: string;
  /** True when rows share this record (deduplicated on identifying values). */
  shared: boolean;
}

export interface MappedLink {
  type: LinkType;
  from: string;
  to: string;
  label: string;
  occurredOn: string | null;
  externalId: string;
  /** True when both ends are shared records: rows repeating it state one link. */
  shared: boolean;
}

export interface MappedRow {
  row: number;
  /** The row's id: its external-id cell, or a hash of its cells when none is mapped. */
  id: string;
  records: MappedRecord[];
  links: MappedLink[];
  /** The source grade of the row's records and links (the file's, or its grade columns'). */
  grade?: Grade;
}

export type MapResult =
  | { kind: 'blank' }
  /** warnings: cells dropped (an impossible date); the rest of the row imports. */
  | { kind: 'row'; row: MappedRow; warnings: ImportProblem[] }
  | { kind: 'invalid'; problems: ImportProblem[] };

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 24);
const DATE_FIELDS = ['date', 'dob'];

/** What an entity's values make of it, whichever row states them. */
interface Identity {
  identifiers: Identifier[];
  /** The record's external id when rows share it (deduplicated); null for one record per row. */
  sharedId: string | null;
  /** The label from the template or the default; a label column, when filled, comes first. */
  label: string;
}
/** Identities remembered across all entities of a spec; each entity has its own share. */
const IDENTITY_CACHE_SIZE = 50_000;
/** Link ids remembered across all links of a spec that can join two shared records. */
const LINK_ID_CACHE_SIZE = 20_000;

/** A mapped field and where its column sits in the file's rows. */
interface FieldPlan {
  field: string;
  /** The column's name, or the template over column names (a composite field). */
  column: string;
  /** Index of the column in a row; -1 until the header is read, or if it lacks the column. */
  at: number;
  /** A composite field's template and its columns' indexes; null for one column. */
  composite: { template: string; columns: string[]; at: number[] } | null;
  required: boolean;
  /** The field's own date reader; null: not a date; 'spec': the spec's formats (cached per row). */
  date: ((raw: string) => DateResult) | 'spec' | null;
}

/** An entity mapping, worked out once so that the row loop only walks arrays. */
interface EntityPlan {
  mapping: EntityMapping;
  fields: FieldPlan[];
  /** Index of the label column (label: { column }), else -1. */
  labelAt: number;
  /** Identities of the value sets seen so far; null when every row makes its own record. */
  identities: IdentityCache | null;
}

interface LinkPlan {
  mapping: LinkMapping;
  /** Position in the spec's links: names a per-row link in its external id. */
  position: number;
  /** Indexes of the linked entities in the plans (-1: no such entity). */
  from: number;
  to: number;
  /** Index of the date column, else -1. */
  dateAt: number;
  /** Ids of the link when it joins two shared records. */
  sharedIds: SharedLinkIds;
}

/** A field's value, '' when the row does not state it. */
const valueIn = (fields: Record<string, string>, field: string) =>
  Object.hasOwn(fields, field) ? fields[field]! : '';

/** Maps nested one level per field of an entity, keyed by the field's value; Identities last. */
type ValueTree = Map<string, ValueTree | Identity>;

/**
 * Identities of one entity's value sets (the entity maps at least one field). Looked up
 * field by field, so no key string is built per row and no separator can make two value
 * sets look alike. Cleared when full, so memory stays flat.
 *
 * Values that never repeat (serials) would only fill it: when it is full having served
 * fewer hits than a tenth of its entries, it rests (neither looks up nor remembers) for
 * ten times as many rows, then tries again, in case the values repeat further on.
 */
class IdentityCache {
  private tree: ValueTree = new Map();
  private size = 0;
  private hits = 0;
  private resting = 0;

  constructor(
    private readonly fields: FieldPlan[],
    private readonly max: number,
  ) {}

  get(values: Record<string, string>): Identity | undefined {
    if (this.resting > 0) {
      this.resting--;
      return undefined;
    }
    let node: ValueTree | Identity | undefined = this.tree;
    for (const f of this.fields) {
      node = (node as ValueTree).get(valueIn(values, f.field));
      if (node === undefined) return undefined;
    }
    this.hits++;
    return node as Identity; // as deep as there are fields
  }

  set(values: Record<string, string>, identity: Identity): void {
    if (this.resting > 0) return;
    if (this.size >= this.max) {
      if (this.hits < this.max / 10) this.resting = this.max * 10;
      this.tree = new Map();
      this.size = 0;
      this.hits = 0;
      if (this.resting > 0) return;
    }
    let node = this.tree;
    const last = this.fields.length - 1;
    for (let i = 0; i < last; i++) {
      const value = valueIn(values, this.fields[i]!.field);
      let next = node.get(value) as ValueTree | undefined;
      if (!next) node.set(value, (next = new Map()));
      node = next;
    }
    node.set(valueIn(values, this.fields[last]!.field), identity);
    this.size++;
  }
}

/**
 * External ids of one link between shared records, by the ids of its ends: the same pairs
 * recur on many rows, and two lookups by ids already hashed as Map keys cost less than
 * building, hashing and sha1-ing one key of both. Cleared when full, so memory stays flat.
 */
class SharedLinkIds {
  private readonly byFrom = new Map<string, Map<string, string>>();
  private size = 0;

  constructor(
    private readonly type: LinkType,
    private readonly max: number,
  ) {}

  idOf(from: string, to: string): string {
    let byTo = this.byFrom.get(from);
    let id = byTo?.get(to);
    if (id !== undefined) return id;
    id = `link|${this.type}|${hash(`${from}\u0000${to}`)}`;
    if (this.size >= this.max) {
      this.byFrom.clear();
      this.size = 0;
      byTo = undefined;
    }
    if (!byTo) this.byFrom.set(from, (byTo = new Map()));
    byTo.set(to, id);
    this.size++;
    return id;
  }
}

/** The label an entity's values make: its template's, else the type's default. */
function labelOf(e: EntityMapping, fields: Record<string, string>): string {
  if (e.label && 'template' in e.label)
    return fillTemplate(e.label.template, fields) || defaultLabel(e.type, fields);
  return defaultLabel(e.type, fields);
}

/** A row's cell, trimmed; '' for a column the file lacks. */
const cellAt = (cells: string[], at: number): string => (at < 0 ? '' : (cells[at] ?? '').trim());

/**
 * A composite field's value: the template with each {column} replaced by its cell. Empty
 * parts leave no stray spaces, commas or empty brackets behind ("{number} {street}" with
 * no number is just the street).
 */
export function fillComposite(template: string, cell: (column: string) => string): string {
  return template
    .replace(COLUMN_REF_RE, (_m, name: string) => cell(name.trim()))
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([,;])(\s*[,;])+/g, '$1')
    .replace(/\s+([,;])/g, '$1')
    .replace(/^[\s,;/-]+|[\s,;/-]+$/g, '');
}

/** A field's cell, or its composite's filled template. */
function valueOf(f: FieldPlan, cells: string[]): string {
  if (!f.composite) return cellAt(cells, f.at);
  const { columns, at } = f.composite;
  return fillComposite(f.composite.template, (name) => cellAt(cells, at[columns.indexOf(name)] ?? -1));
}

export class RowMapper {
  private header: string[] = [];
  private index = new Map<string, number>();
  private readonly file: string;
  /** The spec's entities and links, planned once; the spec is not changed while mapping. */
  private readonly entities: EntityPlan[];
  private readonly links: LinkPlan[];
  private idAt = -1;
  private readonly grades: RowGrades;
  private readonly readDate: (raw: string) => DateResult;
  /** Reader of each link's date column: its own format, or the spec's formats. */
  private readonly linkDates: ((raw: string) => DateResult)[];
  /** The current row's dates by column: a purchase date is also the date of its links. */
  private rowDates: (DateResult | undefined)[] = [];
  /** The current row's record of each entity (null: nothing stated), for links to find. */
  private readonly rowRecords: (MappedRecord | null)[];

  constructor(
    private readonly spec: ParsedSpec,
    file: string,
  ) {
    this.file = file;
    this.grades = new RowGrades(spec.grading);
    this.readDate = dateReader(spec.dateFormats);
    const birthDates = dateReader(spec.dateFormats, { birth: true });
    const deduplicating = spec.entities.filter((e) => dedupeRuleOf(e) !== 'none').length;
    // A column of unique values (serials) must not evict another entity's repeats (phones).
    const identitiesMax = Math.max(1_000, Math.floor(IDENTITY_CACHE_SIZE / Math.max(1, deduplicating)));
    this.entities = spec.entities.map((mapping) => {
      const fields = Object.entries(mapping.fields).map(([field, column]): FieldPlan => {
        const own = mapping.dateFormat?.[field];
        const isDate = own !== undefined || DATE_FIELDS.includes(field) || mapping.dateFields.includes(field);
        const birth = field === 'dob';
        const date = !isDate
          ? null
          : own
            ? dateReader([own], { birth })
            : birth
              ? birthDates
              : ('spec' as const);
        const composite = column.includes('{')
          ? { template: column, columns: columnsOfSource(column), at: [] as number[] }
          : null;
        return { field, column, at: -1, composite, required: mapping.required.includes(field), date };
      });
      // Without fields an entity states nothing, so it never makes a record to look up.
      const identities =
        dedupeRuleOf(mapping) === 'none' || fields.length === 0
          ? null
          : new IdentityCache(fields, identitiesMax);
      return { mapping, fields, labelAt: -1, identities };
    });
    this.rowRecords = this.entities.map(() => null);
    const entityAt = (key: string) => spec.entities.findIndex((e) => e.key === key);
    // Only links between two deduplicated entities can be shared: they split the budget.
    const deduplicated = (key: string) => this.entities[entityAt(key)]?.identities != null;
    const shareable = spec.links.filter((l) => deduplicated(l.from) && deduplicated(l.to)).length;
    const linkIdsMax = Math.max(1_000, Math.floor(LINK_ID_CACHE_SIZE / Math.max(1, shareable)));
    this.linkDates = spec.links.map((l) => (l.dateFormat ? dateReader([l.dateFormat]) : this.readDate));
    this.links = spec.links.map((mapping, position) => ({
      mapping,
      position,
      from: entityAt(mapping.from),
      to: entityAt(mapping.to),
      dateAt: -1,
      sharedIds: new SharedLinkIds(mapping.type, linkIdsMax),
    }));
  }

  get columns(): string[] {
    return this.header;
  }

  /** Takes the header row; returns problems that make the whole file unusable. */
  setHeader(cells: string[], rowNumber: number): ImportProblem[] {
    if (cells.length > MAX_COLUMNS)
      return [
        this.problem(
          rowNumber,
          null,
          `the header has ${cells.length.toLocaleString('en-US')} columns; the limit is ${MAX_COLUMNS}: is this the right file, delimiter and header row?`,
        ),
      ];
    const long = cells.findIndex((c) => c.length > MAX_HEADER_CHARS);
    if (long >= 0)
      return [
        this.problem(
          rowNumber,
          `Column ${long + 1}`,
          `the header cell has ${cells[long]!.length.toLocaleString('en-US')} characters (limit ${MAX_HEADER_CHARS}): it starts "${clip(cells[long]!, 80)}"; is this the right file, delimiter and header row?`,
        ),
      ];
    const seen = new Map<string, number>();
    this.header = cells.map((c, i) => {
      const name = c.trim() || `Column ${i + 1}`;
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return n > 1 ? `${name} (${n})` : name;
    });
    this.header.forEach((name, i) => this.index.set(name, i));
    const lower = new Map(this.header.map((h, i) => [h.toLowerCase(), i]));
    const problems: ImportProblem[] = [];
    for (const col of columnsUsed(this.spec)) {
      if (this.index.has(col)) continue;
      const i = lower.get(col.toLowerCase());
      if (i !== undefined) this.index.set(col, i);
      else
        problems.push(
          this.problem(
            rowNumber,
            col,
            `the specification maps column "${col}", which is not in the file's header (${clipList(this.header)})`,
          ),
        );
    }
    this.locateColumns();
    this.rowDates = this.header.map(() => undefined);
    return problems;
  }

  /** Resolves each column the spec names to its index, once per header rather than per cell. */
  private locateColumns(): void {
    const at = (column: string | undefined) => (column === undefined ? -1 : (this.index.get(column) ?? -1));
    this.idAt = at(this.spec.externalIdColumn);
    for (const e of this.entities) {
      for (const f of e.fields) {
        f.at = f.composite ? -1 : at(f.column);
        if (f.composite) f.composite.at = f.composite.columns.map(at);
      }
      e.labelAt = e.mapping.label && 'column' in e.mapping.label ? at(e.mapping.label.column) : -1;
    }
    for (const l of this.links) l.dateAt = at(l.mapping.dateColumn);
    this.grades.locate(at);
  }

  map(cells: string[], rowNumber: number, parseError?: string): MapResult {
    if (cells.every((c) => c.trim() === '')) return { kind: 'blank' };
    const problems: ImportProblem[] = [];
    if (parseError) problems.push(this.problem(rowNumber, null, parseError));
    if (cells.length !== this.header.length)
      problems.push(
        this.problem(
          rowNumber,
          null,
          `ragged row: ${cells.length} fields where the header has ${this.header.length}`,
        ),
      );
    for (let i = 0; i < cells.length; i++) {
      const length = cells[i]?.length ?? 0;
      if (length > MAX_CELL_CHARS)
        problems.push(
          this.problem(
            rowNumber,
            this.header[i] ?? `Column ${i + 1}`,
            `cell of ${length.toLocaleString('en-US')} characters; the limit is ${MAX_CELL_CHARS.toLocaleString('en-US')}`,
          ),
        );
    }
    if (problems.length) return { kind: 'invalid', problems };
    this.rowDates.fill(undefined);
    const rowId = this.rowId(cells, rowNumber, problems);
    const records: MappedRecord[] = [];
    const warnings: ImportProblem[] = [];
    for (let i = 0; i < this.entities.length; i++) {
      const rec = this.mapEntity(this.entities[i]!, cells, rowNumber, rowId, problems, warnings);
      this.rowRecords[i] = rec;
      if (rec) records.push(rec);
    }
    const links = this.mapLinks(cells, rowNumber, rowId, problems, warnings);
    const grade = this.grades.read(cells, (column, message) =>
      problems.push(this.problem(rowNumber, column, message)),
    );
    if (problems.length) return { kind: 'invalid', problems };
    const row: MappedRow = { row: rowNumber, id: rowId, records, links, ...(grade ? { grade } : {}) };
    return { kind: 'row', row, warnings };
  }

  private readField(f: FieldPlan, value: string): DateResult {
    return f.date === 'spec' || f.date === null ? this.readDate(value) : f.date(value);
  }

  /** The date in column `at` of the current row (its trimmed text given), read once per row. */
  private dateIn(at: number, text: string): DateResult {
    return (this.rowDates[at] ??= this.readDate(text));
  }

  private rowId(cells: string[], rowNumber: number, problems: ImportProblem[]): string {
    const col = this.spec.externalIdColumn;
    if (!col) return `row:${hash(cells.join('\u001f'))}`;
    const value = cellAt(cells, this.idAt);
    if (!value) problems.push(this.problem(rowNumber, col, 'the external id is empty'));
    return value;
  }

  private mapEntity(
    plan: EntityPlan,
    cells: string[],
    rowNumber: number,
    rowId: string,
    problems: ImportProblem[],
    warnings: ImportProblem[],
  ): MappedRecord | null {
    const e = plan.mapping;
    const fields: Record<string, string> = {};
    let stated = 0;
    for (const f of plan.fields) {
      const value = valueOf(f, cells);
      if (!value) {
        if (f.required)
          problems.push(this.problem(rowNumber, f.column, `required ${e.key} field "${f.field}" is empty`));
        continue;
      }
      if (f.date) {
        const d = f.date === 'spec' && !f.composite ? this.dateIn(f.at, value) : this.readField(f, value);
        if (!d.ok) {
          // An impossible date (a typo such as month 00) loses only that cell, unless required.
          if (d.impossible && !f.required)
            warnings.push(this.problem(rowNumber, f.column, `${d.message}; the cell was left out`));
          else problems.push(this.problem(rowNumber, f.column, d.message));
          continue;
        }
        fields[f.field] = d.value;
      } else fields[f.field] = value;
      stated++;
    }
    if (stated === 0) return null; // nothing stated: no record
    const { identifiers, sharedId, label } = this.identity(plan, fields);
    return {
      key: e.key,
      type: e.type,
      label: cellAt(cells, plan.labelAt) || label,
      fields,
      identifiers,
      externalId: sharedId ?? `${rowId}#${e.key}`,
      shared: sharedId !== null,
    };
  }

  /**
   * Normalised identifiers, shared id and label of an entity's values. Repeated values
   * (the same dealer on every row) are looked up instead of normalised again: phone
   * parsing is the costliest step of a row.
   */
  private identity(plan: EntityPlan, fields: Record<string, string>): Identity {
    const cache = plan.identities;
    const hit = cache?.get(fields);
    if (hit) return hit;
    const e = plan.mapping;
    const identifiers = identifiersOf(e.type, fields);
    const key = this.dedupeKey(e, fields, identifiers);
    const sharedId = key === null ? null : key.length > 180 ? `${e.type}|h:${hash(key)}` : `${e.type}|${key}`;
    const found = { identifiers, sharedId, label: labelOf(e, fields) };
    cache?.set(fields, found);
    return found;
  }

  /** The deduplication rule, documented in spec.ts (DEDUPE_RULES). */
  private dedupeKey(e: EntityMapping, fields: Record<string, string>, ids: Identifier[]): string | null {
    const rule = dedupeRuleOf(e);
    if (rule === 'none') return null;
    // One identifier (most types): its key directly, without sorting a list of one.
    if (rule === 'identifier' && ids.length === 1) return `${ids[0]!.kind}:${ids[0]!.value}`;
    if (rule === 'identifier' && ids.length > 0)
      return ids
        .map((i) => `${i.kind}:${i.value}`)
        .sort()
        .join('|');
    return Object.keys(fields)
      .sort()
      .map((f) => `${f}=${foldText(fields[f] ?? '')}`)
      .join('|');
  }

  private mapLinks(
    cells: string[],
    rowNumber: number,
    rowId: string,
    problems: ImportProblem[],
    warnings: ImportProblem[],
  ): MappedLink[] {
    const links: MappedLink[] = [];
    for (const plan of this.links) {
      const l = plan.mapping;
      const from = this.rowRecords[plan.from];
      const to = this.rowRecords[plan.to];
      if (!from || !to) continue; // an optional entity absent from this row
      let occurredOn: string | null = null;
      const raw = cellAt(cells, plan.dateAt);
      const read = this.linkDates[plan.position]!;
      const d = !raw ? null : read === this.readDate ? this.dateIn(plan.dateAt, raw) : read(raw);
      if (d && !d.ok && d.impossible)
        warnings.push(this.problem(rowNumber, l.dateColumn ?? null, `${d.message}; the link has no date`));
      else if (d && !d.ok) problems.push(this.problem(rowNumber, l.dateColumn ?? null, d.message));
      else if (d) occurredOn = d.value;
      // A link between two shared records is stated once however many rows repeat it.
      const shared = from.shared && to.shared;
      const externalId = shared
        ? plan.sharedIds.idOf(from.externalId, to.externalId)
        : `${rowId}#${plan.position}`;
      links.push({
        type: l.type,
        from: l.from,
        to: l.to,
        label: l.label ?? '',
        occurredOn,
        externalId,
        shared,
      });
    }
    return links;
  }

  problem(row: number | null, column: string | null, message: string): ImportProblem {
    return { file: this.file, row, column, message };
  }
}
