// CSV export of the chart: one file of entities, one of links (papaparse writes the quoting).
import Papa from 'papaparse';
import { columnValue, propertyColumns, type ExportGraph } from './graph-data';

/** A cell starting with = + - @ is prefixed so a spreadsheet never runs it as a formula. */
const SAFE = { escapeFormulae: true } as const;

export function toCsvFiles(g: ExportGraph): { entities: string; links: string } {
  const columns = propertyColumns(g.nodes);
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  const entities = Papa.unparse(
    {
      fields: [
        'id',
        'type',
        'label',
        'cases',
        'recordCount',
        'crossCase',
        'role',
        'x',
        'y',
        ...columns.map((c) => c.name),
      ],
      data: g.nodes.map((n) => [
        n.id,
        n.type,
        n.label,
        n.cases.join(', '),
        n.recordCount,
        n.crossCase,
        n.role,
        n.position?.x ?? '',
        n.position?.y ?? '',
        ...columns.map((c) => columnValue(n, c)),
      ]),
    },
    SAFE,
  );
  const links = Papa.unparse(
    {
      fields: ['from', 'fromLabel', 'to', 'toLabel', 'type', 'label', 'cases', 'recordLinks'],
      data: g.edges.map((e) => [
        e.from,
        label.get(e.from) ?? '',
        e.to,
        label.get(e.to) ?? '',
        e.type,
        e.label,
        e.cases.join(', '),
        e.weight,
      ]),
    },
    SAFE,
  );
  return { entities: `${entities}\r\n`, links: `${links}\r\n` };
}
