// The data actions whose changed rows the workspace keeps with their audit entry, so undo and
// redo can replay them. One list for both sides: the backend captures their rows, the renderer
// puts each into the undo history once it succeeds.
import type { CallName } from './calls';

export const ROW_CAPTURED_ACTIONS: readonly CallName[] = [
  'candidates.decide',
  'entities.unmerge',
  'facts.addEntity',
  'facts.addLink',
  'facts.editRecord',
  'facts.editLink',
  'facts.deleteRecord',
  'facts.deleteLink',
  'notes.add',
  'notes.edit',
  'notes.delete',
  'cases.create',
  'cases.update',
  'grading.set',
];
