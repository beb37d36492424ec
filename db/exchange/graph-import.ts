// Imports the nodes and edges of a GraphML or GEXF file into a new case. A node whose
// 'type' (or kind/category) attribute names an entity type becomes a record of that
// type; any other node becomes an organisation (the neutral "thing" type, which no
// identifier linking or person matching acts on) keeping its original type as
// sourceType. Edges become links of the named link type, else 'associate_of'. Every
// other attribute is kept as a field. Checked whole before anything is written.
import { cleanGrade } from '../grading/grades';
import { GRADE_ATTRIBUTES } from './graph-data';
import type { ImportProblem, PackageImportReport } from '../../shared/contract/exchange-model';
import { ENTITY_TYPES, type EntityType } from '../../shared/domain/entity-types';
import { LINK_TYPE_LABELS, LINK_TYPES, type LinkType } from '../../shared/domain/link-types';
import { linkNewRecords } from '../import/after-import';
import { clip, minMax } from '../safety/quote';
import { MAX_CELL_CHARS } from '../import/row-mapper';
import type { Db } from '../store/open-workspace';
import { insertCase, insertLink, insertRecord } from '../store/write-case-data';
import type { ReadGraph } from './xml-read';

// A Map: a node typed "constructor" or "__proto__" must find nothing here.
const SYNONYMS = new Map<string, EntityType>(
  Object.entries({
    people: 'person',
    individual: 'person',
    suspect: 'person',
    organization: 'organisation',
    org: 'organisation',
    company: 'organisation',
    group: 'organisation',
    gun: 'firearm',
    weapon: 'firearm',
    'licensed dealer': 'dealer',
    ffl: 'dealer',
    store: 'dealer',
    telephone: 'phone',
    'phone number': 'phone',
    car: 'vehicle',
    location: 'address',
    place: 'address',
    'bank account': 'account',
    parcel: 'shipment',
    seizure: 'recovery',
  } satisfies Record<string, EntityType>),
);

/** Attributes our own exports derive from the workspace; they are not facts to keep. */
const DERIVED = new Set(['cases', 'recordCount', 'crossCase']);
/** A source grade read from the file becomes the record's or link's grade, not a field. */
const isGradeAttr = (k: string) => GRADE_ATTRIBUTES.includes(k);

export function entityTypeOf(raw: string | undefined): EntityType | null {
  if (!raw) return null;
  const t = raw.trim().toLowerCase();
  // "phones", "addresses", "people": the word, then without -s, then without -es.
  for (const word of [t, t.replace(/s$/, ''), t.replace(/es$/, '')]) {
    if ((ENTITY_TYPES as readonly string[]).includes(word)) return word as EntityType;
    const synonym = SYNONYMS.get(word);
    if (synonym) return synonym;
  }
  return null;
}

export function linkTypeOf(raw: string | undefined): LinkType | null {
  if (!raw) return null;
  const t = raw.trim().toLowerCase();
  if ((LINK_TYPES as readonly string[]).includes(t)) return t as LinkType;
  const byLabel = LINK_TYPES.find((l) => LINK_TYPE_LABELS[l] === t || l === t.replace(/ /g, '_'));
  return byLabel ?? null;
}

/** Longest node or edge id and attribute name kept (a package's external ids and field names allow as much). */
const MAX_ID_CHARS = 290;
const MAX_NAME_CHARS = 100;

function checkAttrs(
  p: (where: string, message: string) => void,
  where: string,
  attrs: Record<string, string>,
) {
  for (const [k, v] of Object.entries(attrs)) {
    if (k.length > MAX_NAME_CHARS)
      p(where, `attribute name "${clip(k, 80)}" has ${k.length} characters; the limit is ${MAX_NAME_CHARS}`);
    if (v.length > MAX_CELL_CHARS)
      p(where, `attribute "${clip(k, 80)}" has ${v.length} characters; the limit is ${MAX_CELL_CHARS}`);
  }
}

function checkGraph(file: string, g: ReadGraph): ImportProblem[] {
  const out: ImportProblem[] = [];
  const ids = new Set<string>();
  const p = (where: string, message: string) => {
    if (out.length < 100) out.push({ file, row: null, column: where, message });
  };
  g.nodes.forEach((n, i) => {
    const where = `node ${clip(n.id, 80) || i + 1}`;
    if (!n.id) p(where, 'a node has no id');
    else if (n.id.length > MAX_ID_CHARS)
      p(where, `the node id has ${n.id.length} characters; the limit is ${MAX_ID_CHARS}`);
    else if (ids.has(n.id)) p(where, `node id "${n.id}" appears twice`);
    ids.add(n.id);
    checkAttrs(p, where, n.attrs);
  });
  const edgeIds = new Set<string>();
  g.edges.forEach((e, i) => {
    const where = `edge ${e.id === null ? i + 1 : clip(e.id, 80)}`;
    if (e.id !== null && e.id.length > MAX_ID_CHARS)
      p(where, `the edge id has ${e.id.length} characters; the limit is ${MAX_ID_CHARS}`);
    else if (e.id !== null && edgeIds.has(e.id)) p(where, `edge id "${e.id}" appears twice`);
    if (e.id !== null) edgeIds.add(e.id);
    if (!ids.has(e.source)) p(where, `dangling edge: source node "${clip(e.source, 80)}" is not in the file`);
    if (!ids.has(e.target)) p(where, `dangling edge: target node "${clip(e.target, 80)}" is not in the file`);
    checkAttrs(p, where, e.attrs);
  });
  if (g.nodes.length === 0) p('graph', 'the graph has no nodes');
  return out;
}

/** Names a label is taken from when the file gives none, best first. */
const LABEL_NAMES = ['label', 'name', 'title'];
const ID_LIKE = /(^|[^a-z])(id|code|key|iata|icao|ident|identifier)$/i;

