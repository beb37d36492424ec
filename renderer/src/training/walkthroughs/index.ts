// The walkthroughs shipped with the workbench, validated against the format when loaded, so
// a trainer's mistake in a file is named (file, step, field) instead of breaking the tour.
import { walkthroughSchema, type Walkthrough } from '../../../../shared/contract/walkthrough';
import { inputIssues } from '../../../../shared/contract/issues';
import firstLook from './first-look.json';
import projectThor from './project-thor.json';

export type LoadedWalkthrough =
  { ok: true; walkthrough: Walkthrough } | { ok: false; file: string; problem: string };

export function loadWalkthrough(file: string, json: unknown): LoadedWalkthrough {
  const parsed = walkthroughSchema.safeParse(json);
  if (parsed.success) return { ok: true, walkthrough: parsed.data };
  const problem = inputIssues(parsed.error.issues)
    .slice(0, 5)
    .map((i) => `${i.field}: ${i.message}`)
    .join('; ');
  return { ok: false, file, problem };
}

let loaded: LoadedWalkthrough[] | null = null;

/**
 * The walkthroughs, checked the first time they are needed (the training menu opened, a
 * walkthrough running), not as the top bar's code loads: checking them takes tens of ms,
 * which landed in the middle of a big chart's drawing when the page opened on the chart.
 */
export function walkthroughs(): LoadedWalkthrough[] {
  return (loaded ??= [
    loadWalkthrough('project-thor.json', projectThor),
    loadWalkthrough('first-look.json', firstLook),
  ]);
}

export function walkthroughById(id: string | null): Walkthrough | null {
  if (id === null) return null;
  for (const w of walkthroughs()) if (w.ok && w.walkthrough.id === id) return w.walkthrough;
  return null;
}
