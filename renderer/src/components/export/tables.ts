// Each list of the workbench as a table (the same columns in CSV, XLSX and the report).
import type { EntityMeasures, EntityPath, IndicatorHit } from '../../../../shared/contract/analysis-model';
import type { AuditEntry } from '../../../../shared/contract/matching-model';
import type { CaseConnection, RecordLink } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { LINK_TYPE_LABELS } from '../../../../shared/domain/link-types';
import { INDICATOR_LABELS } from '../analysis/IndicatorList';
import { MEASURE_LABELS } from '../analysis/KeyPlayers';
import { because } from '../left/ConnectionsList';
import type { Table } from './table-format';

export function connectionsTable(connections: CaseConnection[]): Table {
  return {
    name: 'connections',
    columns: [
      'Case A',
      'Case A title',
      'Case B',
      'Case B title',
      'Entity',
      'Entity type',
      'Because',
      'Records',
    ],
    rows: connections.flatMap((c) =>
      c.evidence.map((ev) => [
        c.caseA.number,
        c.caseA.title,
        c.caseB.number,
        c.caseB.title,
        ev.entityLabel,
        ENTITY_TYPE_INFO[ev.entityType].label,
        because(ev),
        ev.recordIds.join(' '),
      ]),
    ),
  };
}

/** "2021-03-02: Lupita bought TRN-SMP-0042 (TX-2021-…)". */
export function recordLinkLine(r: RecordLink): string {
  const what = `${r.fromRecord.label} ${LINK_TYPE_LABELS[r.type] ?? r.type} ${r.toRecord.label} (${r.caseNumber})`;
  return r.occurredOn ? `${r.occurredOn}: ${what}` : what;
}

export function pathsTable(paths: EntityPath[]): Table {
  return {
    name: 'paths',
    columns: ['Path', 'Step', 'From', 'Link', 'To', 'Cases', 'Source records'],
    rows: paths.flatMap((p, i) =>
      p.steps.map((s, k) => [
        i + 1,
        k + 1,
        s.from.label,
        [...new Set(s.links.map((l) => LINK_TYPE_LABELS[l.type] ?? l.type))].join(', '),
        s.to.label,
        s.caseNumbers.join(', '),
        s.links.flatMap((l) => l.recordLinks.map(recordLinkLine)).join('\n'),
      ]),
    ),
  };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;

export function keyPlayersTable(entities: EntityMeasures[]): Table {
  return {
    name: 'key-players',
    columns: [
      'Entity',
      'Type',
      MEASURE_LABELS.degree,
      MEASURE_LABELS.betweenness,
      MEASURE_LABELS.closeness,
      MEASURE_LABELS.pagerank,
      MEASURE_LABELS.eigenvector,
      'Network',
      'Community',
      'Removal splits its network',
    ],
    rows: [...entities]
      .sort((a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label))
      .map((e) => [
        e.label,
        ENTITY_TYPE_INFO[e.type].label,
        e.degree,
        round(e.betweenness),
        round(e.closeness),
        round(e.pagerank),
        round(e.eigenvector),
        e.component + 1,
        e.community,
        e.articulation ? 'yes' : 'no',
      ]),
  };
}

export function indicatorsTable(hits: IndicatorHit[]): Table {
  return {
    name: 'indicators',
    columns: ['Indicator', 'Entity', 'Type', 'Finding', 'Value', 'Cases', 'Evidence'],
    rows: hits.map((h) => [
      INDICATOR_LABELS[h.kind],
      h.entity.label,
      ENTITY_TYPE_INFO[h.entity.type].label,
      h.summary,
      h.value,
      h.caseNumbers.join(', '),
      h.evidence.join('\n'),
    ]),
  };
}

export function auditTable(entries: AuditEntry[]): Table {
  return {
    name: 'review-decisions',
    columns: ['When', 'Analyst', 'Action', 'Summary'],
    rows: entries.map((e) => [e.at, e.analyst, e.action, e.summary]),
  };
}
