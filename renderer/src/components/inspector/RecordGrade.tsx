// A record's or link's source grade in the inspector ("B2", with what it means and where
// it comes from) and a small editor: the analyst's grade is layered over the imported one,
// audited, and undoable from the history. Clearing it falls back to the imported grade.
import { useState } from 'react';
import {
  CREDIBILITY_NAMES,
  gradeText,
  RELIABILITY_NAMES,
  type GradeInfo,
} from '../../../../shared/contract/grading-model';
import { useCaseCall } from '../left/use-case-call';
import { GradeSelects, NO_GRADE, type GradeChoice } from './GradeSelects';
import './grading.css';

function meaning(g: GradeInfo | undefined): string {
  if (!g || g.from === null)
    return 'Not graded. Grade it: source reliability A–F, information credibility 1–6.';
  const parts = [
    g.reliability ? `${g.reliability}: ${RELIABILITY_NAMES[g.reliability]}` : 'reliability not graded',
    g.credibility ? `${g.credibility}: ${CREDIBILITY_NAMES[g.credibility]}` : 'credibility not graded',
  ];
  const from = g.from === 'analyst' ? 'graded by an analyst' : 'graded by its source file';
  return `${parts.join(' · ')} (${from})`;
}

export function RecordGrade({
  target,
  grade,
}: {
  target: { recordId: number } | { linkId: number };
  grade: GradeInfo | undefined;
}) {
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState<GradeChoice>(NO_GRADE);
  const { run, busy } = useCaseCall();
  const open = () => {
    setChoice(grade ? { reliability: grade.reliability, credibility: grade.credibility } : NO_GRADE);
    setEditing(true);
  };
  const save = async (g: GradeChoice) => {
    if (await run('grading.set', { ...target, ...g })) setEditing(false);
  };
  return (
    <div className="record-grade" data-testid="record-grade" data-grade={gradeText(grade)}>
      <span
        className={`grade-pill ${grade?.from ?? 'none'}`}
        title={meaning(grade)}
        data-testid="record-grade-text"
      >
        {grade?.from ? gradeText(grade) : 'ungraded'}
      </span>
      <span className="grade-meaning">{meaning(grade)}</span>
      {!editing ? (
        <button className="link-button" onClick={open} data-testid="record-grade-edit">
          Grade…
        </button>
      ) : (
        <span className="grade-editor">
          <GradeSelects value={choice} onChange={setChoice} testId="record-grade" />
          <button
            className="button small"
            disabled={busy}
            onClick={() => void save(choice)}
            data-testid="record-grade-save"
          >
            Save
          </button>
          {grade?.from === 'analyst' && (
            <button
              className="link-button"
              disabled={busy}
              onClick={() => void save(NO_GRADE)}
              title="Back to the imported grade"
            >
              Clear
            </button>
          )}
          <button className="link-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </span>
      )}
    </div>
  );
}
