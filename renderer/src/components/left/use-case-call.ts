// Runs a case-management call, refreshes every cached view and reports a failure.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../shared/contract/calls';
import { useClient } from '../../client/client-context';
import { DATA_ACTIONS, pushDataStep } from '../../state/data-history';
import { reportError } from '../../state/notices';

export function useCaseCall() {
  const client = useClient();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N> | null> => {
      setBusy(true);
      try {
        const value = await client.call(name, input);
        if (DATA_ACTIONS.has(name)) await pushDataStep(client);
        await queryClient.invalidateQueries({ queryKey: ['call'] });
        return value;
      } catch (err) {
        reportError(err);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [client, queryClient],
  );
  return { run, busy };
}
