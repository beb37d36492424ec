// Step 2: the case the records go into, an existing one or a new one.
import { useCall } from '../../data/queries';
import { useWizard } from './wizard-store';

export function CaseStep() {
  const target = useWizard((s) => s.target);
  const setTarget = useWizard((s) => s.setTarget);
  const cases = useCall('cases.list', {}).data ?? [];
  const taken = target.mode === 'new' && cases.some((c) => c.number === target.number.trim());
  return (
    <div className="step-body">
      <p className="step-intro">
        Every record keeps the case it came from. Import into a case already here, or open a new one.
      </p>
      <div className="segmented choice" role="radiogroup" aria-label="Target case">
        <button
          role="radio"
          aria-checked={target.mode === 'new'}
          className={target.mode === 'new' ? 'seg active' : 'seg'}
          onClick={() => setTarget({ mode: 'new' })}
          data-testid="target-new"
        >
          New case
        </button>
        <button
          role="radio"
          aria-checked={target.mode === 'existing'}
          className={target.mode === 'existing' ? 'seg active' : 'seg'}
          onClick={() => setTarget({ mode: 'existing' })}
          data-testid="target-existing"
        >
          Existing case
        </button>
      </div>
      {target.mode === 'existing' ? (
        <label className="form-row">
          <span>Case</span>
          <select
            value={target.existing}
            onChange={(e) => setTarget({ existing: e.target.value })}
            data-testid="target-case-select"
          >
            <option value="">Choose a case…</option>
            {cases.map((c) => (
              <option key={c.id} value={c.number}>
                {c.number} — {c.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <div className="form-grid">
          <Field
            label="Case number"
            value={target.number}
            onChange={(number) => setTarget({ number })}
            testId="case-number"
            required
          />
          <Field
            label="Agency"
            value={target.agency}
            onChange={(agency) => setTarget({ agency })}
            testId="case-agency"
          />
          <Field
            label="Title"
            value={target.title}
            onChange={(title) => setTarget({ title })}
            testId="case-title"
            wide
          />
          <Field
            label="Jurisdiction"
            value={target.jurisdiction}
            onChange={(jurisdiction) => setTarget({ jurisdiction })}
            testId="case-jurisdiction"
          />
          {taken && (
            <div className="form-hint wide">
              A case with this number exists already: the records will be added to it.
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function Field(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  testId: string;
  required?: boolean;
  wide?: boolean;
}) {
  return (
    <label className={props.wide ? 'form-row wide' : 'form-row'}>
      <span>
        {props.label}
        {props.required && <span className="req"> *</span>}
      </span>
      <input
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
        maxLength={300}
      />
    </label>
  );
}
