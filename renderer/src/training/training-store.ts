// Where the trainee is: which walkthrough, which step, which steps were checked done. Kept in
// the page's local storage, so starting training (which reloads the page on the training
// workspace) and an accidental reload both come back to the same step.
import { create } from 'zustand';

interface Progress {
  walkthroughId: string | null;
  step: number;
  /** Ids of steps whose check passed (or were skipped: those are not here). */
  done: string[];
  /** When the current step began (a "file saved" check counts saves after it). */
  stepStartedAt: number;
}

interface TrainingState extends Progress {
  begin(walkthroughId: string): void;
  goTo(step: number): void;
  markDone(stepId: string): void;
  end(): void;
}

const KEY = 'thorline.training.progress';
const EMPTY: Progress = { walkthroughId: null, step: 0, done: [], stepStartedAt: 0 };

function load(): Progress {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Progress> | null;
    if (!raw || typeof raw.walkthroughId !== 'string') return EMPTY;
    return {
      walkthroughId: raw.walkthroughId,
      step: Number.isInteger(raw.step) ? Number(raw.step) : 0,
      done: Array.isArray(raw.done) ? raw.done.filter((d) => typeof d === 'string') : [],
      stepStartedAt: Date.now(),
    };
  } catch {
    return EMPTY;
  }
}

function save(p: Progress): void {
  try {
    if (p.walkthroughId) localStorage.setItem(KEY, JSON.stringify(p));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be off (private windows): progress then lasts until the page closes.
  }
}

export const useTraining = create<TrainingState>((set, get) => {
  const update = (patch: Partial<Progress>) => {
    set(patch);
    const { walkthroughId, step, done, stepStartedAt } = get();
    save({ walkthroughId, step, done, stepStartedAt });
  };
  return {
    ...load(),
    begin: (walkthroughId) => update({ walkthroughId, step: 0, done: [], stepStartedAt: Date.now() }),
    goTo: (step) => update({ step, stepStartedAt: Date.now() }),
    markDone: (stepId) => {
      if (!get().done.includes(stepId)) update({ done: [...get().done, stepId] });
    },
    end: () => update(EMPTY),
  };
});
