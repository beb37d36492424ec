// The data actions whose changed rows are kept with their audit entry, so that undo and
// redo can replay them. A case removal is not among them: it keeps its own whole snapshot
// (removed_cases) and undoes through cases.restore.
import type { CallName } from '../../shared/contract/calls';
import type { Handler, Handlers } from '../api/handler-types';
import { ROW_CAPTURED_ACTIONS } from '../../shared/contract/undoable-actions';
import { captureAction } from './capture';

// exchange.import is captured only when it renumbers a package (see undoable below).
const UNDOABLE = new Set<CallName>([...ROW_CAPTURED_ACTIONS, 'exchange.import']);

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
