// GraphML export (http://graphml.graphdrawing.org): every attribute declared with a
// <key> (for, attr.name, attr.type) before the graph, as Gephi and Cytoscape expect.
import { columnValue, propertyColumns, xmlEscape as x, type ExportGraph } from './graph-data';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

export function toGraphml(g: ExportGraph, meta: { workspace: string; exportedAt: string }): string {
  const columns = propertyColumns(g.nodes);
  const keys: Key[] = [
    { id: 'n_type', for: 'node', name: 'type', type: 'string' },
    { id: 'n_label', for: 'node', name: 'label', type: 'string' },
    { id: 'n_cases', for: 'node', name: 'cases', type: 'string' },
    { id: 'n_recordCount', for: 'node', name: 'recordCount', type: 'int' },
    { id: 'n_crossCase', for: 'node', name: 'crossCase', type: 'boolean' },
    { id: 'n_role', for: 'node', name: 'role', type: 'string' },
    { id: 'n_x', for: 'node', name: 'x', type: 'double' },
    { id: 'n_y', for: 'node', name: 'y', type: 'double' },
    { id: 'n_reliability', for: 'node', name: 'reliability', type: 'string' },
    { id: 'n_credibility', for: 'node', name: 'credibility', type: 'int' },
    ...columns.map((c, i): Key => ({ id: `p${i}`, for: 'node', name: c.name, type: 'string' })),
    { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
    { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
    { id: 'e_cases', for: 'edge', name: 'cases', type: 'string' },
    { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
    { id: 'e_reliability', for: 'edge', name: 'reliability', type: 'string' },
    { id: 'e_credibility', for: 'edge', name: 'credibility', type: 'int' },
  ];
  const data = (key: string, value: string | number | boolean) =>
    `<data key="${key}">${x(String(value))}</data>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- Thorline link chart of ${x(meta.workspace)}, exported ${x(meta.exportedAt)} -->`,
    ...keys.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${x(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="thorline" edgedefault="${g.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const n of g.nodes) {
    const cells = [
      data('n_type', n.type),
      data('n_label', n.label),
      data('n_cases', n.cases.join(', ')),
      data('n_recordCount', n.recordCount),
      data('n_crossCase', n.crossCase),
    ];
    if (n.role) cells.push(data('n_role', n.role));
    if (n.position) cells.push(data('n_x', n.position.x), data('n_y', n.position.y));
    if (n.grade?.reliability) cells.push(data('n_reliability', n.grade.reliability));
    if (n.grade?.credibility) cells.push(data('n_credibility', n.grade.credibility));
    columns.forEach((c, i) => {
      const v = columnValue(n, c);
      if (v) cells.push(data(`p${i}`, v));
    });
    out.push(`    <node id="n${n.id}">${cells.join('')}</node>`);
  }
  for (const e of g.edges) {
    const cells = [
      data('e_type', e.type),
      data('e_label', e.label),
      data('e_cases', e.cases.join(', ')),
      data('e_weight', e.weight),
    ];
    if (e.grade?.reliability) cells.push(data('e_reliability', e.grade.reliability));
    if (e.grade?.credibility) cells.push(data('e_credibility', e.grade.credibility));
    out.push(`    <edge id="${e.id}" source="n${e.from}" target="n${e.to}">${cells.join('')}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
