// The two records of a candidate side by side: one row per field, differences marked.
import type { MatchCandidate } from '../../../../shared/contract/matching-model';
import { sourceText, useCaseColour } from '../inspector/RecordCard';
import { alignFields, type Agreement } from './review-logic';

const AGREEMENT_TEXT: Record<Agreement, string> = {
  same: 'same',
  similar: 'same after folding case and accents',
  differs: 'differs',
  'only-a': 'only in the first record',
  'only-b': 'only in the second record',
};

export function SideBySide({ candidate: c }: { candidate: MatchCandidate }) {
  const rows = alignFields(c.recordA.fields, c.recordB.fields);
  return (
    <table className="side-by-side" data-testid="side-by-side">
      <thead>
        <tr>
          <th className="sbs-field" />
          <RecordHead
            side="A"
            caseId={c.caseA.id}
            number={c.caseA.number}
            title={c.caseA.title}
            record={c.recordA}
          />
          <RecordHead
            side="B"
            caseId={c.caseB.id}
            number={c.caseB.number}
            title={c.caseB.title}
            record={c.recordB}
          />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.field} className={`sbs-${r.agreement}`} title={AGREEMENT_TEXT[r.agreement]}>
            <th className="sbs-field">{r.field}</th>
            <td data-testid="sbs-a">{r.a || <span className="sbs-none">—</span>}</td>
            <td data-testid="sbs-b">{r.b || <span className="sbs-none">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RecordHead(props: {
  side: 'A' | 'B';
  caseId: number;
  number: string;
  title: string;
  record: MatchCandidate['recordA'];
}) {
  const colour = useCaseColour(props.caseId);
  return (
    <th className="sbs-record" data-testid={`sbs-case-${props.side}`}>
      <div className="sbs-case">
        <span className="case-swatch" style={{ background: colour }} />
        <span className="case-number">{props.number}</span>
      </div>
      <div className="sbs-case-title ellipsis" title={props.title}>
        {props.title}
      </div>
      <div className="sbs-source">
        {props.record.externalId && <span className="record-ext">{props.record.externalId}</span>}{' '}
        <span className="muted">{sourceText(props.record)}</span>
      </div>
    </th>
  );
}
