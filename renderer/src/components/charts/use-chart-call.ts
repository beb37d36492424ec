// Runs a saved-charts call and reports a failure; the call's workspace.changed event
// refreshes the list.
import { useCallback, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../shared/contract/calls';
import { useClient } from '../../client/client-context';
import { reportError } from '../../state/notices';

export function useChartCall() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N> | null> => {
      setBusy(true);
      try {
        return await client.call(name, input);
      } catch (err) {
        reportError(err);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [client],
  );
  return { run, busy };
}
