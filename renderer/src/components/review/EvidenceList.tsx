// Why the engine thinks two records are one: each compared field in the analyst's words
// with its contribution to the score as a bar, for (green) or against (red).
import type { FieldEvidence } from '../../../../shared/contract/matching-model';
import { LEVEL_TEXT, weightBars } from './review-logic';

export function EvidenceList({ evidence }: { evidence: FieldEvidence[] }) {
  if (evidence.length === 0) return <div className="muted">No field comparisons were recorded.</div>;
  const bars = weightBars(evidence);
  return (
    <ul className="evidence-list" data-testid="evidence-list">
      {evidence.map((e, i) => {
        const bar = bars[i]!;
        return (
          <li key={`${e.field}-${i}`} className="evidence-row" data-testid="evidence-row">
            <span className="evidence-text">{e.text}</span>
            <span className="evidence-level">{LEVEL_TEXT[e.level] ?? e.level}</span>
            <span
              className="weight"
              title={`${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)} (log₂ weight)`}
            >
              <span className="weight-half weight-neg">
                {!bar.positive && <span className="weight-fill" style={{ width: `${bar.share * 100}%` }} />}
              </span>
              <span className="weight-half weight-pos">
                {bar.positive && <span className="weight-fill" style={{ width: `${bar.share * 100}%` }} />}
              </span>
            </span>
            <span className={e.weight >= 0 ? 'weight-num pos' : 'weight-num neg'}>
              {e.weight >= 0 ? '+' : '−'}
              {Math.abs(e.weight).toFixed(1)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
