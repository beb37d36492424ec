// The trainee's guide: the current step's text, whether the workbench saw it done, progress,
// and Back / Skip / Next. It floats above every view, so the steps can move between views.
import { useEffect, useState } from 'react';
import type { Walkthrough } from '../../../shared/contract/walkthrough';
import { checkPasses } from './checks';
import { Spotlight } from './Spotlight';
import { useTraining } from './training-store';
import { useTrainingSnapshot } from './use-snapshot';
import { walkthroughById } from './walkthroughs';
import './training.css';

export function WalkthroughCard() {
  const walkthroughId = useTraining((s) => s.walkthroughId);
  const walkthrough = walkthroughById(walkthroughId);
  return walkthrough ? <Guide walkthrough={walkthrough} /> : null;
}

function Guide({ walkthrough }: { walkthrough: Walkthrough }) {
  const { step, done, goTo, end } = useTraining();
  const [small, setSmall] = useState(false);
  const total = walkthrough.steps.length;
  if (step >= total) return <Finished walkthrough={walkthrough} done={done} />;
  const current = walkthrough.steps[step]!;
  return (
    <>
      <aside
        className={small ? 'walkthrough small' : 'walkthrough'}
        data-testid="walkthrough"
        data-step={current.id}
        aria-label="Training walkthrough"
      >
        <header className="walkthrough-head">
          <span className="walkthrough-title ellipsis" title={walkthrough.title}>
            {walkthrough.title}
          </span>
          <span className="walkthrough-count" data-testid="walkthrough-count">
            Step {step + 1} of {total}
          </span>
          <button
            className="icon-button"
            onClick={() => setSmall(!small)}
            title={small ? 'Show the step' : 'Fold away'}
          >
            {small ? '▴' : '▾'}
          </button>
          <button
            className="icon-button"
            onClick={end}
            title="End the walkthrough"
            data-testid="walkthrough-end"
          >
            ×
          </button>
        </header>
        <Progress walkthrough={walkthrough} step={step} done={done} />
        {!small && <StepBody key={current.id} walkthrough={walkthrough} step={step} goTo={goTo} />}
      </aside>
      <Spotlight key={current.id} target={small ? undefined : current.target} />
    </>
  );
}

function StepBody(props: { walkthrough: Walkthrough; step: number; goTo(step: number): void }) {
  const { walkthrough, step, goTo } = props;
  const current = walkthrough.steps[step]!;
  const { stepStartedAt, markDone } = useTraining();
  const snapshot = useTrainingSnapshot(stepStartedAt);
  const isRead = current.check.kind === 'read';
  const passed = !isRead && checkPasses(current.check, snapshot);
  useEffect(() => {
    if (passed) markDone(current.id);
  }, [passed, current.id, markDone]);
  return (
    <div className="walkthrough-body">
      <h3>{current.title}</h3>
      {current.text.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {!isRead && (
        <div className={passed ? 'step-status passed' : 'step-status'} data-testid="step-status">
          {passed ? '✓ Done' : 'Waiting for you to do this…'}
        </div>
      )}
      <div className="walkthrough-actions">
        <button
          className="button"
          onClick={() => goTo(step - 1)}
          disabled={step === 0}
          data-testid="step-back"
        >
          Back
        </button>
        <button
          className="button"
          onClick={() => goTo(step)}
          title="Start this step again"
          data-testid="step-repeat"
        >
          Repeat
        </button>
        <span className="spacer" />
        {!passed && !isRead && (
          <button className="button" onClick={() => goTo(step + 1)} data-testid="step-skip">
            Skip
          </button>
        )}
        <button
          className="button primary"
          onClick={() => {
            // A step that is only read counts as done once the trainee moves on.
            if (isRead) markDone(current.id);
            goTo(step + 1);
          }}
          disabled={!passed && !isRead}
          data-testid="step-next"
        >
          {step + 1 === walkthrough.steps.length ? 'Finish' : 'Next'}
        </button>
      </div>
    </div>
  );
}

function Progress({ walkthrough, step, done }: { walkthrough: Walkthrough; step: number; done: string[] }) {
  return (
    <ol className="walkthrough-progress" aria-label="Progress">
      {walkthrough.steps.map((s, i) => {
        const state = done.includes(s.id) ? 'done' : i === step ? 'current' : i < step ? 'skipped' : 'todo';
        return <li key={s.id} className={state} title={`${i + 1}. ${s.title} (${state})`} />;
      })}
    </ol>
  );
}

function Finished({ walkthrough, done }: { walkthrough: Walkthrough; done: string[] }) {
  const { begin, end, goTo } = useTraining();
  const total = walkthrough.steps.length;
  const doneCount = walkthrough.steps.filter((s) => done.includes(s.id)).length;
  return (
    <aside
      className="walkthrough"
      data-testid="walkthrough"
      data-step="finished"
      aria-label="Training walkthrough"
    >
      <header className="walkthrough-head">
        <span className="walkthrough-title ellipsis">{walkthrough.title}</span>
      </header>
      <Progress walkthrough={walkthrough} step={total} done={done} />
      <div className="walkthrough-body">
        <h3>Walkthrough complete</h3>
        <p data-testid="walkthrough-summary">
          {doneCount} of {total} steps done{doneCount < total ? `, ${total - doneCount} skipped` : ''}.
        </p>
        <div className="walkthrough-actions">
          <button className="button" onClick={() => goTo(total - 1)}>
            Back
          </button>
          <button className="button" onClick={() => begin(walkthrough.id)}>
            Start again
          </button>
          <span className="spacer" />
          <button className="button primary" onClick={end} data-testid="walkthrough-close">
            Close
          </button>
        </div>
      </div>
    </aside>
  );
}
