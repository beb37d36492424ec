// The legend's key to graded links: the line of each credibility band, and what an
// ungraded link looks like (its kind's line, as before any grading).
import { CREDIBILITY_LINE } from './style-tables';

export function CredibilityKey() {
  return (
    <>
      <span className="legend-sep" />
      {CREDIBILITY_LINE.map((c) => (
        <span key={c.line} className="legend-item" data-testid={`legend-credibility-${c.line}`}>
          <span className={`legend-line ${c.line}`} style={{ borderColor: '#52606d' }} />
          {c.label}
        </span>
      ))}
      <span
        className="legend-item"
        style={{ fontStyle: 'italic' }}
        title="Links nobody graded keep the line of their kind"
      >
        ungraded: line of its kind
      </span>
    </>
  );
}