/**
 * The attribute node labels come from when a node has no label of its own: the
 * analyst's choice, else one named label/name/title, else an id-like one (airport
 * codes rather than "0", "1"…), in the file's declaration order; null for the node id.
 */
export function labelAttributeOf(g: ReadGraph, chosen: string | undefined): string | null {
  if (chosen) return chosen;
  const names = g.nodeAttributes.filter((a) => !DERIVED.has(a) && a !== 'type');
  for (const wanted of LABEL_NAMES) {
    const found = names.find((a) => a.toLowerCase() === wanted);
    if (found) return found;
  }
  return names.find((a) => ID_LIKE.test(a)) ?? null;
}

function checkLabelAttribute(file: string, g: ReadGraph, chosen: string | undefined): ImportProblem[] {
  if (!chosen || g.nodes.some((n) => Object.hasOwn(n.attrs, chosen))) return [];
  const known = g.nodeAttributes.slice(0, 20).map((a) => `"${clip(a, 40)}"`);
  return [
    {
      file,
      row: null,
      column: 'labelAttribute',
      message: `no node has the attribute "${clip(chosen, 80)}" chosen for labels; node attributes: ${known.join(', ') || 'none'}`,
    },
  ];
}

export function importGraph(
  db: Db,
  file: string,
  g: ReadGraph,
  caseNumber: string | undefined,
  labelAttribute?: string,
): PackageImportReport {
  const number = (caseNumber ?? `GRAPH-${file.replace(/\.[^.]+$/, '')}`).slice(0, 64);
  const problems = [...checkGraph(file, g), ...checkLabelAttribute(file, g, labelAttribute)];
  const labelFrom = labelAttributeOf(g, labelAttribute);
  const existing = db.prepare('SELECT title FROM cases WHERE number = ?').pluck().get(number) as
    string | undefined;
  if (existing !== undefined)
    problems.push({
      file,
      row: null,
      column: 'caseNumber',
      message: `case ${number} already exists ("${existing}"); a graph file is imported into a new case: choose another number`,
    });
  if (problems.length)
    return { caseNumbers: [number], recordsAdded: 0, linksAdded: 0, problems, written: false, notes: [] };
  const caseId = insertCase(db, {
    number,
    title: `Imported from ${file}`,
    agency: 'Unknown agency',
    status: 'open',
    openedOn: new Date().toISOString().slice(0, 10),
    jurisdiction: '',
    origin: { kind: 'graph', file, format: g.format },
  });
  const recordOf = new Map<string, number>();
  let untyped = 0;
  g.nodes.forEach((n, i) => {
    const rawType = n.attrs.type ?? n.attrs.kind ?? n.attrs.category;
    const type = entityTypeOf(rawType);
    if (!type) untyped++;
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    const nodeGrade = cleanGrade(n.attrs);
    for (const [k, v] of Object.entries(n.attrs))
      if (!DERIVED.has(k) && k !== 'label' && k !== 'type' && v !== '' && !(nodeGrade && isGradeAttr(k)))
        fields[k] = v;
    if (!type && rawType) fields.sourceType = rawType;
    if (n.position) Object.assign(fields, { x: String(n.position.x), y: String(n.position.y) });
    const fromAttribute = labelFrom !== null && Object.hasOwn(n.attrs, labelFrom) ? n.attrs[labelFrom] : '';
    // A label that only repeats the node id (networkx writes GEXF so) is no label. The
    // analyst's choice wins over the file's own label; a default only fills a gap.
    const own = n.label && n.label !== n.id ? n.label : '';
    const label = (labelAttribute ? fromAttribute || own : own || fromAttribute) || n.id;
    const { recordId } = insertRecord(db, {
      caseId,
      externalId: `node:${n.id}`,
      type: type ?? 'organisation',
      label,
      fields,
      source: { kind: 'graph', file, row: i + 1, ...(nodeGrade ? { grade: nodeGrade } : {}) },
    });
    recordOf.set(n.id, recordId);
  });
  g.edges.forEach((e, i) => {
    const rawType = e.attrs.type ?? e.label ?? undefined;
    const type = linkTypeOf(rawType) ?? 'associate_of';
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    const edgeGrade = cleanGrade(e.attrs);
    for (const [k, v] of Object.entries(e.attrs))
      if (!DERIVED.has(k) && k !== 'label' && k !== 'type' && v !== '' && !(edgeGrade && isGradeAttr(k)))
        fields[k] = v;
    if (type === 'associate_of' && rawType && rawType !== 'associate_of') fields.sourceType = rawType;
    // Kept so that an export of this case writes the graph undirected again.
    if (!e.directed) fields.directed = 'false';
    insertLink(db, {
      caseId,
      // '#' keeps an unnamed edge's number apart from an edge whose id is that number.
      externalId: e.id === null ? `edge:#${i + 1}` : `edge:${e.id}`,
      type,
      fromRecord: recordOf.get(e.source)!,
      toRecord: recordOf.get(e.target)!,
      label: e.label ?? '',
      fields,
      source: { kind: 'graph', file, row: i + 1, ...(edgeGrade ? { grade: edgeGrade } : {}) },
    });
  });
  const span = minMax(recordOf.values())!; // checkGraph refused a graph without nodes
  const merges = linkNewRecords(db, span.min, span.max);
  const notes = [`${merges} exact-identifier connection(s) made with cases already in this workspace.`];
  if (untyped)
    notes.push(
      `${untyped} node(s) named no known entity type and were imported as organisations (original type kept as sourceType).`,
    );
  return {
    caseNumbers: [number],
    recordsAdded: g.nodes.length,
    linksAdded: g.edges.length,
    problems: [],
    written: true,
    notes,
  };
}
