// Reads GraphML and GEXF safely: a DOCTYPE or ENTITY declaration (the door to entity
// expansion bombs and external entities) is refused outright, entity processing is
// off in the parser, and the file size and element counts are capped.
import { XMLParser } from 'fast-xml-parser';
import { clip } from '../safety/quote';

export const MAX_XML_BYTES = 64 * 2 ** 20;
export const MAX_GRAPH_NODES = 200_000;
export const MAX_GRAPH_EDGES = 1_000_000;

export class XmlRefused extends Error {}

export interface ReadNode {
  id: string;
  label: string | null;
  attrs: Record<string, string>;
  position: { x: number; y: number } | null;
}
export interface ReadEdge {
  id: string | null;
  source: string;
  target: string;
  label: string | null;
  attrs: Record<string, string>;
  /** The edge's own direction, else the graph's default. */
  directed: boolean;
}
export interface ReadGraph {
  format: 'graphml' | 'gexf';
  /** Node attribute names in the order the file declares them (a label can be taken from one). */
  nodeAttributes: string[];
  nodes: ReadNode[];
  edges: ReadEdge[];
}

type El = Record<string, unknown>;
const arr = (v: unknown): El[] =>
  Array.isArray(v) ? (v as El[]) : v === undefined || v === null ? [] : [v as El];
const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'object' ? String((v as El)['#text'] ?? '') : String(v);

export function parseXml(text: string, file: string): El {
  if (Buffer.byteLength(text) > MAX_XML_BYTES)
    throw new XmlRefused(`${file} is larger than ${MAX_XML_BYTES / 2 ** 20} MB`);
  const decl = /<!\s*(DOCTYPE|ENTITY)/i.exec(text);
  if (decl)
    throw new XmlRefused(
      `${file} contains a ${decl[1]!.toUpperCase()} declaration at offset ${decl.index}; documents with DOCTYPE or ENTITY declarations are refused (entity expansion and external entities are a known attack)`,
    );
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) =>
      ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue', 'graph'].includes(name),
  });
  try {
    return parser.parse(text, true) as El;
  } catch (err) {
    const e = err as { message?: string; err?: { msg?: string; line?: number } };
    throw new XmlRefused(
      `${file} is not well-formed XML: ${clip(e.err?.msg ?? e.message ?? String(err))}${e.err?.line ? ` (line ${e.err.line})` : ''}`,
    );
  }
}

/** fast-xml-parser leaves the 5 predefined entities as written when processing is off. */
const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });

function capped(file: string, nodes: number, edges: number): void {
  if (nodes > MAX_GRAPH_NODES)
    throw new XmlRefused(`${file} has ${nodes} nodes; the limit is ${MAX_GRAPH_NODES}`);
  if (edges > MAX_GRAPH_EDGES)
    throw new XmlRefused(`${file} has ${edges} edges; the limit is ${MAX_GRAPH_EDGES}`);
}

