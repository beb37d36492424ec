// Two small selects for a source grade (reliability A-F, credibility 1-6; "–" for not
// graded), used in the inspector's grade editor and the add-fact form.
import {
  CREDIBILITY_NAMES,
  RELIABILITY,
  RELIABILITY_NAMES,
  type Credibility,
  type Grade,
  type Reliability,
} from '../../../../shared/contract/grading-model';

export type GradeChoice = Grade;
export const NO_GRADE: GradeChoice = { reliability: null, credibility: null };
const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

/** The grade as call input: only the halves that were chosen. */
export function gradeInput(g: GradeChoice): { reliability?: Reliability; credibility?: number } {
  return {
    ...(g.reliability ? { reliability: g.reliability } : {}),
    ...(g.credibility ? { credibility: g.credibility } : {}),
  };
}

export function GradeSelects({
  value,
  onChange,
  testId,
}: {
  value: GradeChoice;
  onChange(g: GradeChoice): void;
  testId: string;
}) {
  return (
    <span className="grade-selects">
      <select
        aria-label="Source reliability"
        title="How reliable the source is (A completely reliable … F cannot be judged)"
        value={value.reliability ?? ''}
        onChange={(e) => onChange({ ...value, reliability: (e.target.value || null) as Reliability | null })}
        data-testid={`${testId}-reliability`}
      >
        <option value="">Reliability –</option>
        {RELIABILITY.map((r) => (
          <option key={r} value={r}>
            {r} · {RELIABILITY_NAMES[r]}
          </option>
        ))}
      </select>
      <select
        aria-label="Information credibility"
        title="How credible the information is (1 confirmed … 6 cannot be judged)"
        value={value.credibility ?? ''}
        onChange={(e) =>
          onChange({ ...value, credibility: (Number(e.target.value) || null) as Credibility | null })
        }
        data-testid={`${testId}-credibility`}
      >
        <option value="">Credibility –</option>
        {CREDIBILITY.map((c) => (
          <option key={c} value={c}>
            {c} · {CREDIBILITY_NAMES[c]}
          </option>
        ))}
      </select>
    </span>
  );
}
