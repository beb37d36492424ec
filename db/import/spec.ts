// Import specifications: the schema is shared (shared/contract/import-spec.ts, also used
// by the contract and the wizard); here are the backend's helpers around it.
import { type EntityType } from '../../shared/domain/entity-types';
import { WorkbenchError } from '../../shared/contract/result';
import {
  columnsOfSource,
  importSpecSchema,
  specIssues,
  type DedupeRule,
  type EntityMapping,
  type ParsedSpec,
} from '../../shared/contract/import-spec';

export {
  DATE_FORMATS,
  DEDUPE_RULES,
  importSpecSchema,
  type DateFormat,
  type DedupeRule,
  type EntityMapping,
  type ImportSpecInput,
  type LinkMapping,
  type ParsedSpec,
} from '../../shared/contract/import-spec';

/** Validates a spec from the UI, a saved row or a JSON file; BAD_FILE names each wrong field. */
export function parseSpec(raw: unknown, where = 'import specification'): ParsedSpec {
  const parsed = importSpecSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = specIssues(raw);
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new WorkbenchError('INVALID_INPUT', `Invalid ${where}: ${summary}`, { issues });
}

const EVENT_TYPES: ReadonlySet<EntityType> = new Set([
  'purchase',
  'shipment',
  'crossing',
  'recovery',
  'stop',
]);
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
    for (const source of Object.values(e.fields)) for (const c of columnsOfSource(source)) cols.add(c);
    if (e.label && 'column' in e.label) cols.add(e.label.column);
  }
  for (const l of spec.links) if (l.dateColumn) cols.add(l.dateColumn);
  for (const c of [spec.grading?.reliabilityColumn, spec.grading?.credibilityColumn]) if (c) cols.add(c);
  return [...cols];
}