export function readGraphml(doc: El, file: string): ReadGraph {
  const root = doc.graphml as El | undefined;
  if (!root) throw new XmlRefused(`${file} has no <graphml> root element`);
  const keys = new Map<string, { name: string; default: string | null }>();
  for (const k of arr(root.key))
    keys.set(str(k['@id']), {
      name: str(k['@attr.name']) || str(k['@id']),
      default: k.default === undefined ? null : str(k.default),
    });
  const graph = arr(root.graph)[0];
  if (!graph) throw new XmlRefused(`${file} has no <graph> element`);
  const nodesEl = arr(graph.node);
  const edgesEl = arr(graph.edge);
  capped(file, nodesEl.length, edgesEl.length);
  const attrsOf = (el: El, kind: string): Record<string, string> => {
    // Attribute names come from the file ("__proto__", "constructor"): no prototype to hit.
    const attrs = Object.create(null) as Record<string, string>;
    for (const k of arr(root.key))
      if (k['@for'] === kind || k['@for'] === 'all') {
        const def = keys.get(str(k['@id']))?.default;
        if (def !== null && def !== undefined) attrs[keys.get(str(k['@id']))!.name] = unescape(def);
      }
    for (const d of arr(el.data)) attrs[keys.get(str(d['@key']))?.name ?? str(d['@key'])] = unescape(str(d));
    return attrs;
  };
  const nodes = nodesEl.map((n): ReadNode => {
    const attrs = attrsOf(n, 'node');
    const x = Number(attrs.x);
    const y = Number(attrs.y);
    const position = attrs.x !== undefined && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
    return { id: unescape(str(n['@id'])), label: attrs.label ?? null, attrs, position };
  });
  // GraphML's edgedefault is "directed" unless the file says otherwise.
  const undirected = str(graph['@edgedefault']) === 'undirected';
  const edges = edgesEl.map((e): ReadEdge => {
    const attrs = attrsOf(e, 'edge');
    const own = str(e['@directed']);
    return {
      id: e['@id'] ? unescape(str(e['@id'])) : null,
      source: unescape(str(e['@source'])),
      target: unescape(str(e['@target'])),
      label: attrs.label ?? null,
      attrs,
      directed: own ? own === 'true' : !undirected,
    };
  });
  const nodeAttributes = arr(root.key)
    .filter((k) => k['@for'] === 'node' || k['@for'] === 'all')
    .map((k) => keys.get(str(k['@id']))!.name);
  return { format: 'graphml', nodeAttributes, nodes, edges };
}

export function readGexf(doc: El, file: string): ReadGraph {
  const root = doc.gexf as El | undefined;
  const graph = root ? arr(root.graph)[0] : undefined;
  if (!graph) throw new XmlRefused(`${file} has no <gexf><graph> element`);
  const titles = new Map<string, string>();
  for (const block of arr(graph.attributes))
    for (const a of arr(block.attribute))
      titles.set(`${str(block['@class'])}:${str(a['@id'])}`, str(a['@title']) || str(a['@id']));
  const nodesEl = arr((graph.nodes as El | undefined)?.node);
  const edgesEl = arr((graph.edges as El | undefined)?.edge);
  capped(file, nodesEl.length, edgesEl.length);
  const values = (el: El, cls: string): Record<string, string> => {
    const out = Object.create(null) as Record<string, string>;
    for (const v of arr((el.attvalues as El | undefined)?.attvalue))
      out[titles.get(`${cls}:${str(v['@for'])}`) ?? str(v['@for'])] = unescape(str(v['@value']));
    return out;
  };
  const nodes = nodesEl.map((n): ReadNode => {
    const pos = n['viz:position'] as El | undefined;
    const x = Number(pos?.['@x']);
    const y = Number(pos?.['@y']);
    return {
      id: unescape(str(n['@id'])),
      label: n['@label'] !== undefined ? unescape(str(n['@label'])) : null,
      attrs: values(n, 'node'),
      position: pos && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null,
    };
  });
  // GEXF's defaultedgetype is "undirected" when the file does not say (gexf.xsd).
  const undirected = (str(graph['@defaultedgetype']) || 'undirected') === 'undirected';
  const edges = edgesEl.map((e): ReadEdge => {
    const attrs = values(e, 'edge');
    if (e['@kind'] !== undefined && attrs.type === undefined) attrs.type = unescape(str(e['@kind']));
    if (e['@weight'] !== undefined && attrs.weight === undefined) attrs.weight = unescape(str(e['@weight']));
    const own = str(e['@type']);
    return {
      id: e['@id'] ? unescape(str(e['@id'])) : null,
      source: unescape(str(e['@source'])),
      target: unescape(str(e['@target'])),
      label: e['@label'] !== undefined ? unescape(str(e['@label'])) : null,
      attrs,
      directed: own ? own !== 'undirected' : !undirected,
    };
  });
  const nodeAttributes = arr(graph.attributes)
    .filter((block) => str(block['@class']) === 'node')
    .flatMap((block) => arr(block.attribute).map((a) => str(a['@title']) || str(a['@id'])));
  return { format: 'gexf', nodeAttributes, nodes, edges };
}
