// The data actions whose changed rows are kept with their audit entry, so that undo and
// redo can replay them. A case removal is not among them: it keeps its own whole snapshot
// (removed_cases) and undoes through cases.restore.
import type { CallName } from '../../shared/contract/calls';
import type { Handler, Handlers } from '../api/handler-types';
import { captureAction } from './capture';

const UNDOABLE = new Set<CallName>([
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
  'exchange.import',
]);

/** True when the call, with this input, is an action that undo can reverse. */
function undoable(name: CallName, input: unknown): boolean {
  if (name === 'exchange.import') return Boolean((input as { asCaseNumber?: string }).asCaseNumber);
  return UNDOABLE.has(name);
}

/** The handlers, with every undoable data action run under row capture. */
export function withUndoCapture(handlers: Handlers): Handlers {
  const wrapped = { ...handlers } as Record<CallName, Handler<CallName>>;
  for (const name of UNDOABLE) {
    const inner = handlers[name] as Handler<CallName>;
    wrapped[name] = (input, ctx) =>
      undoable(name, input) ? captureAction(ctx.db, () => inner(input, ctx)) : inner(input, ctx);
  }
  return wrapped as Handlers;
}
