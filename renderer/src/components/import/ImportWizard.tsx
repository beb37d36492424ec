// The import wizard: file → target case → preview → mapping → check → import. Steps
// already passed can be revisited; the way forward opens when a step is complete.
import { CaseStep } from './CaseStep';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReportStep } from './ReportStep';
import { STEPS, STEP_LABELS, targetCase, useWizard, type Step, type WizardState } from './wizard-store';

const BODIES: Record<Step, () => React.ReactNode> = {
  file: FileStep,
  case: CaseStep,
  preview: PreviewStep,
  mapping: MappingStep,
  check: CheckStep,
  report: ReportStep,
};

/** Whether the analyst may go on from a step. */
export function canLeave(step: Step, s: Pick<WizardState, 'file' | 'target' | 'preview' | 'draft'>): boolean {
  switch (step) {
    case 'file':
      return s.file?.kind === 'table';
    case 'case':
      return targetCase(s.target) !== null;
    case 'preview':
      return !!s.preview && s.preview.columns.length > 0;
    case 'mapping':
      return s.draft.entities.length > 0;
    default:
      return false;
  }
}

export function ImportWizard() {
  const state = useWizard();
  const index = STEPS.indexOf(state.step);
  const Body = BODIES[state.step];
  const reachable = (i: number) => i <= index || STEPS.slice(0, i).every((s) => canLeave(s, state));
  const go = (step: Step) => state.set({ step, ...(step === 'check' ? { check: null } : {}) });
  return (
    <div className="card wizard" data-testid="import-wizard" data-step={state.step}>
      <ol className="stepper">
        {STEPS.map((s, i) => (
          <li key={s} className={i === index ? 'current' : i < index ? 'done' : ''}>
            <button
              onClick={() => go(s)}
              disabled={!reachable(i) || (s === 'report' && !state.report)}
              data-testid={`step-${s}`}
            >
              <span className="step-num">{i + 1}</span>
              {STEP_LABELS[s]}
            </button>
          </li>
        ))}
      </ol>
      <div className="wizard-body">
        <Body />
      </div>
      {state.step !== 'report' && (
        <footer className="wizard-foot">
          <button
            className="button small"
            onClick={() => go(STEPS[index - 1]!)}
            disabled={index === 0}
            data-testid="wizard-back"
          >
            Back
          </button>
          {state.step !== 'check' && (
            <button
              className="button primary-small"
              onClick={() => go(STEPS[index + 1]!)}
              disabled={!canLeave(state.step, state)}
              data-testid="wizard-next"
            >
              {state.step === 'mapping' ? 'Check rows' : 'Next'}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
