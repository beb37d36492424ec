// What each writing call changes in the workspace (see CALLS[name].writes): dispatch says so
// in the one workspace.changed event it sends after the call's transaction commits. Calls
// that start a background job write nothing themselves; the job announces its own commit.
import type { CallName } from './calls';
import { CHANGE_KINDS, type ChangeKind } from './events';

export const CALL_CHANGES: Partial<Record<CallName, readonly ChangeKind[]>> = {
  'matching.settings.set': ['settings'],
  // A new weight estimate changes the scores the review queue shows.
  'matching.estimate.run': ['settings'],
  // Accepting merges entities; every decision goes into the audit log.
  'candidates.decide': ['matches', 'entities'],
  'entities.unmerge': ['entities', 'matches'],
  'import.run': ['cases', 'records', 'entities'],
  'importSpecs.save': ['settings'],
  'exchange.import': ['cases', 'records', 'entities'],
  'analysis.thresholds.set': ['settings'],
  // Case management: a removal or its undo takes or brings back records, entities and decisions;
  // each action is in the audit log.
  'cases.create': ['cases', 'audit'],
  'cases.update': ['cases', 'audit'],
  'cases.remove': ['cases', 'records', 'entities', 'matches', 'audit'],
  'cases.restore': ['cases', 'records', 'entities', 'matches', 'audit'],
  // Analyst-entered facts are records and links of an analyst source (audited); notes sit beside them.
  'facts.addEntity': ['records', 'entities', 'audit'],
  'facts.addLink': ['records', 'entities', 'audit'],
  'facts.editRecord': ['records', 'entities', 'audit'],
  'facts.editLink': ['records', 'entities', 'audit'],
  'facts.deleteRecord': ['records', 'entities', 'matches', 'audit'],
  'facts.deleteLink': ['records', 'entities', 'audit'],
  'notes.add': ['records', 'audit'],
  'notes.edit': ['records', 'audit'],
  'notes.delete': ['records', 'audit'],
  // Undo and redo replay any data action; a grade changes how links are drawn.
  'history.undo': ['cases', 'records', 'entities', 'matches', 'audit'],
  'history.redo': ['cases', 'records', 'entities', 'matches', 'audit'],
  'grading.set': ['records', 'entities', 'audit'],
  // Saved charts: conclusions on top of the records, read only by the charts calls.
  'charts.save': ['charts', 'audit'],
  'charts.rename': ['charts', 'audit'],
  'charts.duplicate': ['charts', 'audit'],
  'charts.delete': ['charts', 'audit'],
  'charts.session.save': ['charts'],
  // Hand placements on the map are conclusions about entities, each in the audit log.
  'map.place': ['entities', 'audit'],
  'map.unplace': ['entities', 'audit'],
};

/** What the background jobs change when they commit. */
export const JOB_CHANGES = {
  import: ['cases', 'records', 'entities'],
  // Matching writes suggestions and may merge entities automatically.
  matching: ['matches', 'entities'],
} as const satisfies Record<string, readonly ChangeKind[]>;

/** A writing call missing from the table is taken to change everything (never a stale view). */
export function changesOf(name: CallName): ChangeKind[] {
  return [...(CALL_CHANGES[name] ?? CHANGE_KINDS)];
}
