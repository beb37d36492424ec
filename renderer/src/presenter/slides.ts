// What presenter view steps through with the keyboard: the active walkthrough's steps, or
// nothing (the chart as it is). One small hook, so saved charts can join as another source.
import { useTraining } from '../training/training-store';
import { walkthroughById } from '../training/walkthroughs';

export interface Slides {
  count: number;
  /** 0-based; equals count when past the last one. */
  index: number;
  title: string | null;
  text: string | null;
  go(index: number): void;
}

export function useSlides(): Slides | null {
  const { walkthroughId, step, goTo } = useTraining();
  const walkthrough = walkthroughById(walkthroughId);
  if (!walkthrough) return null;
  const count = walkthrough.steps.length;
  const current = walkthrough.steps[Math.min(step, count - 1)]!;
  return {
    count,
    index: Math.min(step, count - 1),
    title: current.title,
    text: current.text,
    go: (i) => goTo(Math.max(0, Math.min(count - 1, i))),
  };
}
