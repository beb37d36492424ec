// GEXF 1.3 export (https://gexf.net/1.3): declared node and edge attributes,
// viz:position and viz:color per node, as Gephi reads them.
import { ENTITY_TYPES } from '../../shared/domain/entity-types';
import { columnValue, propertyColumns, xmlEscape as x, type ExportGraph } from './graph-data';

/** One colour per entity type, so the file opens in Gephi already readable. */
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#637939',
];
const colour = (type: string) => {
  const hex = PALETTE[Math.max(0, (ENTITY_TYPES as readonly string[]).indexOf(type)) % PALETTE.length]!;
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
};

export function toGexf(g: ExportGraph, meta: { workspace: string; exportedAt: string }): string {
  const columns = propertyColumns(g.nodes);
  const nodeAttrs: [string, string, string][] = [
    ['type', 'type', 'string'],
    ['cases', 'cases', 'string'],
    ['recordCount', 'recordCount', 'integer'],
    ['crossCase', 'crossCase', 'boolean'],
    ['role', 'role', 'string'],
    ['reliability', 'reliability', 'string'],
    ['credibility', 'credibility', 'integer'],
    ...columns.map((c, i): [string, string, string] => [`p${i}`, c.name, 'string']),
  ];
  const att = (id: string, v: string | number | boolean) =>
    `<attvalue for="${x(id)}" value="${x(String(v))}"/>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${meta.exportedAt.slice(0, 10)}"><creator>Thorline</creator><description>Link chart of ${x(meta.workspace)}</description></meta>`,
    `  <graph defaultedgetype="${g.directed ? 'directed' : 'undirected'}" mode="static">`,
    '    <attributes class="node">',
    ...nodeAttrs.map(
      ([id, title, type]) => `      <attribute id="${id}" title="${x(title)}" type="${type}"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="cases" title="cases" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of g.nodes) {
    const values = [
      att('type', n.type),
      att('cases', n.cases.join(', ')),
      att('recordCount', n.recordCount),
      att('crossCase', n.crossCase),
    ];
    if (n.role) values.push(att('role', n.role));
    if (n.grade?.reliability) values.push(att('reliability', n.grade.reliability));
    if (n.grade?.credibility) values.push(att('credibility', n.grade.credibility));
    columns.forEach((c, i) => {
      const v = columnValue(n, c);
      if (v) values.push(att(`p${i}`, v));
    });
    const [r, gr, b] = colour(n.type);
    const viz = [`<viz:color r="${r}" g="${gr}" b="${b}"/>`];
    if (n.position) viz.push(`<viz:position x="${n.position.x}" y="${n.position.y}" z="0"/>`);
    out.push(
      `      <node id="${n.id}" label="${x(n.label)}"><attvalues>${values.join('')}</attvalues>${viz.join('')}</node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of g.edges) {
    const values = [att('type', e.type), att('cases', e.cases.join(', '))];
    if (e.grade?.reliability) values.push(att('reliability', e.grade.reliability));
    if (e.grade?.credibility) values.push(att('credibility', e.grade.credibility));
    out.push(
      `      <edge id="${e.id}" source="${e.from}" target="${e.to}" label="${x(e.label)}" weight="${e.weight}"><attvalues>${values.join('')}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
