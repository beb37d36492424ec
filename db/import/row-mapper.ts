// Turns one table row into the records and links an import specification maps it to,
// or into problems naming the row, the column and what is wrong. Pure: no database.
import { createHash } from 'node:crypto';
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import type { ImportProblem } from '../../shared/contract/exchange-model';
import { foldText, identifiersOf, type Identifier } from '../linking/identifiers';
import { parseDate } from './dates';
import { defaultLabel, fillTemplate } from './labels';
import { columnsUsed, dedupeRuleOf, type EntityMapping, type ParsedSpec } from './spec';

/** Excel's own limit for one cell; anything longer is a broken file, not a fact. */
export const MAX_CELL_CHARS = 32_767;

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
  records: MappedRecord[];
  links: MappedLink[];
}

export type MapResult =
  { kind: 'blank' } | { kind: 'row'; row: MappedRow } | { kind: 'invalid'; problems: ImportProblem[] };

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 24);
const DATE_FIELDS = ['date', 'dob'];

interface Identity {
  identifiers: Identifier[];
  key: string | null;
}
const IDENTITY_CACHE_SIZE = 50_000;

export class RowMapper {
  private header: string[] = [];
  private readonly identities = new Map<string, Identity>();
  private index = new Map<string, number>();
  private readonly file: string;

  constructor(
    private readonly spec: ParsedSpec,
    file: string,
  ) {
    this.file = file;
  }

  get columns(): string[] {
    return this.header;
  }

  /** Takes the header row; returns problems that make the whole file unusable. */
  setHeader(cells: string[], rowNumber: number): ImportProblem[] {
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
            `the specification maps column "${col}", which is not in the file's header (${this.header.join(', ')})`,
          ),
        );
    }
    return problems;
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
    cells.forEach((c, i) => {
      if (c.length > MAX_CELL_CHARS)
        problems.push(
          this.problem(
            rowNumber,
            this.header[i] ?? `Column ${i + 1}`,
            `cell of ${c.length.toLocaleString('en-US')} characters; the limit is ${MAX_CELL_CHARS.toLocaleString('en-US')}`,
          ),
        );
    });
    if (problems.length) return { kind: 'invalid', problems };
    const rowId = this.rowId(cells, rowNumber, problems);
    const records = new Map<string, MappedRecord>();
    for (const e of this.spec.entities) {
      const rec = this.mapEntity(e, cells, rowNumber, rowId, problems);
      if (rec) records.set(e.key, rec);
    }
    const links = this.mapLinks(records, cells, rowNumber, rowId, problems);
    if (problems.length) return { kind: 'invalid', problems };
    return { kind: 'row', row: { row: rowNumber, records: [...records.values()], links } };
  }

  private cell(cells: string[], column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  }

  private rowId(cells: string[], rowNumber: number, problems: ImportProblem[]): string {
    const col = this.spec.externalIdColumn;
    if (!col) return `row:${hash(cells.join('\u001f'))}`;
    const value = this.cell(cells, col);
    if (!value) problems.push(this.problem(rowNumber, col, 'the external id is empty'));
    return value;
  }

  private mapEntity(
    e: EntityMapping,
    cells: string[],
    rowNumber: number,
    rowId: string,
    problems: ImportProblem[],
  ): MappedRecord | null {
    const fields: Record<string, string> = {};
    for (const [field, column] of Object.entries(e.fields)) {
      const value = this.cell(cells, column);
      if (!value) {
        if (e.required.includes(field))
          problems.push(this.problem(rowNumber, column, `required ${e.key} field "${field}" is empty`));
        continue;
      }
      if (DATE_FIELDS.includes(field) || e.dateFields.includes(field)) {
        const d = parseDate(value, this.spec.dateFormats);
        if (!d.ok) problems.push(this.problem(rowNumber, column, d.message));
        else fields[field] = d.value;
      } else fields[field] = value;
    }
    if (Object.keys(fields).length === 0) return null; // nothing stated: no record
    const label = this.labelOf(e, fields, cells);
    const { identifiers, key } = this.identity(e, fields);
    const externalId =
      key === null ? `${rowId}#${e.key}` : key.length > 180 ? `${e.type}|h:${hash(key)}` : `${e.type}|${key}`;
    return { key: e.key, type: e.type, label, fields, identifiers, externalId, shared: key !== null };
  }

  /**
   * Normalised identifiers and dedupe key of an entity's values. Repeated values (the
   * same dealer on every row) are looked up instead of normalised again: phone
   * parsing is the costliest step of a row. The cache is bounded, so memory stays flat.
   */
  private identity(e: EntityMapping, fields: Record<string, string>): Identity {
    // One record per row: nothing repeats, nothing to look up.
    if (dedupeRuleOf(e) === 'none') return { identifiers: identifiersOf(e.type, fields), key: null };
    // Field names belong in the key: a serial with a make and no model must not pass for
    // the same serial with that text as its model (unlike the label, they decide the key).
    const cacheKey = `${e.key}\u0000${JSON.stringify(fields)}`;
    const hit = this.identities.get(cacheKey);
    if (hit) return hit;
    const identifiers = identifiersOf(e.type, fields);
    const found = { identifiers, key: this.dedupeKey(e, fields, identifiers) };
    if (this.identities.size >= IDENTITY_CACHE_SIZE) this.identities.clear();
    this.identities.set(cacheKey, found);
    return found;
  }

  private labelOf(e: EntityMapping, fields: Record<string, string>, cells: string[]): string {
    if (e.label && 'column' in e.label)
      return this.cell(cells, e.label.column) || defaultLabel(e.type, fields);
    if (e.label) return fillTemplate(e.label.template, fields) || defaultLabel(e.type, fields);
    return defaultLabel(e.type, fields);
  }

  /** The deduplication rule, documented in spec.ts (DEDUPE_RULES). */
  private dedupeKey(e: EntityMapping, fields: Record<string, string>, ids: Identifier[]): string | null {
    const rule = dedupeRuleOf(e);
    if (rule === 'none') return null;
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
    records: Map<string, MappedRecord>,
    cells: string[],
    rowNumber: number,
    rowId: string,
    problems: ImportProblem[],
  ): MappedLink[] {
    const links: MappedLink[] = [];
    for (const [i, l] of this.spec.links.entries()) {
      const from = records.get(l.from);
      const to = records.get(l.to);
      if (!from || !to) continue; // an optional entity absent from this row
      let occurredOn: string | null = null;
      if (l.dateColumn) {
        const raw = this.cell(cells, l.dateColumn);
        const d = raw ? parseDate(raw, this.spec.dateFormats) : null;
        if (d && !d.ok) problems.push(this.problem(rowNumber, l.dateColumn, d.message));
        else if (d) occurredOn = d.value;
      }
      // A link between two shared records is stated once however many rows repeat it.
      const externalId =
        from.shared && to.shared
          ? `link|${l.type}|${hash(`${from.externalId}\u0000${to.externalId}`)}`
          : `${rowId}#${i}`;
      const shared = from.shared && to.shared;
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
