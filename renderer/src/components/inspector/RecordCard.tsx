// One source record as its case states it: case, external id, source and every field.
import type { SourceRecord } from '../../../../shared/contract/model';
import { caseColours } from '../../chart/style-tables';
import { useCall } from '../../data/queries';
import { FieldList } from './FieldList';
import { RecordGrade } from './RecordGrade';

export function sourceText(r: SourceRecord): string {
  const s = r.source;
  if (s.kind === 'file')
    return [s.file, s.sheet, s.row !== undefined ? `row ${s.row}` : ''].filter(Boolean).join(' · ');
  if (s.kind === 'package') return `package${s.workspace ? ` from ${s.workspace}` : ''}`;
  if (s.kind === 'manual') return `entered by ${s.analyst ?? 'an analyst'}`;
  if (s.kind === 'analyst')
    return [`entered by ${s.analyst ?? 'an analyst'}`, s.writtenOn, s.text].filter(Boolean).join(' · ');
  return s.kind === 'scenario' ? 'training scenario' : s.kind;
}

export function useCaseColour(caseId: number): string | undefined {
  const cases = useCall('cases.list', {}).data;
  return cases ? caseColours(cases.map((c) => c.id)).get(caseId) : undefined;
}

export function RecordCard({
  record,
  note,
  action,
}: {
  record: SourceRecord;
  note?: string;
  /** A control in the card's header, e.g. "Split out" for a record of a merged entity. */
  action?: React.ReactNode;
}) {
  const colour = useCaseColour(record.caseId);
  return (
    <article className="record-card" data-testid="record-card" data-case-number={record.caseNumber}>
      <header className="record-head">
        <span className="case-swatch" style={{ background: colour }} />
        <span className="case-number">{record.caseNumber}</span>
        <span className="record-source">{sourceText(record)}</span>
        {action}
      </header>
      <div className="record-ext" title="Record id in the case file">
        {record.externalId ?? `record #${record.id}`}
      </div>
      <RecordGrade target={{ recordId: record.id }} grade={record.grade} />
      <FieldList fields={record.fields} />
      {note && <div className="record-note">{note}</div>}
    </article>
  );
}
