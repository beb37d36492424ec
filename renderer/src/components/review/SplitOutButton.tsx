// "Split out" for one record of a merged entity (rendered by the chart's inspector):
// asks once more, then calls entities.unmerge; its one workspace.changed event refreshes
// chart, connections and inspector. Recorded in the audit log by the backend.
import { useEffect, useState } from 'react';
import { useClient } from '../../client/client-context';
import { pushDataStep } from '../../state/data-history';
import { reportError, reportInfo } from '../../state/notices';
import { useUi } from '../../state/ui-store';

const CONFIRM_MS = 5000;

export function SplitOutButton({ recordId, label }: { recordId: number; label: string }) {
  const client = useClient();
  const [armed, setArmed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!armed) return;
    const t = setTimeout(() => setArmed(false), CONFIRM_MS);
    return () => clearTimeout(t);
  }, [armed]);

  const split = async () => {
    setBusy(true);
    try {
      const result = await client.call('entities.unmerge', { recordId });
      useUi.getState().splitOnChart(result.oldEntityId, result.newEntityId);
      await pushDataStep(client);
      reportInfo(`Split out "${label}" into an entity of its own.`);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
      setArmed(false);
    }
  };

  return armed ? (
    <button
      className="button small danger"
      onClick={() => void split()}
      disabled={busy}
      data-testid="split-out-confirm"
      title="This record becomes an entity of its own; the audit log keeps the step"
    >
      {busy ? 'Splitting…' : 'Confirm split'}
    </button>
  ) : (
    <button
      className="button small"
      onClick={() => setArmed(true)}
      data-testid="split-out"
      title="Split this record out of the entity (undo a merge)"
    >
      Split out
    </button>
  );
}
