// Data actions in the one undo history: after a data action succeeds, its audit entry (the
// newest one the workspace can undo) becomes a history entry named as the menu says it
// ("merge of Ramón Quintero and R. A. Quintero-Salas"); undo and redo call the workspace,
// which replays the audit log. Each call's workspace.changed event refreshes the views.
import type { CallName } from '../../../shared/contract/calls';
import type { WorkbenchClient } from '../../../shared/contract/host';
import { ROW_CAPTURED_ACTIONS } from '../../../shared/contract/undoable-actions';
import { useHistory } from './history';

/** The calls that are undoable data actions (the backend keeps their rows with the audit entry). */
export const DATA_ACTIONS = new Set<CallName>([
  ...ROW_CAPTURED_ACTIONS,
  // A case removal undoes through its own snapshot (cases.restore), not captured rows.
  'cases.remove',
  // exchange.import only with asCaseNumber (ExchangeImport pushes it itself).
]);

/** The newest audit entry already in the history: an action that wrote none (a no-op edit) adds nothing. */
let newestPushed = 0;

/** Pushes the data action just done onto the history; nothing when it left nothing to undo. */
export async function pushDataStep(client: WorkbenchClient): Promise<void> {
  const step = await client.call('history.latest', {});
  if (!step || step.auditId <= newestPushed) return;
  newestPushed = step.auditId;
  useHistory.getState().push({
    label: step.label,
    kind: 'data',
    undo: async () => void (await client.call('history.undo', { auditId: step.auditId })),
    redo: async () => void (await client.call('history.redo', { auditId: step.auditId })),
  });
}
